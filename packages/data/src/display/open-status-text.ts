// The open-now sentence every surface shows under a contact's hours (the docs' pages; the widget shows the short
// badge form), worked out once here from the status open-now computes.
import type { OpenStatus } from "../query/open-now.js";
import type { ReachState, ReachStatus } from "../query/reachable.js";
import type { Lang, LocalizedText } from "../schema/primitives.js";
import { formatJapanTime } from "./describe-schedule.js";
import { CONTACT_TEXT_LABELS } from "./labels.js";
import { opensLabel, untilLabel } from "./reach-labels.js";

/** The words of the short open-now badge, by what it says. */
export const OPEN_BADGE_LABELS = {
  open: { ja: "受付中", en: "Open now" },
  closed: { ja: "受付時間外", en: "Closed now" },
  deferred: CONTACT_TEXT_LABELS.deferred,
  hoursVary: { ja: "受付時間は地域などで異なります", en: "Hours vary by area" },
  unknown: { ja: "今日の受付は要確認", en: "Check today's hours" },
} as const satisfies Record<string, LocalizedText>;

/** The short open-now badge (widget cards, the docs' first screen): the state, its words and the time it names. */
export interface OpenBadge {
  state: ReachState;
  /** "受付中" / "Open now", "受付時間外", "24時間受付(返信は後日)", "受付時間は地域などで異なります", … */
  label: string;
  /** "17:15(日本時間)まで" when open, "火 8:30(日本時間)から" when closed; null when there is no such time. */
  when: string | null;
}

/** The badge for a status scheduleReach or contactReach computed at `now` (never at build time). */
export function openBadge(status: ReachStatus, now: Date, lang: Lang): OpenBadge {
  switch (status.state) {
    case "open":
      return {
        state: "open",
        label: OPEN_BADGE_LABELS.open[lang],
        when: status.closesAt ? untilLabel(formatJapanTime(status.closesAt, now, lang), lang) : null,
      };
    case "closed":
      return {
        state: "closed",
        label: OPEN_BADGE_LABELS.closed[lang],
        when: status.opensAt ? opensLabel(formatJapanTime(status.opensAt, now, lang), lang) : null,
      };
    case "deferred":
      return { state: "deferred", label: OPEN_BADGE_LABELS.deferred[lang], when: null };
    case "unknown":
      return {
        state: "unknown",
        label: (status.reason === "hours-vary" ? OPEN_BADGE_LABELS.hoursVary : OPEN_BADGE_LABELS.unknown)[lang],
        when: null,
      };
  }
}

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
