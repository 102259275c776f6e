import type { ContactLocalized, FaqLocalized, Lang, RemedyLocalized } from "@netstalker/data";

/** Where the records on screen came from. */
export type DataSource = "bundled" | "api";

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
  /** bundled: the snapshot inside the widget; api: fetched from `api-base` and validated. */
  source: DataSource;
  /** The @netstalker/data version the records come from. */
  dataVersion: string;
}
