// The interface text of the remedies, FAQ and triage panels and the removal path, in both languages: part of the lazy
// views chunk (render/views.ts), added to uiText() when it loads (i18n.ts addViewText).
import type { Lang } from "@netstalker/data";
import { CONTACT_FIELD_LABELS, CONTACT_TEXT_LABELS, REMEDY_FIELD_LABELS } from "@netstalker/data/query";

/** The views' interface text, in one language. */
export interface ViewText {
  // The full cards and the compact cards' folds (contact-card.ts, reach-fold.ts, card-parts.ts).
  cost: string;
  caveat: string;
  hours: string;
  languages: string;
  verified: (date: string) => string;
  sources: string;
  deferred: string;
  prepare: string;
  traces: string;
  alternatives: string;
  steps: string;
  timeLimit: string;
  legalBasis: string;
  whoHelps: string;
  nextRemedies: string;
  triageIntro: string;
  triageDanger: string;
  yes: string;
  no: string;
  triageNeeds: string;
  triageAudiences: string;
  triageSubmit: string;
  triageReset: string;
  triageResults: (contacts: number, remedies: number) => string;
  /** When the triage's code (a lazy chunk) could not be loaded: the form stays, the suggestions cannot come. */
  triageUnavailable: string;
  triageContacts: string;
  triageRemedies: string;
  triagePrivacy: string;
  loadingLive: string;
  triageText: string;
  triageTextHint: string;
  triageTextPromise: string;
  triageUnderstood: string;
  triageUnderstoodNone: string;
  triageUnderstoodHint: string;
  removeChip: (label: string) => string;
  dangerChip: string;
  /** After a chip's words: the words of the text that led to it. */
  understoodFrom: (words: readonly string[]) => string;
  /** The list of readings the interpreter asks the person to confirm. */
  triageAskTitle: string;
  /** With crisis (thoughts of dying or self-harm): said calmly, before the lines that listen. */
  crisisCalm: string;
  /** The same, when something else comes first (110, for danger now or a threat): the lines that listen follow. */
  crisisCalmAfter: string;
  /** Suggestions asked for with nothing answered and nothing understood. */
  triageAnswerQuestions: string;
  /** The legend of the crisis question. */
  triageFeelings: string;
  triageRelationship: string;
  relationshipNone: string;
  removalTitle: string;
  removalLead: string;
  removalRoutes: string;
  removalServices: string;
  removalDesignated: (date: string) => string;
  removalExpect: string;
  /** After a service the designation does not cover (LINE's private talk). */
  removalNotCovered: string;
  removalInApp: string;
  removalActWithoutName: string;
  removalChecked: string;
}

const ja: ViewText = {
  cost: CONTACT_FIELD_LABELS.cost.ja,
  caveat: CONTACT_FIELD_LABELS.caveat.ja,
  hours: CONTACT_FIELD_LABELS.schedule.ja,
  languages: CONTACT_FIELD_LABELS.languages.ja,
  verified: (d) => `${d} に公式情報で確認`,
  sources: CONTACT_FIELD_LABELS.sources.ja,
  deferred: CONTACT_TEXT_LABELS.deferred.ja,
  prepare: CONTACT_TEXT_LABELS.prepare.ja,
  traces: CONTACT_TEXT_LABELS.traces.ja,
  alternatives: CONTACT_TEXT_LABELS.alternatives.ja,
  steps: REMEDY_FIELD_LABELS.steps.ja,
  timeLimit: REMEDY_FIELD_LABELS.timeLimit.ja,
  legalBasis: REMEDY_FIELD_LABELS.legalBasis.ja,
  whoHelps: REMEDY_FIELD_LABELS.contacts.ja,
  nextRemedies: REMEDY_FIELD_LABELS.next.ja,
  triageIntro: "いくつかの質問に答えると、合う窓口と手段を表示します。",
  triageDanger: "いま、身の危険を感じていますか?",
  yes: "はい",
  no: "いいえ",
  triageNeeds: "どうしたいですか?(いくつでも)",
  triageAudiences: "あてはまるもの(任意)",
  triageSubmit: "合う相談先を表示",
  triageReset: "最初からやり直す",
  triageResults: (c, r) => `${c}件の窓口と${r}件の手段が見つかりました。`,
  triageUnavailable: "相談先の提案を読み込めませんでした。上の緊急の連絡先と「相談窓口」のタブは使えます。",
  triageContacts: "おすすめの窓口",
  triageRemedies: "考えられる手段",
  triagePrivacy: "回答はこのページの中だけで使われ、どこにも送信・保存されません。",
  loadingLive: "最新の情報を確認しています",
  triageText: "いま起きていることを、自分のことばで書いてもかまいません(任意)",
  triageTextHint: "例: 元カレにSNSで住所をさらされた",
  triageTextPromise: "入力した内容はこのページの外に送られません",
  triageUnderstood: "読み取った内容",
  triageUnderstoodNone: "このことばからは読み取れませんでした。下の質問で、あてはまるものを選んでください。",
  triageUnderstoodHint: "違っていたら × で外し、下の質問で選び直してください。",
  removeChip: (l) => `「${l}」を外す`,
  dangerChip: "いま身の危険がある",
  understoodFrom: (w) => `(「${w.join("」「")}」から)`,
  triageAskTitle: "確認させてください",
  crisisCalm:
    "つらい気持ちを書いてくれてありがとうございます。ひとりで抱えなくて大丈夫です。話を聞いてくれる窓口を先に並べました。",
  crisisCalmAfter:
    "つらい気持ちを書いてくれてありがとうございます。ひとりで抱えなくて大丈夫です。話を聞いてくれる窓口も、すぐ下に並べています。",
  triageAnswerQuestions: "まだ合う相談先を選べません。下の質問に一つでも答えると表示します。",
  triageFeelings: "いまの気持ち(任意)",
  triageRelationship: "相手はだれですか?(任意)",
  relationshipNone: "答えない",
  removalTitle: "投稿の削除をプラットフォームに求める",
  removalLead: "申し出る前に、次の注意を読んでください。",
  removalRoutes: "各サービスの削除の申出先",
  removalServices: "対象のサービス",
  removalDesignated: (d) => `情報流通プラットフォーム対処法の大規模プラットフォーム事業者(${d} 指定)`,
  removalExpect: "申し出たあと",
  removalNotCovered: "(指定の対象外)",
  removalInApp: "アプリ・サイトの中で",
  removalActWithoutName: "名前を知られずに相談・依頼できる窓口",
  removalChecked: "確認日",
};

