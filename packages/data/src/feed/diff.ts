// What changed between two released datasets, record by record: the facts partners need to re-check on their side.
// Pure: no file access, so the API (Node and Workers) and the build share it.

import { RECORD_KINDS, type RecordKind } from "../query/vocabulary.js";
import type { LocalizedText } from "../schema/primitives.js";

/** The record kinds a dataset holds, as the change feed reports them: every kind (see vocabulary.ts). */
export const FEED_RECORD_KINDS = RECORD_KINDS;
export type FeedRecordKind = RecordKind;

/** A record as the diff reads it: an id and any other fields (compared by value). */
export interface SnapshotRecord {
  id: string;
}

/** A record's fields by name. */
const fieldsOf = (record: SnapshotRecord) => record as unknown as Record<string, unknown>;

/** A released dataset as kept in packages/data/releases/<version>.json. */
export interface DatasetSnapshot {
  /** The @netstalker/data version that was released. */
  version: string;
  /** The release date, YYYY-MM-DD. */
  releasedAt: string;
  contacts: readonly SnapshotRecord[];
  remedies: readonly SnapshotRecord[];
  faqs: readonly SnapshotRecord[];
  /** Platforms; absent from snapshots released before the dataset had them (read as none). */
  platforms?: readonly SnapshotRecord[];
  /** Shared cautions; absent from snapshots released before the dataset had them (read as none). */
  cautions?: readonly SnapshotRecord[];
}

/** Phone numbers and short codes that appeared on or disappeared from a contact. */
export interface PhoneNumberChange {
  added: string[];
  removed: string[];
}

/** One record's change in one version. */
export interface RecordChange {
  kind: FeedRecordKind;
  id: string;
  /** The record's name (contacts, platforms), title (remedies, cautions) or question (FAQs), in both languages. */
  name: LocalizedText | null;
  /** Top-level fields whose values differ (changed records only), in schema order. */
  fields: string[];
  /** Numbers or short codes added or removed (contacts only, present only when any did). */
  phoneNumbers?: PhoneNumberChange;
}

/** Everything that changed in one released version. */
export interface VersionChanges {
  version: string;
  /** The version it is compared with; null for the first release. */
  previous: string | null;
  /** Release date, YYYY-MM-DD. */
  date: string;
  added: RecordChange[];
  changed: RecordChange[];
  removed: RecordChange[];
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/;

/** Whether a string is a version such as 0.1.0 or 1.0.0-rc.1. */
export function isVersion(value: string): boolean {
  return SEMVER.test(value);
}

/** Orders versions by semver precedence (pre-releases before their release). */
export function compareVersions(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) throw new RangeError(`not a version: ${pa ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  if (pa[4] === pb[4]) return 0;
  if (pa[4] === undefined) return 1;
  if (pb[4] === undefined) return -1;
  return pa[4] < pb[4] ? -1 : 1;
}

function nameOf(record: SnapshotRecord): LocalizedText | null {
  for (const key of ["name", "title", "question"]) {
    const value = fieldsOf(record)[key] as Partial<LocalizedText> | undefined;
    if (value && typeof value.ja === "string" && typeof value.en === "string") return { ja: value.ja, en: value.en };
  }
  return null;
}

/** Every number and short code a contact publishes. */
function dialledOf(record: SnapshotRecord): string[] {
  const { channels } = fieldsOf(record);
  if (!Array.isArray(channels)) return [];
  return (channels as Record<string, unknown>[]).flatMap((c) =>
    c.type === "phone" && typeof c.number === "string"
      ? [c.number]
      : c.type === "shortcode" && typeof c.code === "string"
        ? [c.code]
        : [],
  );
}

/** Key order does not matter to a reader: compare values with object keys sorted. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

function change(kind: FeedRecordKind, record: SnapshotRecord, fields: string[] = []): RecordChange {
  return { kind, id: record.id, name: nameOf(record), fields };
}

/** The changes from `previous` (null: nothing released before) to `next`. */
export function diffSnapshots(previous: DatasetSnapshot | null, next: DatasetSnapshot): VersionChanges {
  const result: VersionChanges = {
    version: next.version,
    previous: previous?.version ?? null,
    date: next.releasedAt,
    added: [],
    changed: [],
    removed: [],
  };
  for (const kind of FEED_RECORD_KINDS) {
    const before = new Map((previous?.[kind] ?? []).map((r) => [r.id, r]));
    // A kind an older snapshot does not have was empty then: all its records are added in the next version.
    const after = new Map((next[kind] ?? []).map((r) => [r.id, r]));
    for (const [id, record] of after) {
      const old = before.get(id);
      if (!old) {
        result.added.push(change(kind, record));
        continue;
      }
      const [now, was] = [fieldsOf(record), fieldsOf(old)];
      const keys = [...new Set([...Object.keys(now), ...Object.keys(was)])];
      const fields = keys.filter((k) => canonical(now[k]) !== canonical(was[k]));
      if (fields.length === 0) continue;
      const entry = change(kind, record, fields);
      if (kind === "contacts") {
        const was = new Set(dialledOf(old));
        const now = new Set(dialledOf(record));
        const added = [...now].filter((n) => !was.has(n));
        const removed = [...was].filter((n) => !now.has(n));
        if (added.length > 0 || removed.length > 0) entry.phoneNumbers = { added, removed };
      }
      result.changed.push(entry);
    }
    for (const [id, record] of before) {
      if (after.has(id)) continue;
      const entry = change(kind, record);
      if (kind === "contacts" && dialledOf(record).length > 0) {
        entry.phoneNumbers = { added: [], removed: dialledOf(record) };
      }
      result.removed.push(entry);
    }
  }
  return result;
}

/** Every released version's changes, newest first, from the snapshots in any order; throws on a repeated version. */
export function buildChangeLog(snapshots: readonly DatasetSnapshot[]): VersionChanges[] {
  const sorted = [...snapshots].sort((a, b) => compareVersions(a.version, b.version));
  sorted.forEach((s, i) => {
    if (i > 0 && sorted[i - 1]?.version === s.version) throw new Error(`two snapshots for version ${s.version}`);
  });
  return sorted.map((s, i) => diffSnapshots(sorted[i - 1] ?? null, s)).reverse();
}

/** Why `since` was refused. */
export class UnknownVersionError extends Error {
  constructor(
    readonly since: string,
    readonly reason: "malformed" | "unknown",
  ) {
    super(
      reason === "malformed"
        ? `"${since}" is not a version: use a released version such as 0.1.0`
        : `version ${since} was never released: use one of the versions in the change log`,
    );
    this.name = "UnknownVersionError";
  }
}

/** The versions released after `since` (all of them when it is absent); throws UnknownVersionError on a bad `since`. */
export function changesSince(log: readonly VersionChanges[], since?: string): VersionChanges[] {
  if (since === undefined) return [...log];
  if (!isVersion(since)) throw new UnknownVersionError(since, "malformed");
  if (!log.some((v) => v.version === since)) throw new UnknownVersionError(since, "unknown");
  return log.filter((v) => compareVersions(v.version, since) > 0);
}
