import {
  CONTACT_FIELD_LABELS,
  DANGER_NOW_HEADING,
  DEFAULT_LANG,
  FAQ_FIELD_LABELS,
  LANGS,
  type Lang,
  type LocalizedText,
  REMEDY_FIELD_LABELS,
} from "@netstalker/data";

// Interface text of the site (not record content: that comes from @netstalker/data). Field headings and the
// danger-now heading are shared with the widget, so they come from @netstalker/data too; only the site's own words
// are written here.
const JA = {
  contactsTitle: "相談窓口",
  contactsLead: "ネット上のつきまとい・嫌がらせ・誹謗中傷について相談できる窓口です。いま危険なときは、迷わず110番へ。",
  remediesTitle: "対処法と手続き",
  remediesLead:
    "証拠の保存から、投稿者の特定、損害賠償や警察による警告まで。できること・その順番・手伝ってくれる窓口です。",
  documentsTitle: "依頼書と記録をつくる",
  documentsLead:
    "削除の依頼書、投稿者の情報の開示請求書、被害の記録を、この端末の中だけで書いて印刷できます。書いたことは送られず、保存もされません。",
  documentForm: "もとにした書式",
  documentWarnings: "書く前に",
  documentSendTo: "どこに送るか",
  documentFillIn: "記入する",
  documentFillInLead:
    "下のウィジェットで書類を選んで記入すると、書式どおりの形で表示され、印刷(A4)や文字のコピーができます。書いたことはこの端末の外に送られず、ページを離れると消えます。",
  documentSections: "書式の欄と書き方",
  documentRequired: "必須",
  documentPrompts: "書くときの問い:",
  documentNotes: "書式について",
  documentRepeat: "1件ごとに記入",
  faqsTitle: "よくある質問",
  faqsLead: "相談する前によく聞かれることへの答えです。",
  reportWrong: "番号や受付時間の誤りを報告する",
  dangerBody: "ためらわずに通報してください。24時間、無料です。",
  diagramTitle: "手続きの流れ",
  diagramLead:
    "矢印は、ある対処のあとによく続く次のステップを示します(上の段から下の段へ。右側を回る矢印は前の段に戻る流れです)。図と同じ内容を下に文字でも示します。予防策は図の下の一覧にあります。",
  diagramTextTitle: "図の内容(文字版)",
  diagramEmpty: "まだ次のステップが登録された対処法はありません。",
  noNext: "(次のステップなし)",
  moreAbout: "詳しく",
  platformsTitle: "投稿を消してもらうには",
  platformsLead:
    "大規模なSNSや動画サイトには、情報流通プラットフォーム対処法にもとづく削除の申出の窓口があります。申し出る前に、下の注意を読んでください。",
  platformsList: "プラットフォームごとの窓口",
  platformsOthers: "ほかのサイトや、申し出ても消えないとき",
  platformsOthersLead: "削除の依頼の手順や、裁判所を通じた方法は次のページにあります。",
  askFirst: "名前を知られずに相談できる窓口",
  operator: "運営者",
  services: "サービス",
  notDesignatedService: "指定の対象外",
  designation: "指定",
  designatedSince: "大規模特定電気通信役務提供者として指定",
  notDesignated: "指定されていません",
  routes: "削除を求める窓口",
  noUrlRoute: "アプリやサイトの中の機能です(URLはありません)。",
  secondaryRoute: "このURLは二次情報でのみ確認できたものです。使う前に公式のヘルプで確かめてください。",
  duties: "法律が求めていること",
  expect: "申し出たあとに起こること",
  platformNotes: "このプラットフォームでの注意",
  beforeYouFile: "申し出る前に",
  apiTitle: "API リファレンス",
  apiLead: "netstalker-help API の全エンドポイントとスキーマ。API の OpenAPI 文書からビルド時に生成しています。",
  schemasTitle: "JSON Schema",
  schemasLead: "データセットの JSON Schema(contact・remedy・faq・dataset)。zod のスキーマから生成しています。",
  changelogTitle: "変更履歴",
  changelogLead: "データ・ウィジェット・API のリリースごとの変更点。",
};

type SiteKey = keyof typeof JA;

