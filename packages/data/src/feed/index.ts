// @netstalker/data/feed: the change log of released datasets and the logic that builds it, for the API and partners.
import { changeLog as generated } from "../generated/changes.js";
import type { VersionChanges } from "./diff.js";

// Everything diff.ts exports is public (the change-log types and the logic that builds and reads the log), so the
// list is not written twice.
export * from "./diff.js";
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
