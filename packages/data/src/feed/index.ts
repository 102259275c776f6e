// @netstalker/data/feed: the change log of released datasets and the logic that builds it, for the API and partners.
import { changeLog as generated } from "../generated/changes.js";
import type { VersionChanges } from "./diff.js";

export {
  buildChangeLog,
  changesSince,
  compareVersions,
  type DatasetSnapshot,
  diffSnapshots,
  FEED_RECORD_KINDS,
  type FeedRecordKind,
  isVersion,
  type PhoneNumberChange,
  type RecordChange,
  type SnapshotRecord,
  UnknownVersionError,
  type VersionChanges,
} from "./diff.js";
export {
  type ChangeFeed,
  type ChangeFeedItem,
  type ChangeFeedOptions,
  describeVersion,
  toJsonFeed,
} from "./json-feed.js";

/** Every released version's changes, newest first, built from packages/data/releases/ at generate time. */
export const changeLog: readonly VersionChanges[] = generated;
export { PhoneNumberChangeSchema, RecordChangeSchema, VersionChangesSchema } from "./schema.js";
