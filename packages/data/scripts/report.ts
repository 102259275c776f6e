// `pnpm --filter @netstalker/data report [--lang=ja|en] [--out=path]`: writes a Markdown review sheet of the whole
// dataset (every contact, remedy and FAQ with its sources and verification date) so a person can check each fact
// against its official page before a release. Prints the path of the file it wrote.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dataset } from "../src/generated/dataset.js";
import { localize } from "../src/query/localize.js";
import type { ChannelLocalized } from "../src/schema/channel.js";
import type { ContactLocalized } from "../src/schema/contact.js";
import type { Dataset } from "../src/schema/dataset.js";
import type { FaqLocalized } from "../src/schema/faq.js";
import type { Cost, Lang, Source } from "../src/schema/primitives.js";
import type { RemedyLocalized } from "../src/schema/remedy.js";
import type { Closure, DayOfWeek, OpeningRule, ScheduleLocalized } from "../src/schema/schedule.js";
import { DAYS_OF_WEEK } from "../src/schema/schedule.js";

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Where the sheet goes unless `--out` says otherwise (dist/ is gitignored). */
export const DEFAULT_OUT = join(pkgRoot, "dist", "review.md");

/** The words of the sheet in each language. */
const WORDS = {
  ja: {
    title: "レビュー用シート",
    intro:
      "各行を「出典」の公式ページと照らし合わせてください。信頼度が high 未満の行は、注意書きの内容が読者に表示されます。",
    contacts: "相談窓口",
    remedies: "対処法・法的手段",
    faqs: "よくある質問",
    contactHead: ["窓口", "電話番号", "その他の窓口", "受付時間", "費用", "信頼度", "注意書き", "出典", "確認日"],
    remedyHead: ["対処法", "種類", "法的根拠", "期限", "支援する窓口", "次の手段", "注意書き", "出典", "確認日"],
    faqHead: ["質問", "関連", "出典", "確認日"],
    days: { mon: "月", tue: "火", wed: "水", thu: "木", fri: "金", sat: "土", sun: "日" },
    range: "〜",
    always: "24時間",
    varies: "場所により異なる",
    typical: "標準",
    closed: { "national-holidays": "祝日", "year-end": "年末年始(12/29〜1/3)" },
    closedSuffix: "は休み",
    unreachable: "かけられない回線",
    alternativeFor: "代わりの番号",
    lines: {
      "ip-phone": "IP電話",
      "rotary-dial": "ダイヤル回線",
      "prepaid-mobile": "プリペイド携帯",
      pbx: "構内交換機",
      overseas: "海外",
      "public-phone": "公衆電話",
    },
    kinds: {
      "toll-free": "フリーダイヤル",
      "navi-dial": "ナビダイヤル",
      landline: "固定電話",
      ip: "IP電話番号",
      mobile: "携帯電話",
    },
    shortcode: "短縮番号",
    costs: { free: "無料", "call-charges": "通話料のみ", "low-cost": "低額", paid: "有料", varies: "場合による" },
    remedyKinds: { "legal-action": "法的手段", coping: "対処法", prevention: "予防策" },
    none: "なし",
    counts: (c: number, r: number, f: number) => `相談窓口 ${c}件、対処法 ${r}件、よくある質問 ${f}件`,
    stop: "。",
    colon: ":",
    list: "・",
  },
  en: {
    title: "Review sheet",
    intro:
      "Check every row against the official pages under Sources. For rows below high confidence, readers are shown the caveat.",
    contacts: "Contacts",
    remedies: "Remedies",
    faqs: "FAQs",
    contactHead: [
      "Contact",
      "Numbers",
      "Other channels",
      "Hours",
      "Cost",
      "Confidence",
      "Caveat",
      "Sources",
      "Verified",
    ],
    remedyHead: ["Remedy", "Kind", "Legal basis", "Time limit", "Helped by", "Next", "Caveat", "Sources", "Verified"],
    faqHead: ["Question", "Related", "Sources", "Verified"],
    days: { mon: "Mon", tue: "Tue", wed: "Wed", thu: "Thu", fri: "Fri", sat: "Sat", sun: "Sun" },
    range: "–",
    always: "24 hours",
    varies: "varies by place",
    typical: "typical",
    closed: { "national-holidays": "national holidays", "year-end": "29 Dec–3 Jan" },
    closedSuffix: " closed",
    unreachable: "not from",
    alternativeFor: "alternative for",
    lines: {
      "ip-phone": "IP phones",
      "rotary-dial": "rotary-dial lines",
      "prepaid-mobile": "prepaid mobiles",
      pbx: "PBX extensions",
      overseas: "abroad",
      "public-phone": "public phones",
    },
    kinds: {
      "toll-free": "toll-free",
      "navi-dial": "navi-dial",
      landline: "landline",
      ip: "IP number",
      mobile: "mobile",
    },
    shortcode: "short code",
    costs: {
      free: "free",
      "call-charges": "call charges only",
      "low-cost": "low cost",
      paid: "paid",
      varies: "varies",
    },
    remedyKinds: { "legal-action": "legal action", coping: "coping", prevention: "prevention" },
    none: "none",
    counts: (c: number, r: number, f: number) => `${c} contacts, ${r} remedies, ${f} FAQs`,
    stop: ". ",
    colon: ": ",
    list: ", ",
  },
} as const;

