// The emergency numbers come from the code, always. Records from a data file or from `api-base` may add emergency
// windows, never remove or change the ones shipped inside the widget's code: a data file or an API answer without
// 110 (lost in an edit, or removed on purpose by someone who controls the source) must not leave a frightened person
// without it, nor send them to a different number under its name.
import type { ContactLocalized } from "@netstalker/data";
import { emergencyFallback } from "./emergency-fallback.js";
import type { WidgetData } from "./widget-data.js";

/** `data` with the shipped emergency records first (replacing any record of the same id), and the ids it lacked. */
export function withShippedEmergencies(data: WidgetData): { data: WidgetData; missing: string[] } {
  const shipped = emergencyFallback(data.lang).contacts;
  const shippedIds = new Set(shipped.map((c) => c.id));
  const fromData = new Map(data.contacts.map((c) => [c.id, c]));
  const missing = shipped.filter((c) => fromData.get(c.id)?.urgency !== "emergency").map((c) => c.id);
  const contacts: ContactLocalized[] = [...shipped, ...data.contacts.filter((c) => !shippedIds.has(c.id))];
  return { data: { ...data, contacts }, missing };
}
