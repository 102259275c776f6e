// OpenAPI descriptions of the HSDS answers. The objects themselves are Open Referral's (HSDS 3.0.1) and are built by
// @netstalker/data/hsds, which tests them against the official schemas and against the zod schemas of their
// one-to-one fields used here; the nested tables are outlined and point at the official schemas for the rest (HSDS
// objects may carry more fields than listed here).
import { z } from "@hono/zod-openapi";
import {
  hsdsPageSchema,
  LangSchema,
  HsdsOrganizationListItemSchema as OrganizationFields,
  HsdsServiceListItemSchema as ServiceFields,
} from "@netstalker/data";
import { HSDS_DEFAULT_PER_PAGE, HSDS_MAX_PER_PAGE } from "@netstalker/data/hsds";
import { LANG_DESCRIPTION } from "../openapi/envelope.js";

const SPEC = "https://docs.openreferral.org/en/latest/hsds/schema_reference.html";
const uuid = z.uuid().meta({ description: "A UUIDv5 of our id (see the profile)." });

/** The one-to-one fields of an HSDS organization (@netstalker/data's schema; HSDS objects may carry more). */
export const HsdsOrganizationListItemSchema = OrganizationFields.loose().meta({
  id: "HsdsOrganizationListItem",
  description: `An HSDS 3.0 organization's one-to-one fields (${SPEC}#organization).`,
});

/** The one-to-one fields of an HSDS service, with our profile's `netstalker_*` fields (@netstalker/data's schema). */
export const HsdsServiceListItemSchema = ServiceFields.loose().meta({
  id: "HsdsServiceListItem",
  description: `An HSDS 3.0 service's one-to-one fields (${SPEC}#service).`,
});

/** A fully nested HSDS service. */
export const HsdsServiceSchema = HsdsServiceListItemSchema.extend({
  phones: z.array(z.looseObject({ id: uuid, number: z.string() })),
  schedules: z.array(z.looseObject({ id: uuid, description: z.string() })),
  service_areas: z.array(z.looseObject({ id: uuid, name: z.string() })),
  languages: z.array(z.looseObject({ id: uuid, name: z.string(), code: z.string() })),
  organization: HsdsOrganizationListItemSchema,
  netstalker_prepare: z.array(z.string()),
}).meta({
  id: "HsdsService",
  description: `A fully nested HSDS 3.0 service: phones, schedules, service areas, languages, organization (${SPEC}#service).`,
});

/** A fully nested HSDS organization with its services' one-to-one fields. */
export const HsdsOrganizationSchema = HsdsOrganizationListItemSchema.extend({
  services: z.array(HsdsServiceListItemSchema),
}).meta({ id: "HsdsOrganization", description: "An HSDS 3.0 organization with the services it runs." });

/** The HSDS page object around `item` (@netstalker/data's schema). */
function page<T extends z.ZodType>(item: T, id: string) {
  return hsdsPageSchema(item)
    .strip()
    .meta({ id, description: "An HSDS 3.0 page: the Page object of the HSDS OpenAPI, with `contents`." });
}
/** A page of services. */
export const HsdsServicePageSchema = page(HsdsServiceListItemSchema, "HsdsServicePage");
/** A page of organizations. */
export const HsdsOrganizationPageSchema = page(HsdsOrganizationListItemSchema, "HsdsOrganizationPage");

/** `GET /hsds/`: what this HSDS API is. */
export const HsdsAboutSchema = z
  .object({
    version: z.string().meta({ description: "The HSDS version of this API.", example: "3.0.1" }),
    profile: z.url().meta({ description: "URL of this API's HSDS profile (what it adds to HSDS)." }),
    openapi_url: z.url().meta({ description: "URL of the OpenAPI document that defines this API." }),
  })
  .meta({ id: "HsdsAbout", description: "The HSDS API's version, profile and OpenAPI document." });

/** `GET /hsds/profile`: the profile as data. */
export const HsdsProfileSchema = z
  .looseObject({ name: z.string(), hsds_version: z.string(), description: z.string() })
  .meta({ id: "HsdsProfile", description: "What this export adds to HSDS 3.0 and the conventions it follows." });

/** `?page=&per_page=&lang=` of the HSDS lists. */
export const HsdsPageQuerySchema = z.strictObject({
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .meta({ description: "The page, from 1 (default 1). A page past the end is empty." }),
  per_page: z.coerce
    .number()
    .int()
    .min(1)
    .max(HSDS_MAX_PER_PAGE)
    .optional()
    .meta({ description: `Items per page, 1-${HSDS_MAX_PER_PAGE} (default ${HSDS_DEFAULT_PER_PAGE}).` }),
  lang: LangSchema.optional().meta({ description: LANG_DESCRIPTION }),
});

/** `{id}` of an HSDS object: a UUID. */
export const HsdsIdParams = z.object({
  id: z.uuid().meta({ param: { name: "id", in: "path" }, description: "The object's HSDS id (a UUID)." }),
});
