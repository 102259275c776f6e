// Completes the contacts file's compact records with their details from the details file (contact-details.ts), in
// the lazy details chunk. Only the detail fields are taken from it: a number, hour or name on a card on screen can
// never be changed by the second file. Every merged record is then checked against the whole published schema.
import type { ContactLocalized } from "@netstalker/data";
import { CHANNEL_DETAIL_FIELDS, CONTACT_DETAIL_FIELDS } from "./contact-details.js";
import { LiveDataError } from "./contacts-check.js";

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => typeof v === "object" && v !== null && !Array.isArray(v);

/** Copies the listed fields that `from` has onto a copy of `to`. */
function withFields(to: object, from: Loose, fields: readonly string[]): Loose {
  const out: Loose = { ...to };
  for (const key of fields) if (key in from) out[key] = from[key];
  return out;
}

/**
 * The compact contacts with their details (`details`: the details file's `contacts`, one entry per contact id with
 * the detail fields and a `channels` list in the same order), unchecked; throws a shape error naming the first
 * contact whose details are missing or do not fit.
 */
export function mergeContactDetails(compact: readonly ContactLocalized[], details: unknown): unknown[] {
  if (!Array.isArray(details)) throw new LiveDataError("shape", 'details file: "contacts" is not a list');
  const byId = new Map<unknown, Loose>();
  for (const d of details) if (isObject(d)) byId.set(d.id, d);
  return compact.map((contact) => {
    const d = byId.get(contact.id);
    const channels = d?.channels;
    if (!d || !Array.isArray(channels) || channels.length !== contact.channels.length) {
      throw new LiveDataError("shape", `details file: no details for contact ${contact.id}, or not one per channel`);
    }
    return {
      ...withFields(contact, d, CONTACT_DETAIL_FIELDS),
      channels: contact.channels.map((ch, i) => {
        const extra: unknown = channels[i];
        return isObject(extra) ? withFields(ch, extra, CHANNEL_DETAIL_FIELDS) : ch;
      }),
    };
  });
}
