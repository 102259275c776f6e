import type { Lang } from "@netstalker/data";
import type { OpenStatus } from "@netstalker/data/query";

const TZ = "Asia/Tokyo";

/** A moment in Japan time for a sentence: "12月1日(月) 8:30" / "Mon 1 Dec, 8:30"; only the time when it is today. */
export function formatJapanTime(at: Date, now: Date, lang: Lang): string {
  const day = (d: Date) => d.toLocaleDateString("en-CA", { timeZone: TZ });
  const time = at.toLocaleTimeString(lang === "ja" ? "ja-JP" : "en-GB", {
    timeZone: TZ,
    hour: "numeric",
    minute: "2-digit",
  });
  if (day(at) === day(now)) return time;
  const date = at.toLocaleDateString(lang === "ja" ? "ja-JP" : "en-GB", {
    timeZone: TZ,
    month: lang === "ja" ? "numeric" : "short",
    day: "numeric",
    weekday: "short",
  });
  return `${date} ${time}`;
}

/** The open-now sentence for a status the data package computed at `now` (in the reader's browser, never at build). */
export function describeOpenStatus(status: OpenStatus, now: Date, lang: Lang): string {
  const ja = lang === "ja";
  if (status.open === "unknown") {
    return ja
      ? "いま受付中かどうかは、ここでは分かりません。上の受付時間をご確認ください。"
      : "Whether it is open right now cannot be known from here. Please check the hours above.";
  }
  if (status.open) {
    if (!status.closesAt) return ja ? "いま受付中です(24時間)。" : "Open now (24 hours).";
    const until = formatJapanTime(status.closesAt, now, lang);
    return ja ? `いま受付中です(日本時間 ${until} まで)。` : `Open now, until ${until} Japan time.`;
  }
  if (!status.opensAt) return ja ? "いまは受付時間外です。" : "Closed now.";
  const from = formatJapanTime(status.opensAt, now, lang);
  return ja ? `いまは受付時間外です。次の受付は日本時間 ${from} からです。` : `Closed now. Opens ${from} Japan time.`;
}