const EN: Record<SiteKey, string> = {
  contactsTitle: "Where to turn",
  contactsLead:
    "Places in Japan you can contact about online stalking, harassment and defamation. If you are in danger now, call 110.",
  remediesTitle: "What you can do",
  remediesLead:
    "From keeping evidence to identifying the poster, claiming damages or a police warning: what you can do, in what order, and who helps.",
  documentsTitle: "Requests and logs",
  documentsLead:
    "Write a takedown request, a request to identify the poster, or an incident log, and print it, all on this device. Nothing you write is sent or saved.",
  documentForm: "Based on",
  documentWarnings: "Before you write",
  documentSendTo: "Where to send it",
  documentFillIn: "Fill it in",
  documentFillInLead:
    "Choose the document in the widget below and fill it in: it is laid out as the standard form, ready to print (A4) or copy as text. Nothing you write leaves this device, and it is gone when you leave the page.",
  documentSections: "The form's fields, and what to write",
  documentRequired: "required",
  documentPrompts: "Questions to help you write:",
  documentNotes: "About the form",
  documentRepeat: "one per item",
  faqsTitle: "Questions",
  faqsLead: "Answers to what people often ask before they reach out.",
  reportWrong: "Report a wrong number or wrong hours",
  dangerBody: "Call the police without hesitating. Free, 24 hours a day.",
  diagramTitle: "The way through",
  diagramLead:
    "Arrows show the step that often follows another, from top to bottom; arrows looping round on the right lead back to an earlier step. The same content is written out below the picture. Precautions are listed further down.",
  diagramTextTitle: "The diagram in words",
  diagramEmpty: "No remedy has a next step recorded yet.",
  noNext: "(no next step)",
  moreAbout: "More",
  platformsTitle: "Getting posts removed",
  platformsLead:
    "Large social networks and video sites must run a route for asking them to remove posts, under the Information Distribution Platform Act. Read the caution below before you file.",
  platformsList: "Each platform's routes",
  platformsOthers: "Other sites, or when a post stays up",
  platformsOthersLead: "How to ask other sites, and how a court can order removal, are on this page.",
  askFirst: "Where to get help without your name reaching the poster",
  operator: "Operator",
  services: "Services",
  notDesignatedService: "not designated",
  designation: "Designation",
  designatedSince: "Designated as a large platform provider on",
  notDesignated: "Not designated",
  routes: "Where to ask for removal",
  noUrlRoute: "A feature inside the app or site (it has no web address).",
  secondaryRoute:
    "This address was confirmed only on a secondary page. Check the platform's own help before you use it.",
  duties: "What the law requires of it",
  expect: "What happens after you file",
  platformNotes: "Cautions for this platform",
  beforeYouFile: "Before you file",
  apiTitle: "API reference",
  apiLead: "Every endpoint and schema of the netstalker-help API, generated at build time from its OpenAPI document.",
  schemasTitle: "JSON Schemas",
  schemasLead: "The dataset's JSON Schemas (contact, remedy, faq, dataset), generated from its zod schemas.",
  changelogTitle: "Changelog",
  changelogLead: "What changed in the data, the widget and the API, release by release.",
};

/** The site's names for the headings @netstalker/data declares. */
const SHARED = {
  howToReach: CONTACT_FIELD_LABELS.channels,
  hours: CONTACT_FIELD_LABELS.schedule,
  cost: CONTACT_FIELD_LABELS.cost,
  languages: CONTACT_FIELD_LABELS.languages,
  whoFor: CONTACT_FIELD_LABELS.audiences,
  about: CONTACT_FIELD_LABELS.description,
  helpsWith: CONTACT_FIELD_LABELS.services,
  sources: CONTACT_FIELD_LABELS.sources,
  verifiedAt: CONTACT_FIELD_LABELS.verifiedAt,
  caveat: CONTACT_FIELD_LABELS.caveat,
  steps: REMEDY_FIELD_LABELS.steps,
  legalBasis: REMEDY_FIELD_LABELS.legalBasis,
  timeLimit: REMEDY_FIELD_LABELS.timeLimit,
  whoHelps: REMEDY_FIELD_LABELS.contacts,
  next: REMEDY_FIELD_LABELS.next,
  answer: FAQ_FIELD_LABELS.answer,
  related: FAQ_FIELD_LABELS.related,
  dangerTitle: DANGER_NOW_HEADING,
} satisfies Record<string, LocalizedText>;

/** Every key of the site's interface text. */
export type UiKey = SiteKey | keyof typeof SHARED;

function strings(lang: Lang, own: Record<SiteKey, string>): Readonly<Record<UiKey, string>> {
  const shared = Object.fromEntries(Object.entries(SHARED).map(([key, text]) => [key, text[lang]]));
  return { ...own, ...shared } as Record<UiKey, string>;
}

const STRINGS: Record<Lang, Readonly<Record<UiKey, string>>> = { ja: strings("ja", JA), en: strings("en", EN) };

/** The interface strings of one language. */
export function ui(lang: Lang): Readonly<Record<UiKey, string>> {
  return STRINGS[lang];
}

/** A sidebar entry's label: the page's own title, in the root language with the others as translations. */
export function sidebarLabel(key: UiKey): { label: string; translations: Record<string, string> } {
  const others = LANGS.filter((lang) => lang !== DEFAULT_LANG);
  return {
    label: STRINGS[DEFAULT_LANG][key],
    translations: Object.fromEntries(others.map((lang) => [lang, STRINGS[lang][key]])),
  };
}
