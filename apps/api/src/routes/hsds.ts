// Open Referral HSDS 3.0 endpoints over @netstalker/data/hsds: GET /hsds/, /hsds/profile, /hsds/services[/{id}],
// /hsds/organizations[/{id}]. Bodies depend only on (route, lang, page) and are serialised once, like /v1.
import { createRoute, type z } from "@hono/zod-openapi";
import { contacts, dataVersion, type Lang } from "@netstalker/data";
import {
  HSDS_DEFAULT_PER_PAGE,
  HSDS_PROFILE,
  HSDS_VERSION,
  type HsdsOrganization,
  type HsdsOrganizationListItem,
  type HsdsService,
  type HsdsServiceListItem,
  hsdsPage,
  hsdsServiceListItem,
  toHsds,
} from "@netstalker/data/hsds";
import type { Context } from "hono";
import { requestLang } from "../http/lang.js";
import { problemResponses } from "../http/problem.js";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { LangQuerySchema } from "../openapi/params.js";
import { commonGetResponses, createRouter } from "../openapi/route-kit.js";
import {
  HsdsAboutSchema,
  HsdsIdParams,
  HsdsOrganizationPageSchema,
  HsdsOrganizationSchema,
  HsdsPageQuerySchema,
  HsdsProfileSchema,
  HsdsServicePageSchema,
  HsdsServiceSchema,
} from "./hsds-schemas.js";
import { bodies, recordNotFound } from "./shared.js";

const TAG = "hsds";
const json = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { "application/json": { schema } },
});

const aboutRoute = createRoute({
  method: "get",
  // HSDS calls this `GET /` of the HSDS API; /hsds/ answers the same (see hsdsRoutes), but a path ending in a slash
  // is not what generators expect.
  path: "/hsds",
  tags: [TAG],
  operationId: "getHsdsApi",
  summary: "About the HSDS API",
  description: "The HSDS version this API follows, its profile and its OpenAPI document (HSDS's `GET /`).",
  responses: { 200: json("The HSDS version, profile and OpenAPI URLs.", HsdsAboutSchema), ...commonGetResponses },
});

const profileRoute = createRoute({
  method: "get",
  path: "/hsds/profile",
  tags: [TAG],
  operationId: "getHsdsProfile",
  summary: "The HSDS profile",
  description:
    "What this export adds to HSDS 3.0 (`netstalker_*` fields: answered later, traces, what to prepare, sources), how ids are made (UUIDv5 in a fixed namespace), and what HSDS cannot say (open status: ask /v1/contacts/{id}).",
  responses: { 200: json("The profile.", HsdsProfileSchema), ...commonGetResponses },
});

const listServicesRoute = createRoute({
  method: "get",
  path: "/hsds/services",
  tags: [TAG],
  operationId: "listHsdsServices",
  summary: "List services (HSDS)",
  description: "Every consultation window as an HSDS 3.0 service (one-to-one fields), a page at a time.",
  request: { query: HsdsPageQuerySchema },
  responses: { 200: json("A page of services.", HsdsServicePageSchema), ...commonGetResponses },
});

const getServiceRoute = createRoute({
  method: "get",
  path: "/hsds/services/{id}",
  tags: [TAG],
  operationId: "getHsdsService",
  summary: "Get one service (HSDS)",
  description: "A fully nested HSDS 3.0 service: phones, schedules, service areas, languages and organization.",
  request: { params: HsdsIdParams, query: LangQuerySchema },
  responses: { 200: json("The service.", HsdsServiceSchema), ...commonGetResponses, ...problemResponses(404) },
});

const listOrganizationsRoute = createRoute({
  method: "get",
  path: "/hsds/organizations",
  tags: [TAG],
  operationId: "listHsdsOrganizations",
  summary: "List organizations (HSDS)",
  description: "Every body that runs a window, as an HSDS 3.0 organization (one-to-one fields), a page at a time.",
  request: { query: HsdsPageQuerySchema },
  responses: { 200: json("A page of organizations.", HsdsOrganizationPageSchema), ...commonGetResponses },
});

