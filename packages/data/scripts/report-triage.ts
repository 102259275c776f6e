// The triage part of the review sheet: every rule (when it applies, what it suggests, how strongly, why, and the
// guidance it follows) and every scenario (what it promises, and what the triage gives today).
import {
  AUDIENCE_LABELS,
  CRISIS_LABEL,
  RELATIONSHIP_LABELS,
  TRIAGE_NEED_LABELS,
  TRIAGE_STRENGTH_LABELS,
} from "../src/display/index.js";
import { createTriage, type TriageData } from "../src/query/triage.js";
import type { Contact } from "../src/schema/contact.js";
import type { Lang } from "../src/schema/primitives.js";
import type { Remedy } from "../src/schema/remedy.js";
import type { TriageAnswers, TriageCondition, TriageScenario, TriageSuggestion } from "../src/schema/triage.js";
import { section, table } from "./markdown.js";

const WORDS = {
  ja: {
    rules: "トリアージのルール",
    rulesIntro: "ルールは上から順に評価され、当てはまるものすべてが提案を加えます。強さは名前の付いた段階です。",
    ruleHead: ["ルール", "条件", "相談窓口", "対処法", "プラットフォームと注意", "出典"],
    scenarios: "トリアージのシナリオ",
    scenariosIntro:
      "各シナリオが約束する最初の窓口と、必ず出すもの・出さないもの。「結果」は今のデータでの最初の窓口です。",
    scenarioHead: ["シナリオ", "回答", "最初の窓口", "含むもの", "含まないもの", "結果"],
    always: "常に",
    danger: "危険あり",
    noDanger: "危険なし",
    noCrisis: "死にたい気持ちはない",
    within: (n: number) => `${n}位以内`,
    ok: "合格",
    caution: "注意",
    broken: "不合格",
    text: "本文",
    list: "・",
    texts: "トリアージの学習用コーパスと評価",
    textsIntro:
      "学習用コーパス(content/triage/corpus)は解釈のモデルを学習させる文例、評価(content/triage/evaluation.yaml)はそれとは別に書かれた文例です。評価の文は、ここには載せません。",
    textsHead: ["", "件数", "日本語", "英語", "内訳"],
    corpus: "学習用コーパス",
    evaluation: "評価",
    critical: (n: number) => `重大 ${n}件`,
  },
  en: {
    rules: "Triage rules",
    rulesIntro:
      "Rules are read top to bottom; every rule that applies adds its suggestions. Strengths are named levels.",
    ruleHead: ["Rule", "When", "Contacts", "Remedies", "Platforms and cautions", "Sources"],
    scenarios: "Triage scenarios",
    scenariosIntro:
      "What each scenario promises: the first window, and what must and must not appear. Result is the first window the data gives today.",
    scenarioHead: ["Scenario", "Answers", "First window", "Must include", "Must not", "Result"],
    always: "always",
    danger: "in danger",
    noDanger: "not in danger",
    noCrisis: "no thoughts of dying",
    within: (n: number) => `within ${n}`,
    ok: "holds",
    caution: "caution",
    broken: "BROKEN",
    text: "text",
    list: ", ",
    texts: "Triage corpus and evaluation",
    textsIntro:
      "The corpus (content/triage/corpus) is what the interpreter's model learns from; the evaluation (content/triage/evaluation.yaml) was written apart from it. The evaluation's texts are not shown here.",
    textsHead: ["", "Texts", "Japanese", "English", "By"],
    corpus: "Training corpus",
    evaluation: "Evaluation",
    critical: (n: number) => `${n} critical`,
  },
} as const;

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n+/g, "<br>");

function condition(when: TriageCondition | TriageAnswers, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (when.danger !== undefined) parts.push(when.danger ? w.danger : w.noDanger);
  if (when.crisis !== undefined) parts.push(when.crisis ? CRISIS_LABEL[lang] : w.noCrisis);
  for (const need of when.needs ?? []) parts.push(TRIAGE_NEED_LABELS[need][lang]);
  for (const audience of when.audiences ?? []) parts.push(AUDIENCE_LABELS[audience][lang]);
  const rel = when.relationship;
  for (const r of rel === undefined ? [] : Array.isArray(rel) ? rel : [rel])
    parts.push(RELATIONSHIP_LABELS[r as keyof typeof RELATIONSHIP_LABELS][lang]);
  if ("text" in when && when.text !== undefined) parts.push(`${w.text}: 「${when.text}」`);
  return parts.length === 0 ? w.always : parts.join(w.list);
}

