// The 47 prefectures with their JIS X 0401 codes (総務省「全国地方公共団体コード」: the first two digits), in code
// order: the one list the widget's `region` attribute, the API's `?region=` and the docs read, in both languages.
import type { Lang } from "../schema/primitives.js";

/** One prefecture: its two-digit JIS X 0401 code and its name in ja (with 都・道・府・県) and en. */
export interface Prefecture {
  /** Two digits, 01 (Hokkaido) to 47 (Okinawa). */
  code: string;
  /** The name as written in Japanese, with its suffix (東京都, 大阪府, 北海道, 愛知県). */
  ja: string;
  /** The name in English, without macrons or suffix (Tokyo, Osaka, Hokkaido, Aichi). */
  en: string;
}

const NAMES: readonly (readonly [string, string])[] = [
  ["北海道", "Hokkaido"],
  ["青森県", "Aomori"],
  ["岩手県", "Iwate"],
  ["宮城県", "Miyagi"],
  ["秋田県", "Akita"],
  ["山形県", "Yamagata"],
  ["福島県", "Fukushima"],
  ["茨城県", "Ibaraki"],
  ["栃木県", "Tochigi"],
  ["群馬県", "Gunma"],
  ["埼玉県", "Saitama"],
  ["千葉県", "Chiba"],
  ["東京都", "Tokyo"],
  ["神奈川県", "Kanagawa"],
  ["新潟県", "Niigata"],
  ["富山県", "Toyama"],
  ["石川県", "Ishikawa"],
  ["福井県", "Fukui"],
  ["山梨県", "Yamanashi"],
  ["長野県", "Nagano"],
  ["岐阜県", "Gifu"],
  ["静岡県", "Shizuoka"],
  ["愛知県", "Aichi"],
  ["三重県", "Mie"],
  ["滋賀県", "Shiga"],
  ["京都府", "Kyoto"],
  ["大阪府", "Osaka"],
  ["兵庫県", "Hyogo"],
  ["奈良県", "Nara"],
  ["和歌山県", "Wakayama"],
  ["鳥取県", "Tottori"],
  ["島根県", "Shimane"],
  ["岡山県", "Okayama"],
  ["広島県", "Hiroshima"],
  ["山口県", "Yamaguchi"],
  ["徳島県", "Tokushima"],
  ["香川県", "Kagawa"],
  ["愛媛県", "Ehime"],
  ["高知県", "Kochi"],
  ["福岡県", "Fukuoka"],
  ["佐賀県", "Saga"],
  ["長崎県", "Nagasaki"],
  ["熊本県", "Kumamoto"],
  ["大分県", "Oita"],
  ["宮崎県", "Miyazaki"],
  ["鹿児島県", "Kagoshima"],
  ["沖縄県", "Okinawa"],
];

/** The 47 prefectures in JIS code order (01 Hokkaido … 47 Okinawa). */
export const PREFECTURES: readonly Prefecture[] = NAMES.map(([ja, en], i) => ({
  code: String(i + 1).padStart(2, "0"),
  ja,
  en,
}));

/** A prefecture's name in `lang`. */
export function prefectureName(prefecture: Prefecture, lang: Lang): string {
  return prefecture[lang];
}

/** Lower case, no macrons or accents (Tōkyō → tokyo), no "-to"/"-fu"/"-ken"/" prefecture" suffix, no spaces. */
function foldEnglish(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim()
    .replace(/(?:[- ](?:to|fu|ken|prefecture|metropolis))+$/, "")
    .replace(/\s/g, "");
}

/** The Japanese name without its 都・府・県 suffix (北海道 keeps its 道: "北海" is not how anyone writes it). */
function shortJa(name: string): string {
  return name === "北海道" ? name : name.replace(/[都府県]$/, "");
}

const BY_KEY = new Map<string, Prefecture>();
for (const p of PREFECTURES) {
  BY_KEY.set(p.code, p);
  BY_KEY.set(p.ja, p);
  BY_KEY.set(shortJa(p.ja), p);
  BY_KEY.set(foldEnglish(p.en), p);
}

/**
 * The prefecture a person or a partner named: a JIS code ("13", "01"; "1" too), a Japanese name with or without its
 * suffix (東京都, 東京), or an English one in any case, with or without macrons or suffix (Tokyo, tōkyō, Tokyo-to).
 * undefined when it names none.
 */
export function parsePrefecture(input: string): Prefecture | undefined {
  const text = input.normalize("NFKC").trim();
  if (text === "") return undefined;
  if (/^\d{1,2}$/.test(text)) return BY_KEY.get(text.padStart(2, "0"));
  return BY_KEY.get(text) ?? BY_KEY.get(foldEnglish(text));
}
