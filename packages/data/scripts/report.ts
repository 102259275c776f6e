// `pnpm --filter @netstalker/data report [--lang=ja|en] [--out=path]`: writes a Markdown review sheet of the whole
// dataset (every contact, remedy, FAQ and platform with its sources and verification date) so a person can check each fact
// against its official page before a release. Prints the path of the file it wrote.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ageInDays, FAIL_AFTER_DAYS, WARN_AFTER_DAYS } from "../pipeline/currency.js";
import { todayInJapan } from "../pipeline/today.js";
import { loadEvaluation } from "../pipeline/triage/evaluation.js";
import { labelsOf } from "../pipeline/triage/labelled-text.js";
import { loadCorpus } from "../pipeline/triage/load-corpus.js";
import { loadScenarios } from "../pipeline/triage-scenarios.js";
import {
  COST_LABELS,
  describeSchedule,
  dialReachNotes,
  dialText,
  NUMBER_KIND_LABELS,
  REMEDY_KIND_LABELS,
  setUpFirstNote,
} from "../src/display/index.js";
import { dataset } from "../src/generated/dataset.js";
import { localize } from "../src/query/localize.js";
import type { ChannelLocalized } from "../src/schema/channel.js";
import type { ContactLocalized } from "../src/schema/contact.js";
import type { Dataset } from "../src/schema/dataset.js";
import type { FaqLocalized } from "../src/schema/faq.js";
import type { PlatformLocalized } from "../src/schema/platform.js";
import type { Cost, Lang, Source } from "../src/schema/primitives.js";
import type { RemedyLocalized } from "../src/schema/remedy.js";
import type { ScheduleLocalized } from "../src/schema/schedule.js";
import type { TriageScenario } from "../src/schema/triage.js";
import { readOptions } from "./cli-options.js";
import { section, table } from "./markdown.js";
import { renderTriageReview, type TriageTextCounts } from "./report-triage.js";

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
    platforms: "プラットフォームの削除窓口",
    platformHead: [
      "プラットフォーム",
      "運営者・サービス",
      "指定",
      "削除の窓口",
      "共通の注意",
      "信頼度",
      "注意書き",
      "出典",
      "確認日",
    ],
    platformCount: (p: number) => `、プラットフォーム ${p}件`,
    designatedSince: (date: string) => `${date} 指定`,
    notDesignated: "指定なし",
    notDesignatedService: "指定の対象外",
    noUrl: "URLなし",
    secondary: "二次情報でのみ確認",
    shortcode: "短縮番号",
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
    platforms: "Platforms' removal routes",
    platformHead: [
      "Platform",
      "Operator and services",
      "Designation",
      "Removal routes",
      "Shared cautions",
      "Confidence",
      "Caveat",
      "Sources",
      "Verified",
    ],
    platformCount: (p: number) => `, ${p} platforms`,
    designatedSince: (date: string) => `designated ${date}`,
    notDesignated: "not designated",
    notDesignatedService: "not designated",
    noUrl: "no URL",
    secondary: "confirmed on a secondary page only",
    shortcode: "short code",
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

/** A schedule in one line for a reviewer, worded exactly as the widget and the docs word it. */
export function formatSchedule(schedule: ScheduleLocalized, lang: Lang): string {
  return describeSchedule(schedule, lang).join(" / ");
}

function formatCost(cost: Cost, note: string | undefined, lang: Lang): string {
  const name = COST_LABELS[cost][lang];
  return cell(note ? `${name}${WORDS[lang].colon}${note}` : name);
}

function formatSources(sources: readonly Source[]): string {
  return sources.map((s) => `[${cell(s.title)}](${s.url})`).join("<br>");
}