const en: ViewText = {
  cost: CONTACT_FIELD_LABELS.cost.en,
  caveat: CONTACT_FIELD_LABELS.caveat.en,
  hours: CONTACT_FIELD_LABELS.schedule.en,
  languages: CONTACT_FIELD_LABELS.languages.en,
  verified: (d) => `Checked against official sources on ${d}`,
  sources: CONTACT_FIELD_LABELS.sources.en,
  deferred: CONTACT_TEXT_LABELS.deferred.en,
  prepare: CONTACT_TEXT_LABELS.prepare.en,
  traces: CONTACT_TEXT_LABELS.traces.en,
  alternatives: CONTACT_TEXT_LABELS.alternatives.en,
  steps: REMEDY_FIELD_LABELS.steps.en,
  timeLimit: REMEDY_FIELD_LABELS.timeLimit.en,
  legalBasis: REMEDY_FIELD_LABELS.legalBasis.en,
  whoHelps: REMEDY_FIELD_LABELS.contacts.en,
  nextRemedies: REMEDY_FIELD_LABELS.next.en,
  triageIntro: "Answer a few questions to see the contacts and steps that fit.",
  triageDanger: "Do you feel in danger right now?",
  yes: "Yes",
  no: "No",
  triageNeeds: "What do you want to happen? (choose any)",
  triageAudiences: "Anything that applies (optional)",
  triageSubmit: "Show the right help",
  triageReset: "Start again",
  triageResults: (c, r) =>
    `Found ${c} ${c === 1 ? "contact" : "contacts"} and ${r} ${r === 1 ? "step" : "steps"} for you.`,
  triageUnavailable:
    "The suggestions could not be loaded. The emergency numbers above and the Contacts tab still work.",
  triageContacts: "Suggested contacts",
  triageRemedies: "Steps to consider",
  triagePrivacy: "Your answers stay on this page: they are not sent or stored anywhere.",
  loadingLive: "Checking for the latest information",
  triageText: "You can also describe what is happening in your own words (optional)",
  triageTextHint: "For example: my ex posted my address on social media",
  triageTextPromise: "Nothing you type leaves this page",
  triageUnderstood: "What we understood",
  triageUnderstoodNone:
    "We could not understand anything from these words. Please choose what fits in the questions below.",
  triageUnderstoodHint: "If something is wrong, remove it with × and choose again below.",
  removeChip: (l) => `Remove “${l}”`,
  dangerChip: "In danger now",
  understoodFrom: (w) => ` (from “${w.join("”, “")}”)`,
  triageAskTitle: "Please check",
  crisisCalm:
    "Thank you for telling us how you feel. You do not have to carry this alone. The lines that listen are listed first.",
  crisisCalmAfter:
    "Thank you for telling us how you feel. You do not have to carry this alone. The lines that listen follow just below.",
  triageAnswerQuestions: "We cannot tell yet which help fits. Answer any of the questions below and it will show.",
  triageFeelings: "How you feel (optional)",
  triageRelationship: "Who is doing it? (optional)",
  relationshipNone: "Rather not say",
  removalTitle: "Asking the platform to remove posts",
  removalLead: "Before you send a request, read this.",
  removalRoutes: "Where each service takes removal requests",
  removalServices: "Services",
  removalDesignated: (d) => `Designated large platform under the Information Distribution Platform Act (since ${d})`,
  removalExpect: "After you ask",
  removalNotCovered: " (not covered by the designation)",
  removalInApp: "Inside the app or site",
  removalActWithoutName: "Who can ask or advise without your name reaching the poster",
  removalChecked: "Checked on",
};

/** The views' text in both languages. */
export const VIEW_TEXT: Record<Lang, ViewText> = { ja, en };
