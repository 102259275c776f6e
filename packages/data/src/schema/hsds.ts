// The HSDS 3.0 objects' one-to-one fields and page object as zod schemas: their TypeScript types (hsds/types.ts) and
// the API's OpenAPI description of them (apps/api, which lets them carry more fields) both come from here, so the
// fields are written once. Field meanings are the specification's; `netstalker_*` fields are our profile's
// (hsds/profile.ts). Here, not in hsds/, because the HSDS export itself runs without zod.
import { z } from "zod";
import { ConfidenceSchema, IdSchema, SourceSchema } from "./primitives.js";
import { ScheduleSchema } from "./schedule.js";
import { AudienceSchema, CategorySchema, ServiceSchema, UrgencySchema } from "./taxonomy.js";

/** A UUIDv5 of one of our ids (hsds/ids.ts). */
function hsdsUuid(description: string) {
  return z.uuid().meta({ description: `UUIDv5 of ${description} (see the profile).` });
}

/** The schedule kinds, read from the schedule union itself so that a new kind is listed here without a second list. */
const ScheduleTypeSchema = z.enum(ScheduleSchema.options.map((option) => option.shape.type.value));

/** The one-to-one fields of an HSDS `organization`. */
export const HsdsOrganizationListItemSchema = z.strictObject({
  id: hsdsUuid("`organization/<its Japanese name>`"),
  name: z.string().meta({ description: "The name in the export's language." }),
  alternate_name: z.string().meta({ description: "The name in the other language." }),
  description: z.string().meta({ description: "Which services in this directory it runs." }),
  website: z.url().meta({ description: "Its official site." }),
});

/** The one-to-one fields of an HSDS `service`, as `GET /services` lists them, with our profile's fields. */
export const HsdsServiceListItemSchema = z.strictObject({
  id: hsdsUuid("`service/<contact id>`"),
  organization_id: hsdsUuid("`organization/<its Japanese name>`: the organization that runs it"),
  name: z.string().meta({ description: "The name in the export's language." }),
  alternate_name: z.string().meta({ description: "The name in the other language." }),
  description: z.string().meta({ description: "What it helps with, then what happens when you contact it." }),
  url: z
    .url()
    .meta({ description: "Its main web page (the first web or form channel), else the organization's site." }),
  status: z.literal("active").meta({ description: "Always active: we remove records of windows that close." }),
  fees_description: z.string().meta({ description: "What it costs, and who pays for the call." }),
  assured_date: z.iso
    .date()
    .meta({ description: "The date its facts were last checked against official sources (YYYY-MM-DD)." }),
  alert: z
    .string()
    .optional()
    .meta({ description: "The caveat, for records we are less than sure of: show it with the record." }),
  netstalker_id: IdSchema.meta({ description: "Profile: our id (kebab-case), as /v1/contacts/{id} takes it." }),
  netstalker_urgency: UrgencySchema,
  netstalker_categories: z.array(CategorySchema).meta({ description: "Profile: what kind of body it is." }),
  netstalker_audiences: z.array(AudienceSchema).meta({ description: "Profile: who it is for." }),
  netstalker_services: z.array(ServiceSchema).meta({ description: "Profile: what it does." }),
  netstalker_schedule_type: ScheduleTypeSchema.meta({
    description:
      "Profile: always, weekly, varies (hours differ by place) or deferred (accepts any time, answered later).",
  }),
  netstalker_answered_later: z
    .boolean()
    .meta({ description: 'Profile: true when a person reads and answers later: never "open now".' }),
  netstalker_confidence: ConfidenceSchema,
  netstalker_sources: z
    .array(SourceSchema)
    .meta({ description: "Profile: the official pages the facts were checked against." }),
});

/** The HSDS 3.0 page object of a paginated list of `item`. */
export function hsdsPageSchema<T extends z.ZodType>(item: T) {
  return z.strictObject({
    total_items: z.number().int().min(0).meta({ description: "How many items there are in all." }),
    total_pages: z.number().int().min(1).meta({ description: "How many pages there are (at least 1)." }),
    page_number: z.number().int().min(1).meta({ description: "This page's number, from 1." }),
    size: z.number().int().min(0).meta({ description: "How many items this page holds." }),
    first_page: z.boolean().meta({ description: "Whether this is the first page." }),
    last_page: z.boolean().meta({ description: "Whether this is the last page." }),
    empty: z.boolean().meta({ description: "Whether this page holds nothing." }),
    contents: z.array(item).meta({ description: "This page's items." }),
  });
}
