// zod schemas of the change log, so the API documents /v1/changes from the same definitions the feed is built with.
import { z } from "zod";
import { LocalizedTextSchema, MAX_TOKEN_LENGTH } from "../schema/primitives.js";

/** A number, id, field name or version in the change log. */
const Token = z.string().max(MAX_TOKEN_LENGTH);

import { FEED_RECORD_KINDS, type RecordChange, type VersionChanges } from "./diff.js";

/** Numbers and short codes that appeared on or disappeared from a contact. */
export const PhoneNumberChangeSchema = z
  .strictObject({
    /** Numbers published in this version that the previous one did not have. */
    added: z.array(Token),
    /** Numbers the previous version published that this one does not. */
    removed: z.array(Token),
  })
  .meta({ id: "PhoneNumberChange", description: "Phone numbers and short codes added to or removed from a contact." });

/** One record's change in one version. */
export const RecordChangeSchema = z
  .strictObject({
    /** Which list the record is in. */
    kind: z.enum(FEED_RECORD_KINDS),
    /** The record's id. */
    id: Token,
    /** Its name, title or question, in both languages. */
    name: LocalizedTextSchema.nullable(),
    /** Top-level fields whose values changed (changed records only). */
    fields: z.array(Token),
    /** Phone-number changes, when there are any: re-check these on your side first. */
    phoneNumbers: PhoneNumberChangeSchema.optional(),
  })
  .meta({ id: "RecordChange", description: "A record added, changed or removed in a version." });

/** Everything that changed in one released version. */
export const VersionChangesSchema = z
  .strictObject({
    /** The released version. */
    version: Token,
    /** The version it is compared with; null for the first release. */
    previous: Token.nullable(),
    /** The release date, YYYY-MM-DD. */
    date: z.string().max(10),
    /** Records new in this version. */
    added: z.array(RecordChangeSchema),
    /** Records whose facts changed, with the fields. */
    changed: z.array(RecordChangeSchema),
    /** Records withdrawn in this version (they stay listed here for good). */
    removed: z.array(RecordChangeSchema),
  })
  .meta({ id: "VersionChanges", description: "What changed in one released version of @netstalker/data." });

// The schemas and the interfaces the diff builds must describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameRecord: Same<z.infer<typeof RecordChangeSchema>, RecordChange> = true;
const sameVersion: Same<z.infer<typeof VersionChangesSchema>, VersionChanges> = true;
void sameRecord;
void sameVersion;
