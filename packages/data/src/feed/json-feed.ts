// The change log as a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): one item per released version, the
// structured changes under the `_netstalker` extension so feed readers show text and partners' scripts read data.
import type { RecordChange, VersionChanges } from "./diff.js";

/** A JSON Feed 1.1 item with our extension. */
export interface ChangeFeedItem {
  id: string;
  title: string;
  content_text: string;
  date_published: string;
  _netstalker: VersionChanges;
}

/** A JSON Feed 1.1 document. */
export interface ChangeFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description: string;
  language: string;
  items: ChangeFeedItem[];
}

/** Where the feed and its human-readable page live. */
export interface ChangeFeedOptions {
  homePageUrl?: string;
  feedUrl?: string;
}

function line(c: RecordChange): string {
  const name = c.name ? `${c.name.en} / ${c.name.ja}` : c.id;
  const fields = c.fields.length > 0 ? ` — fields: ${c.fields.join(", ")}` : "";
  const numbers = c.phoneNumbers
    ? ` — PHONE NUMBERS${c.phoneNumbers.added.length ? ` added ${c.phoneNumbers.added.join(", ")}` : ""}${c.phoneNumbers.removed.length ? ` removed ${c.phoneNumbers.removed.join(", ")}` : ""}`
    : "";
  return `- ${c.kind}/${c.id} (${name})${fields}${numbers}`;
}

/** The changes of one version as plain text, phone-number changes first because they matter most. */
export function describeVersion(v: VersionChanges): string {
  const numbers = [...v.changed, ...v.removed].filter((c) => c.phoneNumbers);
  const parts = [
    v.previous ? `Changes since ${v.previous}.` : "First release: every record is new.",
    numbers.length > 0 ? `Phone numbers changed on: ${numbers.map((c) => c.id).join(", ")}.` : "",
    v.added.length ? `Added (${v.added.length}):\n${v.added.map(line).join("\n")}` : "",
    v.changed.length ? `Changed (${v.changed.length}):\n${v.changed.map(line).join("\n")}` : "",
    v.removed.length ? `Removed (${v.removed.length}):\n${v.removed.map(line).join("\n")}` : "",
  ];
  return parts.filter((p) => p !== "").join("\n\n");
}

/** The change log as a JSON Feed 1.1 document, newest version first. */
export function toJsonFeed(log: readonly VersionChanges[], options: ChangeFeedOptions = {}): ChangeFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: "@netstalker/data changes",
    ...(options.homePageUrl ? { home_page_url: options.homePageUrl } : {}),
    ...(options.feedUrl ? { feed_url: options.feedUrl } : {}),
    description:
      "Records added, changed and removed in each released version of @netstalker/data, with phone-number changes called out.",
    language: "en",
    items: log.map((v) => ({
      id: `@netstalker/data@${v.version}`,
      title: `@netstalker/data ${v.version}: ${v.added.length} added, ${v.changed.length} changed, ${v.removed.length} removed`,
      content_text: describeVersion(v),
      date_published: `${v.date}T00:00:00+09:00`,
      _netstalker: v,
    })),
  };
}