type Words = (typeof WORDS)[Lang];

/** Makes text safe inside one Markdown table cell: no HTML, no column breaks, line breaks as <br>. */
export function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "\\|")
    .replace(/\r?\n/g, "<br>");
}

/** Joins already-escaped parts of one cell, one per line. */
function lines(parts: readonly string[], w: Words): string {
  return parts.length > 0 ? parts.join("<br>") : w.none;
}

function table(head: readonly string[], rows: readonly string[][]): string {
  const out = [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`];
  for (const row of rows) out.push(`| ${row.join(" | ")} |`);
  return out.join("\n");
}

/** Days as compact ranges in week order, e.g. mon..fri → "月〜金", mon+wed → "月・水". */
export function formatDays(days: readonly DayOfWeek[], lang: Lang): string {
  const w = WORDS[lang];
  const idx = [...new Set(days.map((d) => DAYS_OF_WEEK.indexOf(d)))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of idx) {
    const last = runs.at(-1);
    if (last && last.at(-1) === i - 1) last.push(i);
    else runs.push([i]);
  }
  const name = (i: number) => w.days[DAYS_OF_WEEK[i] as DayOfWeek];
  return runs
    .map((run) => {
      const first = run[0] as number;
      const last = run.at(-1) as number;
      return run.length > 2 ? `${name(first)}${w.range}${name(last)}` : run.map(name).join(w.list);
    })
    .join(w.list);
}

function formatRules(rules: readonly OpeningRule[], closedOn: readonly Closure[], lang: Lang): string {
  const w = WORDS[lang];
  const parts = rules.map((r) => `${formatDays(r.days, lang)} ${r.opens}–${r.closes}`);
  if (closedOn.length > 0) {
    parts.push(`${closedOn.map((c) => w.closed[c]).join(w.list)}${w.closedSuffix}`);
  }
  return parts.join("; ");
}

/** A schedule in one line of words, with its note, for a reviewer (never used to answer "open now"). */
export function formatSchedule(schedule: ScheduleLocalized, lang: Lang): string {
  const w = WORDS[lang];
  let text: string;
  if (schedule.type === "always") text = w.always;
  else if (schedule.type === "weekly") text = formatRules(schedule.rules, schedule.closedOn, lang);
  else {
    text = w.varies;
    if (schedule.typical) {
      text += ` (${w.typical}${w.colon}${formatRules(schedule.typical.rules, schedule.typical.closedOn, lang)})`;
    }
  }
  return schedule.note ? `${text}${w.stop}${schedule.note}` : text;
}

function formatCost(cost: Cost, note: string | undefined, w: Words): string {
  return cell(note ? `${w.costs[cost]}${w.colon}${note}` : w.costs[cost]);
}

function formatSources(sources: readonly Source[]): string {
  return sources.map((s) => `[${cell(s.title)}](${s.url})`).join("<br>");
}

/** One phone number or short code with everything a caller needs to know about it. */
function formatDialable(channel: ChannelLocalized, lang: Lang): string | null {
  const w = WORDS[lang];
  if (channel.type !== "phone" && channel.type !== "shortcode") return null;
  const head =
    channel.type === "phone"
      ? `**${channel.number}** (${w.kinds[channel.kind]})`
      : `**${channel.code}** (${w.shortcode})`;
  const details: string[] = [];
  if (channel.label) details.push(channel.label);
  if (channel.unreachableFrom.length > 0) {
    details.push(`${w.unreachable}${w.colon}${channel.unreachableFrom.map((l) => w.lines[l]).join(w.list)}`);
  }
  if (channel.type === "phone" && channel.alternativeFor) {
    details.push(`${w.alternativeFor}${w.colon}${channel.alternativeFor.map((l) => w.lines[l]).join(w.list)}`);
  }
  if (channel.schedule) details.push(formatSchedule(channel.schedule, lang));
  if (channel.cost) details.push(w.costs[channel.cost]);
  if (channel.notes) details.push(channel.notes);
  return [head, ...details.map(cell)].join("<br>");
}

function formatOtherChannel(channel: ChannelLocalized, lang: Lang): string | null {
  if (channel.type === "phone" || channel.type === "shortcode") return null;
  const what =
    channel.type === "in-person"
      ? cell(channel.where)
      : channel.type === "line"
        ? `LINE ${channel.lineId}`
        : `${channel.type}: ${channel.url}`;
  const extra = [channel.label, channel.schedule ? formatSchedule(channel.schedule, lang) : undefined];
  return [what, ...extra.filter((x): x is string => x !== undefined).map(cell)].join("<br>");
}

function contactRow(contact: ContactLocalized, lang: Lang): string[] {
  const w = WORDS[lang];
  const dialable = contact.channels.map((c) => formatDialable(c, lang)).filter((x): x is string => x !== null);
  const other = contact.channels.map((c) => formatOtherChannel(c, lang)).filter((x): x is string => x !== null);
  return [
    `**${cell(contact.name)}**<br>\`${contact.id}\``,
    lines(dialable, w),
    lines(other, w),
    cell(formatSchedule(contact.schedule, lang)),
    formatCost(contact.cost, contact.costNote, w),
    contact.confidence,
    contact.caveat ? cell(contact.caveat) : w.none,
    formatSources(contact.sources),
    contact.verifiedAt,
  ];
}

