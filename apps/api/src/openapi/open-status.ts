// How a contact's status now travels in JSON: the data package's contactReach (its state, the channel to use, and
// its instants as ISO strings). Every contact answer carries it, not only open=now.
import { z } from "@hono/zod-openapi";
import { type Contact, type ContactLocalized, REACH_STATES, type Reach, UNKNOWN_REASONS } from "@netstalker/data";

/** A contact's status at an instant, as JSON. */
export const OpenStatusJsonSchema = z
  .object({
    state: z.enum(REACH_STATES).meta({
      description:
        "open: a person answers now; closed: see opensAt; deferred: a form or e-mail that accepts now and is answered later; unknown: cannot be known from here (see reason), never a guess.",
    }),
    open: z.union([z.boolean(), z.literal("unknown")]).meta({
      description: 'true only when state is open; "unknown" when state is unknown; false otherwise.',
    }),
    opensAt: z.iso.datetime().nullable().meta({ description: "When closed: the next opening, or null when unknown." }),
    closesAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: "When open: when it closes, or null if it does not (24 hours) or cannot be known." }),
    reason: z.enum(UNKNOWN_REASONS).nullable().meta({
      description:
        "When unknown: hours-vary (hours differ by prefecture or office), unconfirmed-day (the sources do not say whether it answers today), no-hours. Otherwise null.",
    }),
    channel: z.number().int().min(0).meta({
      description:
        "Index in the contact's `channels` of the one to use now (the best open one, else the next to open).",
    }),
  })
  .meta({
    id: "OpenStatus",
    description:
      "A window's status at an instant (Asia/Tokyo, Japanese holidays and the year end), with the channel to use.",
  });
export type OpenStatusJson = z.infer<typeof OpenStatusJsonSchema>;

/** A contact's reach (the data package's contactReach) as JSON. */
export function reachToJson(reach: Reach<Contact | ContactLocalized>): OpenStatusJson {
  const { status } = reach;
  return {
    state: status.state,
    open: status.state === "open" ? true : status.state === "unknown" ? "unknown" : false,
    opensAt: status.opensAt ? status.opensAt.toISOString() : null,
    closesAt: status.closesAt ? status.closesAt.toISOString() : null,
    reason: status.reason,
    channel: reach.channelIndex,
  };
}