/** One phone number or short code with everything a caller needs to know about it. */
function formatDialable(channel: ChannelLocalized, lang: Lang): string | null {
  const w = WORDS[lang];
  if (channel.type !== "phone" && channel.type !== "shortcode") return null;
  const kind = channel.type === "phone" ? NUMBER_KIND_LABELS[channel.kind][lang] : w.shortcode;
  const head = `**${dialText(channel, lang).shown}** (${kind})`;
  const details: string[] = [];
  if (channel.label) details.push(channel.label);
  // The same sentences the widget and the docs show a caller (display/dial-text.ts).
  details.push(...dialReachNotes(channel, lang));
  if (channel.schedule) details.push(formatSchedule(channel.schedule, lang));
  if (channel.cost) details.push(COST_LABELS[channel.cost][lang]);
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
  const extra = [
    channel.label,
    channel.schedule ? formatSchedule(channel.schedule, lang) : undefined,
    setUpFirstNote(channel, lang) ?? undefined,
  ];
  return [what, ...extra.filter((x): x is string => x !== undefined).map(cell)].join("<br>");
}

/** The verifiedAt cell: the date and its age, flagged from 150 days and refused by check:currency after 180. */
export function datedCell(verifiedAt: string, today: string, lang: Lang): string {
  const days = ageInDays(verifiedAt, today);
  const age = lang === "ja" ? `${days}日前` : `${days} days ago`;
  if (days > FAIL_AFTER_DAYS)
    return `${verifiedAt}<br>**${age}${lang === "ja" ? "・公開できません" : ", cannot be released"}**`;
  if (days >= WARN_AFTER_DAYS) return `${verifiedAt}<br>**${age}${lang === "ja" ? "・再確認を" : ", re-check soon"}**`;
  return `${verifiedAt}<br>${age}`;
}

function contactRow(contact: ContactLocalized, lang: Lang, today: string): string[] {
  const w = WORDS[lang];
  const dialable = contact.channels.map((c) => formatDialable(c, lang)).filter((x): x is string => x !== null);
  const other = contact.channels.map((c) => formatOtherChannel(c, lang)).filter((x): x is string => x !== null);
  return [
    `**${cell(contact.name)}**<br>\`${contact.id}\``,
    lines(dialable, w),
    lines(other, w),
    cell(formatSchedule(contact.schedule, lang)),
    formatCost(contact.cost, contact.costNote, lang),
    contact.confidence,
    contact.caveat ? cell(contact.caveat) : w.none,
    formatSources(contact.sources),
    datedCell(contact.verifiedAt, today, lang),
  ];
}

function remedyRow(remedy: RemedyLocalized, lang: Lang, today: string): string[] {
  const w = WORDS[lang];
  const bases = remedy.legalBasis.map((b) => `[${cell(b.article ? `${b.law} ${b.article}` : b.law)}](${b.url})`);
  return [
    `**${cell(remedy.title)}**<br>\`${remedy.id}\``,
    REMEDY_KIND_LABELS[remedy.kind][lang],
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
    datedCell(remedy.verifiedAt, today, lang),
  ];
}

function faqRow(faq: FaqLocalized, lang: Lang, today: string): string[] {
  const w = WORDS[lang];
  const related = [...faq.related.contacts, ...faq.related.remedies].map((id) => `\`${id}\``);
  return [
    `**${cell(faq.question)}**<br>\`${faq.id}\``,
    lines(related, w),
    formatSources(faq.sources),
    datedCell(faq.verifiedAt, today, lang),
  ];
}

function platformRow(platform: PlatformLocalized, lang: Lang): string[] {
  const w = WORDS[lang];
  const services = platform.services.map((s) => {
    const names = [s.name, ...s.aliases].map(cell).join(w.list);
    return s.designated ? names : `${names} (${w.notDesignatedService})`;
  });
  const { designation } = platform;
  const designated =
    designation.status === "designated" && designation.since ? w.designatedSince(designation.since) : w.notDesignated;
  const routes = platform.routes.map((r) =>
    r.type === "web"
      ? `[${cell(r.title)}](${r.url})${r.foundOn === "secondary" ? ` (${w.secondary})` : ""}`
      : `${cell(r.title)} (${w.noUrl})<br>${cell(r.description)}`,
  );
  return [
    `**${cell(platform.name)}**<br>\`${platform.id}\``,
    [cell(platform.operator.legalName), ...services].join("<br>"),
    `${cell(designated)}<br>[${cell(designation.source.title)}](${designation.source.url})`,
    lines(routes, w),
    lines(
      platform.cautions.map((id) => `\`${id}\``),
      w,
    ),
    platform.confidence,
    platform.caveat ? cell(platform.caveat) : w.none,
    formatSources(platform.sources),
    platform.verifiedAt,
  ];
}

