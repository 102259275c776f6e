// The interface text of the documents view, in both languages: part of the lazy documents chunk. The documents'
// own words (titles, field headings, help, warnings) come from @netstalker/data; only the controls are here.
import type { Lang } from "@netstalker/data";
import { DOCUMENT_LABELS } from "@netstalker/data/documents";

/** The documents view's interface text, in one language. */
export interface DocumentsText {
  choose: string;
  chooseHint: string;
  warnings: string;
  sendTo: string;
  whoHelps: string;
  platformRoutes: string;
  form: string;
  required: string;
  prompts: string;
  addEntry: (item: string) => string;
  removeEntry: (item: string, n: number) => string;
  result: string;
  maskedCopy: string;
  maskedLead: string;
  missing: (n: number) => string;
  complete: string;
  print: string;
  copy: string;
  copied: string;
  copyFailed: string;
  clear: string;
  traces: string;
  badValue: { url: string; date: string; datetime: string; other: string };
  notes: string;
}

const ja: DocumentsText = {
  choose: "つくる書類",
  chooseHint: "書いたことは、この端末の外に送られず、保存もされません。ページを離れると消えます。",
  warnings: "書く前に",
  sendTo: "どこに送るか",
  whoHelps: "相談できるところ",
  platformRoutes: "指定された大規模プラットフォームの窓口(この書類の代わりに使います)",
  form: "記入する",
  required: "必須",
  prompts: "書くときの問い",
  addEntry: (item) => `${item}を追加`,
  removeEntry: (item, n) => `${item} ${n}を消す`,
  result: "できあがり",
  maskedCopy: DOCUMENT_LABELS.maskedCopy.ja,
  maskedLead: "住所・氏名・連絡先などを伏せた控えです。提出先が投稿者への意見照会用の控えを求めるときに使います。",
  missing: (n) => `必須の欄が、あと${n}つ空いています。`,
  complete: "必須の欄はすべて書けています。",
  print: "印刷する",
  copy: "文字をコピー",
  copied: "コピーしました。貼り付けた先にも記録が残ります。",
  copyFailed: "コピーできませんでした。書類の文字を選んでコピーしてください。",
  clear: "書いたことを消す",
  traces: "印刷した紙や、コピーして貼り付けた文字は、記録として残ります。相手に見られない場所に置いてください。",
  badValue: {
    url: "投稿のページを開き、そのアドレス全体(https:// から)を入れてください。",
    date: "日付の形が正しくありません。",
    datetime: "日付と時刻の形が正しくありません。",
    other: "この欄の内容を確かめてください。",
  },
  notes: "書式について",
};

const en: DocumentsText = {
  choose: "Document",
  chooseHint: "What you write is not sent anywhere and not saved. It is gone when you leave the page.",
  warnings: "Before you write",
  sendTo: "Where to send it",
  whoHelps: "Who can help",
  platformRoutes: "The designated large platforms' own routes (use these instead)",
  form: "Fill in",
  required: "required",
  prompts: "Questions to help you write",
  addEntry: (item) => `Add another ${item.toLowerCase()}`,
  removeEntry: (item, n) => `Remove ${item.toLowerCase()} ${n}`,
  result: "Your document",
  maskedCopy: DOCUMENT_LABELS.maskedCopy.en,
  maskedLead:
    "A copy with your address, name and contact details withheld, for when the recipient asks for one to show the poster.",
  missing: (n) => (n === 1 ? "1 required field is still empty." : `${n} required fields are still empty.`),
  complete: "Every required field is filled in.",
  print: "Print",
  copy: "Copy as text",
  copied: "Copied. Wherever you paste it keeps a copy.",
  copyFailed: "Could not copy. Select the document's text and copy it.",
  clear: "Clear what I wrote",
  traces:
    "A printout, or text you copy and paste somewhere, is a record. Keep it where the other person cannot see it.",
  badValue: {
    url: "Open the post and enter its whole address (starting with https://).",
    date: "This is not a valid date.",
    datetime: "This is not a valid date and time.",
    other: "Check what is in this field.",
  },
  notes: "About the form",
};

/** The documents view's interface text. */
export const DOCUMENTS_TEXT: Record<Lang, DocumentsText> = { ja, en };
