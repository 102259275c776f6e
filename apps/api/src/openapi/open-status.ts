// How the data package's OpenStatus travels in JSON (its instants as ISO strings).
import { z } from "@hono/zod-openapi";
import type { OpenStatus } from "@netstalker/data";

/** OpenStatus as JSON: the data package's `openStatus()` with its Dates as ISO 8601 strings. */
export const OpenStatusJsonSchema = z
  .object({
    open: z.union([z.boolean(), z.literal("unknown")]).meta({
      description: 'true: open; false: closed; "unknown": hours vary by place or cannot be known (never a guess).',
    }),
    opensAt: z.iso.datetime().nullable().meta({ description: "When closed: the next opening, or null when unknown." }),
    closesAt: z.iso.datetime().nullable().meta({ description: "When open: when it closes, or null if always open." }),
  })
  .meta({ id: "OpenStatus", description: "Whether a window is open at an instant (Asia/Tokyo, Japanese holidays)." });
export type OpenStatusJson = z.infer<typeof OpenStatusJsonSchema>;

/** Converts the data package's OpenStatus to its JSON form. */
export function openStatusToJson(status: OpenStatus): OpenStatusJson {
  return {
    open: status.open,
    opensAt: status.opensAt ? status.opensAt.toISOString() : null,
    closesAt: status.closesAt ? status.closesAt.toISOString() : null,
  };
}