/** The whole review sheet as Markdown, in one language. */
/** Each record's age is shown as on `today` (Japan time). */
export function renderReview(
  data: Dataset,
  lang: Lang,
  scenarios: readonly TriageScenario[] = [],
  today: string = todayInJapan(),
  texts?: TriageTextCounts,
): string {
  const w = WORDS[lang];
  const contacts = data.contacts.map((c) => contactRow(localize(c, lang), lang, today));
  const remedies = data.remedies.map((r) => remedyRow(localize(r, lang), lang, today));
  const faqs = data.faqs.map((f) => faqRow(localize(f, lang), lang, today));
  const platforms = data.platforms.map((p) => platformRow(localize(p, lang), lang));
  return [
    `# ${w.title}: @netstalker/data ${data.version}`,
    "",
    `${w.counts(contacts.length, remedies.length, faqs.length)}${w.platformCount(platforms.length)}${w.stop}${w.intro}`,
    "",
    ...section(w.contacts, table(w.contactHead, contacts)),
    ...section(w.remedies, table(w.remedyHead, remedies)),
    ...section(w.faqs, table(w.faqHead, faqs)),
    ...section(w.platforms, table(w.platformHead, platforms)),
    renderTriageReview(data, scenarios, lang, texts),
  ].join("\n");
}

/** Command-line options of the report script. */
export interface ReportOptions {
  lang: Lang;
  out: string;
}

/** Reads `--lang=ja|en` and `--out=path`; throws a readable error on anything else. */
export function parseArgs(argv: readonly string[], cwd = process.cwd()): ReportOptions {
  const usage = "use --lang=ja|en and --out=<file>";
  const values = readOptions(argv, { lang: { type: "string" }, out: { type: "string" } }, usage);
  if (values.lang !== undefined && values.lang !== "ja" && values.lang !== "en") {
    throw new Error(`unknown option "--lang=${values.lang}": ${usage}`);
  }
  return {
    lang: values.lang ?? "ja",
    out: values.out ? resolve(cwd, values.out) : DEFAULT_OUT,
  };
}

/** Writes the review sheet and returns the path it was written to. */
export async function writeReview(
  data: Dataset,
  options: ReportOptions,
  scenarios: readonly TriageScenario[] = [],
  texts?: TriageTextCounts,
): Promise<string> {
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, renderReview(data, options.lang, scenarios, todayInJapan(), texts));
  return options.out;
}

/** The corpus's and the evaluation's counts, from content/triage. */
export async function triageTextCounts(contentRoot: string): Promise<TriageTextCounts> {
  const corpus = await loadCorpus(contentRoot, []);
  const evaluationPath = join(contentRoot, "triage", "evaluation.yaml");
  const evaluation = existsSync(evaluationPath) ? await loadEvaluation(evaluationPath) : [];
  return {
    corpus: corpus.map((t) => ({ lang: t.lang, labels: [...labelsOf(t)] })),
    evaluation: evaluation.map((c) => ({ lang: c.lang, style: c.style, critical: c.critical })),
  };
}

async function main(): Promise<void> {
  const scenarios = await loadScenarios(join(pkgRoot, "content"));
  const texts = await triageTextCounts(join(pkgRoot, "content"));
  const path = await writeReview(dataset, parseArgs(process.argv.slice(2)), scenarios, texts);
  console.log(path);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
