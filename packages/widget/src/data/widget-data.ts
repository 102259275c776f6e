import type {
  CautionLocalized,
  ContactLocalized,
  FaqLocalized,
  Lang,
  PlatformLocalized,
  RemedyLocalized,
  TriageContent,
} from "@netstalker/data";

/**
 * Where the records on screen came from: `bundled`, shipped with this widget version (inside the code or in its data
 * file); `api`, fetched from `api-base` and validated; `fallback`, only the emergency numbers, because the data file
 * could not be used.
 */
export type DataSource = "bundled" | "api" | "fallback";

/** The records the widget renders, all localized to one language. */
export interface WidgetData {
  /** The language every text is in. */
  lang: Lang;
  /** Consultation windows. */
  contacts: ContactLocalized[];
  /** Legal measures, coping and prevention. */
  remedies: RemedyLocalized[];
  /** Questions and answers. */
  faqs: FaqLocalized[];
  /** The platforms' own removal-request routes (情報流通プラットフォーム対処法); empty when none were shipped. */
  platforms: PlatformLocalized[];
  /** The cautions the platforms name (e.g. that a request may reach the poster). */
  cautions: CautionLocalized[];
  /** Triage rules and lexicon, when the data file carries them; otherwise the ones bundled with the code are used. */
  triage?: TriageContent;
  /** See {@link DataSource}. */
  source: DataSource;
  /** The @netstalker/data version the records come from. */
  dataVersion: string;
}
