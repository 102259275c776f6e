// HSDS ids are UUIDs; ours are kebab-case. Each HSDS id is a UUIDv5 (RFC 9562 §5.5) of our id in one fixed
// namespace, so the same record has the same HSDS id in every build, release and runtime, and anyone can recompute it.
import { v5 } from "uuid";

/**
 * The namespace of every HSDS id this dataset publishes. Fixed forever: changing it would change every id that
 * adopters have stored. It was drawn once at random (crypto.randomUUID) for this purpose.
 */
export const NETSTALKER_HSDS_NAMESPACE = "09548a91-3886-42c2-9435-7995ff80c896";

/** The HSDS tables we publish ids in: the name is part of the hashed key, so ids of different tables never clash. */
export type HsdsTable = "service" | "organization" | "phone" | "schedule" | "language" | "service_area";

/** The HSDS id of one of our records: UUIDv5 of `<table>/<key>` in NETSTALKER_HSDS_NAMESPACE. */
export function hsdsId(table: HsdsTable, key: string): string {
  return v5(`${table}/${key}`, NETSTALKER_HSDS_NAMESPACE);
}
