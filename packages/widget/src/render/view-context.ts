// What the views (panels other than the contact list) need from the element. Its own module so that panel.ts, which
// loads the views lazily, and views.ts, which renders them, do not import each other.
import type { Lang } from "@netstalker/data";
import type { WidgetData } from "../data/widget-data.js";
import type { UiText } from "../i18n.js";
import type { TriageController } from "../triage/controller.js";
import type { ContactRenderContext } from "./contact.js";
import type { RemedyRenderContext } from "./remedy.js";

/** What a view needs from the element. */
export interface ViewContext {
  lang: Lang;
  t: UiText;
  data: WidgetData;
  contact: ContactRenderContext;
  remedy: Omit<RemedyRenderContext, "extra">;
  category?: string;
  audience?: string;
  /** The triage state; created with the views module. */
  triage: TriageController | undefined;
  /** Runs the triage (and announces and focuses the result). */
  submitTriage: () => void;
  /** Forgets every answer. */
  resetTriage: () => void;
}
