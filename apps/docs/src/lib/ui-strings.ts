import type { Lang } from "@netstalker/data";

// Interface text of the site (not record content: that comes from @netstalker/data).
const JA = {
  contactsTitle: "相談窓口",
  contactsLead: "ネット上のつきまとい・嫌がらせ・誹謗中傷について相談できる窓口です。いま危険なときは、迷わず110番へ。",
  remediesTitle: "対処法と手続き",
  remediesLead:
    "証拠の保存から、投稿者の特定、損害賠償や警察による警告まで。できること・その順番・手伝ってくれる窓口です。",
  faqsTitle: "よくある質問",
  faqsLead: "相談する前によく聞かれることへの答えです。",
  howToReach: "連絡方法",
  hours: "受付時間",
  cost: "費用",
  languages: "対応言語",
  whoFor: "対象",
  about: "どんな窓口か",
  helpsWith: "この窓口が手伝えること",
  sources: "情報源",
  verifiedAt: "確認日",
  reportWrong: "番号や受付時間の誤りを報告する",
  caveat: "ご注意",
  call: "電話をかける",
  cannotDialFrom: "つながらない回線",
  alternativeFor: "次の回線からはこちら",
  steps: "手順",
  legalBasis: "法的根拠",
  timeLimit: "期限",
  whoHelps: "手伝ってくれる窓口",
  next: "次のステップ",
  answer: "回答",
  related: "関連",
  dangerTitle: "いま身の危険があるときは",
  dangerBody: "ためらわずに通報してください。24時間、無料です。",
  kind: "種類",
  diagramTitle: "手続きの流れ",
  diagramLead:
    "矢印は、ある対処のあとによく続く次のステップを示します(上の段から下の段へ。右側を回る矢印は前の段に戻る流れです)。図と同じ内容を下に文字でも示します。予防策は図の下の一覧にあります。",
  diagramTextTitle: "図の内容(文字版)",
  diagramEmpty: "まだ次のステップが登録された対処法はありません。",
  leadsTo: "次に",
  noNext: "(次のステップなし)",
  openNowUnknown: "いま受付中かどうかは、ここでは分かりません。上の受付時間をご確認ください。",
  all: "すべて",
  dataVersion: "データのバージョン",
  channelsMore: "その他の連絡方法",
  externalSite: "(外部サイト)",
  moreAbout: "詳しく",
};

export type UiKey = keyof typeof JA;

const EN: Record<UiKey, string> = {
  contactsTitle: "Where to turn",
  contactsLead:
    "Places in Japan you can contact about online stalking, harassment and defamation. If you are in danger now, call 110.",
  remediesTitle: "What you can do",
  remediesLead:
    "From keeping evidence to identifying the poster, claiming damages or a police warning: what you can do, in what order, and who helps.",
  faqsTitle: "Questions",
  faqsLead: "Answers to what people often ask before they reach out.",
  howToReach: "How to reach them",
  hours: "Hours",
  cost: "Cost",
  languages: "Languages",
  whoFor: "For",
  about: "What it is",
  helpsWith: "What this window helps with",
  sources: "Sources",
  verifiedAt: "Checked on",
  reportWrong: "Report a wrong number or wrong hours",
  caveat: "Please note",
  call: "Call",
  cannotDialFrom: "Cannot be dialled from",
  alternativeFor: "Use this from",
  steps: "Steps",
  legalBasis: "Legal basis",
  timeLimit: "Time limit",
  whoHelps: "Who helps",
  next: "What often comes next",
  answer: "Answer",
  related: "Related",
  dangerTitle: "If you are in danger now",
  dangerBody: "Call the police without hesitating. Free, 24 hours a day.",
  kind: "Kind",
  diagramTitle: "The way through",
  diagramLead:
    "Arrows show the step that often follows another, from top to bottom; arrows looping round on the right lead back to an earlier step. The same content is written out below the picture. Precautions are listed further down.",
  diagramTextTitle: "The diagram in words",
  diagramEmpty: "No remedy has a next step recorded yet.",
  leadsTo: "then",
  noNext: "(no next step)",
  openNowUnknown: "Whether it is open right now cannot be known from here. Please check the hours above.",
  all: "All",
  dataVersion: "Data version",
  channelsMore: "Other ways to reach them",
  externalSite: "(external site)",
  moreAbout: "More",
};

const STRINGS: Record<Lang, Record<UiKey, string>> = { ja: JA, en: EN };

/** The interface strings of one language. */
export function ui(lang: Lang): Readonly<Record<UiKey, string>> {
  return STRINGS[lang];
}