const getOrganizationRoute = createRoute({
  method: "get",
  path: "/hsds/organizations/{id}",
  tags: [TAG],
  operationId: "getHsdsOrganization",
  summary: "Get one organization (HSDS)",
  description: "An HSDS 3.0 organization with the services it runs (their one-to-one fields).",
  request: { params: HsdsIdParams, query: LangQuerySchema },
  responses: {
    200: json("The organization.", HsdsOrganizationSchema),
    ...commonGetResponses,
    ...problemResponses(404),
  },
});

interface Directory {
  services: HsdsServiceListItem[];
  organizations: HsdsOrganizationListItem[];
  serviceById: Map<string, HsdsService>;
  organizationById: Map<string, HsdsOrganization>;
}
const directories = new Map<Lang, Directory>();

/** The HSDS directory in `lang`, built on first use (25 contacts: microseconds) and kept for the process. */
function directory(lang: Lang): Directory {
  let found = directories.get(lang);
  if (!found) {
    const { services, organizations } = toHsds(contacts, lang);
    found = {
      // The lists carry one-to-one fields only, as HSDS lists do; the by-id answers are fully nested.
      services: contacts.map((contact) => hsdsServiceListItem(contact, lang)),
      organizations: organizations.map(({ services: _services, ...fields }) => fields),
      serviceById: new Map(services.map((s) => [s.id, s])),
      organizationById: new Map(organizations.map((o) => [o.id, o])),
    };
    directories.set(lang, found);
  }
  return found;
}

const send = <T>(c: Context, key: string, lang: Lang | undefined, build: () => unknown) =>
  bodies
    .get(key, build)
    .then((body) => sendSerialised<T>(c, body, { cacheControl: CACHE_STATIC, ...(lang && { lang }) }));

/** `GET /hsds` (and /hsds/, see app.ts): absolute URLs from the request's own origin (the API runs on whatever host an adopter deploys it on). */
export function hsdsAbout(c: Context) {
  const origin = new URL(c.req.url).origin;
  return send<z.infer<typeof HsdsAboutSchema>>(c, `hsds|about|${origin}`, undefined, () => ({
    version: HSDS_VERSION,
    profile: `${origin}/hsds/profile`,
    openapi_url: `${origin}/openapi.json`,
  }));
}

/** The HSDS routes, mounted at the root (HSDS clients expect /hsds/services beside /hsds/). */
export const hsdsRoutes = createRouter()
  .openapi(aboutRoute, (c) => hsdsAbout(c))
  .openapi(profileRoute, (c) =>
    send<z.infer<typeof HsdsProfileSchema>>(c, "hsds|profile", undefined, () => ({ ...HSDS_PROFILE, dataVersion })),
  )
  .openapi(listServicesRoute, (c) => {
    const { page = 1, per_page = HSDS_DEFAULT_PER_PAGE } = c.req.valid("query");
    const lang = requestLang(c);
    return send<z.infer<typeof HsdsServicePageSchema>>(c, `hsds|services|${lang}|${page}|${per_page}`, lang, () =>
      hsdsPage(directory(lang).services, page, per_page),
    );
  })
  .openapi(getServiceRoute, async (c) => {
    const { id } = c.req.valid("param");
    const lang = requestLang(c);
    if (!directory(lang).serviceById.has(id)) return recordNotFound("HSDS service", id);
    return send<z.infer<typeof HsdsServiceSchema>>(c, `hsds|service|${lang}|${id}`, lang, () =>
      directory(lang).serviceById.get(id),
    );
  })
  .openapi(listOrganizationsRoute, (c) => {
    const { page = 1, per_page = HSDS_DEFAULT_PER_PAGE } = c.req.valid("query");
    const lang = requestLang(c);
    return send<z.infer<typeof HsdsOrganizationPageSchema>>(
      c,
      `hsds|organizations|${lang}|${page}|${per_page}`,
      lang,
      () => hsdsPage(directory(lang).organizations, page, per_page),
    );
  })
  .openapi(getOrganizationRoute, async (c) => {
    const { id } = c.req.valid("param");
    const lang = requestLang(c);
    if (!directory(lang).organizationById.has(id)) return recordNotFound("HSDS organization", id);
    return send<z.infer<typeof HsdsOrganizationSchema>>(c, `hsds|organization|${lang}|${id}`, lang, () =>
      directory(lang).organizationById.get(id),
    );
  });
