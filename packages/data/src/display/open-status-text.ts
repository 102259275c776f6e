// The open-now sentence every surface shows under a contact's hours (the docs' pages; the widget shows the short
// badge form), worked out once here from the status open-now computes.
import type { OpenStatus } from "../query/open-now.js";
import type { Lang } from "../schema/primitives.js";
import { formatJapanTime } from "./describe-schedule.js";
import { CONTACT_TEXT_LABELS } from "./labels.js";

/**
 * The open-now sentence for a status the data package computed at `now` (in the reader's browser, never at build).
 * `answersLater`: the channel accepts at any time but a person replies later (a form), so it is never "open now".
 */
export function describeOpenStatus(status: OpenStatus, now: Date, lang: Lang, answersLater = false): string {
  const ja = lang === "ja";
  if (answersLater) {
    return ja
      ? `${CONTACT_TEXT_LABELS.deferred.ja}。いま送っても、すぐには返事が来ません。急ぐときは電話の窓口にかけてください。`
      : `${CONTACT_TEXT_LABELS.deferred.en}. If you send it now, no one will answer straight away; if it is urgent, call a phone line.`;
  }
  if (status.open === "unknown") {
    return ja
      ? "いま受付中かどうかは、ここでは分かりません。上の受付時間をご確認ください。"
      : "Whether it is open right now cannot be known from here. Please check the hours above.";
  }
  if (status.open) {
    if (!status.closesAt) return ja ? "いま受付中です(24時間)。" : "Open now (24 hours).";
    const until = formatJapanTime(status.closesAt, now, lang, { zoneLabel: false });
    return ja ? `いま受付中です(日本時間 ${until} まで)。` : `Open now, until ${until} Japan time.`;
  }
  if (!status.opensAt) return ja ? "いまは受付時間外です。" : "Closed now.";
  const from = formatJapanTime(status.opensAt, now, lang, { zoneLabel: false });
  return ja ? `いまは受付時間外です。次の受付は日本時間 ${from} からです。` : `Closed now. Opens ${from} Japan time.`;
}