function suggestions(list: readonly TriageSuggestion[], lang: Lang): string {
  return list
    .map((s) => `\`${s.id}\` (${TRIAGE_STRENGTH_LABELS[s.strength][lang]}): ${cell(s.reason[lang])}`)
    .join("<br>");
}

/** The corpus's and the evaluation's texts as the sheet counts them (the texts themselves are not shown). */
export interface TriageTextCounts {
  /** Each corpus text's language and labels (danger, crisis, need:…, audience:…, relationship:…). */
  corpus: { lang: Lang; labels: readonly string[] }[];
  /** Each evaluation case's language, style and whether it is critical. */
  evaluation: { lang: Lang; style: string; critical: boolean }[];
}

/** "a 3, b 2" from a list of names, most common first. */
function tally(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([n, c]) => `${n} ${c}`)
    .join(", ");
}

function textsTable(counts: TriageTextCounts, lang: Lang): string[] {
  const w = WORDS[lang];
  const row = (name: string, list: readonly { lang: Lang }[], by: string) => [
    name,
    String(list.length),
    String(list.filter((x) => x.lang === "ja").length),
    String(list.filter((x) => x.lang === "en").length),
    cell(by),
  ];
  const critical = counts.evaluation.filter((e) => e.critical).length;
  return section(
    w.texts,
    w.textsIntro,
    table(w.textsHead, [
      row(w.corpus, counts.corpus, tally(counts.corpus.flatMap((c) => c.labels))),
      row(w.evaluation, counts.evaluation, `${w.critical(critical)}; ${tally(counts.evaluation.map((e) => e.style))}`),
    ]),
  );
}

/** The triage sections of the review sheet, in one language. */
export function renderTriageReview(
  data: TriageData<Contact, Remedy>,
  scenarios: readonly TriageScenario[],
  lang: Lang,
  texts?: TriageTextCounts,
): string {
  const w = WORDS[lang];
  const rules = data.triage.rules.map((rule) => [
    `**${cell(rule.title[lang])}**<br>\`${rule.id}\``,
    cell(condition(rule.when, lang)),
    suggestions(rule.contacts, lang),
    suggestions(rule.remedies, lang),
    [suggestions(rule.platforms ?? [], lang), ...(rule.cautions ?? []).map((id) => `${w.caution}: \`${id}\``)]
      .filter((x) => x !== "")
      .join("<br>"),
    rule.sources.map((s) => `[${cell(s.title)}](${s.url})`).join("<br>"),
  ]);
  const triage = createTriage(data);
  const rows = scenarios.map((s) => {
    const result = triage(s.answers);
    const first = result.contacts[0]?.id;
    const must = [
      ...s.contacts.map((e) => `\`${e.id}\`${e.within ? ` (${w.within(e.within)})` : ""}`),
      ...s.remedies.map((e) => `\`${e.id}\`${e.within ? ` (${w.within(e.within)})` : ""}`),
      ...s.platforms.map((e) => `\`${e.id}\`${e.within ? ` (${w.within(e.within)})` : ""}`),
      ...s.cautions.map((id) => `${w.caution}: \`${id}\``),
      ...(s.firstRemedy ? [`\`${s.firstRemedy}\` (1)`] : []),
    ];
    return [
      `**${cell(s.title[lang])}** (${s.lang})<br>\`${s.id}\``,
      cell(condition(s.answers, lang)),
      `\`${s.firstContact}\``,
      must.join("<br>"),
      s.mustNot.map((id) => `\`${id}\``).join("<br>"),
      first === s.firstContact ? `${w.ok}: \`${first}\`` : `**${w.broken}**: \`${first}\``,
    ];
  });
  return [
    ...section(w.rules, w.rulesIntro, table(w.ruleHead, rules)),
    ...section(w.scenarios, w.scenariosIntro, table(w.scenarioHead, rows)),
    ...(texts ? textsTable(texts, lang) : []),
  ].join("\n");
}
