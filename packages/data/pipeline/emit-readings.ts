// Writes src/generated/readings.ts: the Japanese words of everything search reads (record texts, the lexicon) with
// their readings in hiragana, found at build time by the kuromoji morphological analyzer. Nothing of kuromoji ships:
// the runtime gets a word list, which lets search meet a kana spelling of a kanji word (とうさつ → 盗撮) and
// cut a phrase typed without spaces into words (裁判所で調停をしたい → 裁判所 / 調停).
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import kuromoji, { type IpadicFeatures, type Tokenizer } from "kuromoji";
import { foldText } from "../src/query/normalize-text.js";
import { formatReadings } from "../src/query/readings.js";

const require = createRequire(import.meta.url);

/** Verbs too general to be a word of a query on their own (する in 相談したい). */
const LIGHT_VERBS = new Set([
  "する",
  "ある",
  "いる",
  "なる",
  "できる",
  "れる",
  "られる",
  "せる",
  "くる",
  "いう",
  "おる",
]);
/** Letters (any script) and the long-vowel mark only: punctuation and symbols are no words. */
const WORDLIKE = /^[\p{L}\p{N}ー]+$/u;
/** Capitals read letter by letter (SNS, GPS), standing alone. */
const ACRONYM = /(?<![A-Za-z])[A-Z]{2,4}(?![A-Za-z])/g;
/** The names of the Latin letters as Japanese says them. */
const LETTER_NAMES: Record<string, string> = {
  a: "えー",
  b: "びー",
  c: "しー",
  d: "でぃー",
  e: "いー",
  f: "えふ",
  g: "じー",
  h: "えいち",
  i: "あい",
  j: "じぇー",
  k: "けー",
  l: "える",
  m: "えむ",
  n: "えぬ",
  o: "おー",
  p: "ぴー",
  q: "きゅー",
  r: "あーる",
  s: "えす",
  t: "てぃー",
  u: "ゆー",
  v: "ぶい",
  w: "だぶりゅー",
  x: "えっくす",
  y: "わい",
  z: "ぜっと",
};
/** An acronym spelled in kana, letter by letter. */
export function spellLetters(acronym: string): string {
  return [...acronym.toLowerCase()].map((ch) => LETTER_NAMES[ch] ?? ch).join("");
}
/** A noun run longer than this is not kept whole (its parts are). */
const MAX_COMPOUND_CHARS = 12;

/** kuromoji's tokenizer over its own IPADIC dictionary (shipped in the package). */
function tokenizer(): Promise<Tokenizer> {
  const dicPath = join(dirname(require.resolve("kuromoji/package.json")), "dict");
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, built) => (error ? reject(error) : resolve(built)));
  });
}

/** A token's reading folded like search folds text; the surface itself when the dictionary has none. */
function readingOf(token: IpadicFeatures): string {
  if (/^[A-Z]{2,4}$/.test(token.surface_form)) return foldText(spellLetters(token.surface_form));
  const reading = token.reading && token.reading !== "*" ? token.reading : token.surface_form;
  return foldText(reading);
}

/** Whether a token carries meaning a query can be about (nouns, verbs, adjectives; not particles or light verbs). */
function isContent(token: IpadicFeatures): boolean {
  if (token.pos === "名詞") return !["非自立", "代名詞", "数", "接尾"].includes(token.pos_detail_1);
  if (token.pos === "動詞") return token.pos_detail_1 === "自立" && !LIGHT_VERBS.has(token.basic_form);
  return token.pos === "形容詞" && token.pos_detail_1 === "自立";
}

/** Word → reading for every content word and every run of nouns (法律相談, 個人情報保護委員会) in `texts`. */
export function collectReadings(
  tokenize: (text: string) => IpadicFeatures[],
  texts: Iterable<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  const add = (word: string, reading: string) => {
    const w = foldText(word);
    // The first reading found stands (and an acronym's letters stand over its own spelling).
    if (WORDLIKE.test(w) && WORDLIKE.test(reading) && !out.has(w)) out.set(w, reading);
  };
  for (const text of texts) {
    let run: IpadicFeatures[] = [];
    const closeRun = () => {
      const surface = run.map((t) => t.surface_form).join("");
      if (run.length > 1 && surface.length <= MAX_COMPOUND_CHARS) add(surface, run.map(readingOf).join(""));
      run = [];
    };
    const normalized = text.normalize("NFKC");
    // An acronym is read letter by letter (SNS → えすえぬえす): people type it in kana as they say it.
    for (const acronym of normalized.match(ACRONYM) ?? []) out.set(foldText(acronym), foldText(spellLetters(acronym)));
    for (const token of tokenize(normalized)) {
      const nounPart = token.pos === "名詞" && token.pos_detail_1 !== "非自立" && token.pos_detail_1 !== "数";
      if (nounPart && WORDLIKE.test(foldText(token.surface_form))) run.push(token);
      else closeRun();
      if (!isContent(token)) continue;
      add(token.surface_form, readingOf(token));
      // People type the dictionary form (消す) as well as the form in the text (消し): the same stem, the basic
      // form's own ending. Only for surfaces that end in kana (a stem of kanji plus an inflected ending).
      const surface = token.surface_form;
      const stem = surface.slice(0, -1);
      if (
        token.pos !== "名詞" &&
        token.basic_form !== surface &&
        stem.length > 0 &&
        token.basic_form.startsWith(stem)
      ) {
        const reading = readingOf(token);
        if (/[\u3040-\u309f]$/u.test(foldText(surface))) {
          add(token.basic_form, reading.slice(0, -1) + foldText(token.basic_form.slice(stem.length)));
        }
      }
    }
    closeRun();
  }
  return out;
}

/** Analyses `texts` and writes the readings module. */
export async function emitReadings(pkgRoot: string, texts: readonly string[]): Promise<number> {
  const analyzer = await tokenizer();
  const table = collectReadings((text) => analyzer.tokenize(text), texts);
  const version = (require("kuromoji/package.json") as { version: string }).version;
  const path = join(pkgRoot, "src/generated/readings.ts");
  await mkdir(dirname(path), { recursive: true });
  await writeFile(
    path,
    `/* Generated by packages/data/scripts/generate.ts with kuromoji ${version} (IPADIC) from the texts search reads. Do not edit. */\n\n/** Japanese words and their readings, one "word<TAB>reading" a line (see query/readings.ts). */\nexport const readings = ${JSON.stringify(formatReadings(table))};\n`,
  );
  return table.size;
}