function remedyRow(remedy: RemedyLocalized, lang: Lang): string[] {
  const w = WORDS[lang];
  const bases = remedy.legalBasis.map((b) => `[${cell(b.article ? `${b.law} ${b.article}` : b.law)}](${b.url})`);
  return [
    `**${cell(remedy.title)}**<br>\`${remedy.id}\``,
    w.remedyKinds[remedy.kind],
    lines(bases, w),
    remedy.timeLimit ? cell(remedy.timeLimit) : w.none,
    lines(
      remedy.contacts.map((id) => `\`${id}\``),
      w,
    ),
    lines(
      remedy.next.map((id) => `\`${id}\``),
      w,
    ),
    remedy.caveat ? cell(remedy.caveat) : w.none,
    formatSources(remedy.sources),
    remedy.verifiedAt,
  ];
}

function faqRow(faq: FaqLocalized, lang: Lang): string[] {
  const w = WORDS[lang];
  const related = [...faq.related.contacts, ...faq.related.remedies].map((id) => `\`${id}\``);
  return [`**${cell(faq.question)}**<br>\`${faq.id}\``, lines(related, w), formatSources(faq.sources), faq.verifiedAt];
}

/** The whole review sheet as Markdown, in one language. */
export function renderReview(data: Dataset, lang: Lang): string {
  const w = WORDS[lang];
  const contacts = data.contacts.map((c) => contactRow(localize(c, lang), lang));
  const remedies = data.remedies.map((r) => remedyRow(localize(r, lang), lang));
  const faqs = data.faqs.map((f) => faqRow(localize(f, lang), lang));
  return [
    `# ${w.title}: @netstalker/data ${data.version}`,
    "",
    `${w.counts(contacts.length, remedies.length, faqs.length)}${w.stop}${w.intro}`,
    "",
    `## ${w.contacts}`,
    "",
    table(w.contactHead, contacts),
    "",
    `## ${w.remedies}`,
    "",
    table(w.remedyHead, remedies),
    "",
    `## ${w.faqs}`,
    "",
    table(w.faqHead, faqs),
    "",
  ].join("\n");
}

/** Command-line options of the report script. */
export interface ReportOptions {
  lang: Lang;
  out: string;
}

/** Reads `--lang=ja|en` and `--out=path`; throws a readable error on anything else. */
export function parseArgs(argv: readonly string[], cwd = process.cwd()): ReportOptions {
  const options: ReportOptions = { lang: "ja", out: DEFAULT_OUT };
  for (const arg of argv) {
    const [key, value] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
    if (key === "--lang" && (value === "ja" || value === "en")) options.lang = value;
    else if (key === "--out" && value) options.out = resolve(cwd, value);
    else if (arg === "--") continue;
    else throw new Error(`unknown option ${JSON.stringify(arg)}: use --lang=ja|en and --out=<file>`);
  }
  return options;
}

/** Writes the review sheet and returns the path it was written to. */
export async function writeReview(data: Dataset, options: ReportOptions): Promise<string> {
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, renderReview(data, options.lang));
  return options.out;
}

async function main(): Promise<void> {
  const path = await writeReview(dataset, parseArgs(process.argv.slice(2)));
  console.log(path);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
