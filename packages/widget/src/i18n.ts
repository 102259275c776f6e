// The widget's own interface text (buttons, headings, messages). Facts about contacts never live here, and neither
// do names of the data's enum values, field headings or hours as text: those come from @netstalker/data, shared with
// the docs, and are only picked out here so the render modules read one object.
import type { Lang } from "@netstalker/data";
import { DANGER_NOW_HEADING } from "@netstalker/data/query";
import type { ViewText } from "./view-text.js";

export type { ViewText };

/** Every piece of interface text, in one language. */ /** The interface text the first card and the frame need, in one language (the rest: view-text.ts, lazy). */
export interface CoreText {
  title: string;
  exit: string;
  exitHint: (toWeather: boolean) => string;
  exitLeaving: string;
  shiftCount: (remaining: number) => string;
  shiftExpired: string;
  safetyTitle: string;
  safetyNote: string;
  emergencyLead: string;
  tabs: { contacts: string; remedies: string; faq: string; triage: string; documents: string };
  viewsLabel: string;
  noMatch: string;
  /** Shown while a tab's content (remedies, FAQ, triage) is still loading, right after the first card. */
  loadingView: string;
  /** Shown when a tab's content could not be loaded; the emergency numbers above stay. */
  viewUnavailable: string;
  /** Shown when the data file next to the script could not be used: to the reader, and to the site that embeds it. */
  filesMissing: string;
  /** The fold on phone-sized cards holding everything but name, number, open-now and cost. */
  more: string;
}

/** Every piece of interface text, in one language: the core text, and the views' text once they have loaded. */
export type UiText = CoreText & ViewText;

const ja: CoreText = {
  title: "相談できる窓口",
  exit: "すぐにこのページを離れる",
  exitHint: (w) =>
    `「すぐにこのページを離れる」ボタンを押すか、Shiftキーを3回続けて押すと、すぐに${w ? "天気予報" : "別"}のページに切り替わります。`,
  exitLeaving: "移動しています",
  shiftCount: (n) => `Shiftキーをあと${n}回押すと、このページを離れます。`,
  shiftExpired: "ページを離れる操作は取り消されました。",
  safetyTitle: "この画面を見られたくないとき",
  safetyNote:
    "ただし閲覧履歴は消えません。同期している他の端末や、スマートフォンに入れられた監視アプリ(ストーカーウェア)からは隠せません。できれば安全な端末や、プライベートブラウズを使ってください。",
  emergencyLead: DANGER_NOW_HEADING.ja,
  tabs: {
    contacts: "相談窓口",
    remedies: "できること",
    faq: "よくある質問",
    triage: "相談先を探す",
    documents: "依頼書・記録をつくる",
  },
  viewsLabel: "表示する内容",
  noMatch: "条件に合う窓口がないため、すべての窓口を表示しています。",
  loadingView: "読み込んでいます…",
  viewUnavailable: "この内容を読み込めませんでした。上の緊急の連絡先と「相談窓口」のタブは使えます。",
  filesMissing:
    "一覧を読み込めず、緊急の番号だけを表示しています(設置した方へ: 同じフォルダーの .json と chunks/ も置くか、stalker-help-widget.standalone.js を使ってください)",
  more: "詳しく",
};

const en: CoreText = {
  title: "Where to get help",
  exit: "Exit this page now",
  exitHint: (w) =>
    `Press “Exit this page now”, or the Shift key three times, to switch at once to ${w ? "a weather forecast" : "another page"}.`,
  exitLeaving: "Leaving",
  shiftCount: (n) => `Press Shift ${n} more ${n === 1 ? "time" : "times"} to exit this page.`,
  shiftExpired: "Exit this page cancelled.",
  safetyTitle: "If someone might see your screen",
  safetyNote:
    "It does not erase your browsing history, and it cannot hide what you do from other devices that sync with this one or from monitoring apps (stalkerware) installed on your phone. If you can, use a safe device or private browsing.",
  emergencyLead: DANGER_NOW_HEADING.en,
  tabs: {
    contacts: "Contacts",
    remedies: "What you can do",
    faq: "Questions",
    triage: "Find the right help",
    documents: "Requests and logs",
  },
  viewsLabel: "Sections",
  noMatch: "No contact matches this page's filter, so all contacts are shown.",
  loadingView: "Loading…",
  viewUnavailable: "This part could not be loaded. The emergency numbers above and the Contacts tab still work.",
  filesMissing:
    "The list could not be loaded; only emergency numbers are shown (site owner: serve the .json files and chunks/ next to the script, or use stalker-help-widget.standalone.js).",
  more: "More details",
};

const TEXT: Record<Lang, UiText> = { ja: ja as UiText, en: en as UiText };

/**
 * Adds the views' text (remedies, FAQ, triage, removal path) when their lazy module has loaded. Only those views read
 * it, and they render only after it is added.
 */
export function addViewText(text: Record<Lang, ViewText>): void {
  // In place: an object uiText() returned earlier gets the views' text too.
  Object.assign(TEXT.ja, text.ja);
  Object.assign(TEXT.en, text.en);
}

/** The interface text for a language. */
export function uiText(lang: Lang): UiText {
  return TEXT[lang];
}

/** The words of the quick exit, for a page that offers the same exit without the widget (`@netstalker/widget/quick-exit`). */
export type QuickExitText = Pick<CoreText, "exit" | "exitHint" | "exitLeaving" | "shiftCount" | "shiftExpired">;

/** The quick exit's words in `lang`: the same the widget shows. */
export function quickExitText(lang: Lang): QuickExitText {
  const { exit, exitHint, exitLeaving, shiftCount, shiftExpired } = TEXT[lang];
  return { exit, exitHint, exitLeaving, shiftCount, shiftExpired };
}
