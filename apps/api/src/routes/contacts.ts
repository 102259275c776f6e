// GET /v1/contacts and /v1/contacts/{id}: consultation windows, filtered, optionally only those open at an instant.
import { z } from "@hono/zod-openapi";
import {
  AudienceSchema,
  CategorySchema,
  type Contact,
  ContactLocalizedSchema,
  contacts,
  dataVersion,
  filterContacts,
  isOpenAt,
  type Lang,
  LangSchema,
  localize,
  openStatus,
  ServiceSchema,
  UrgencySchema,
} from "@netstalker/data";
import { requestLang } from "../http/lang.js";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { itemEnvelope, LANG_DESCRIPTION, ListMetaSchema, listEnvelope } from "../openapi/envelope.js";
import { OpenStatusJsonSchema, openStatusToJson } from "../openapi/open-status.js";
import { createRouter, recordByIdRoute, recordListRoute } from "../openapi/route-kit.js";
import { bodies, recordKind, sendRecord } from "./shared.js";

const ContactListMetaSchema = ListMetaSchema.extend({
  at: z.iso.datetime().optional().meta({ description: "With open/at: the instant the windows were checked at." }),
  openStatus: z.record(z.string(), OpenStatusJsonSchema).optional().meta({
    description: "With open/at: each returned contact's open state at `at`, by contact id.",
  }),
}).meta({ id: "ContactListMeta", description: "About a list of contacts." });

/** `{ data: ContactLocalized[], meta }`. */
export const ContactListSchema = listEnvelope(ContactLocalizedSchema, "ContactList", ContactListMetaSchema);
/** `{ data: ContactLocalized, meta }`. */
export const ContactItemSchema = itemEnvelope(ContactLocalizedSchema, "ContactItem");

const ContactListQuerySchema = z
  .strictObject({
    lang: LangSchema.optional().meta({ description: LANG_DESCRIPTION }),
    category: CategorySchema.optional().meta({ description: "Only windows of this category." }),
    audience: AudienceSchema.optional().meta({ description: "Only windows for this audience." }),
    service: ServiceSchema.optional().meta({ description: "Only windows offering this service." }),
    urgency: UrgencySchema.optional().meta({ description: "Only windows of this urgency." }),
    open: z.literal("now").optional().meta({
      description:
        'open=now keeps only the windows open now (Japan time, Japanese holidays and the year end included). A window whose hours vary by place ("unknown", e.g. #9110) is NOT counted as open, nor is a form that accepts at any time but is answered later. Checked at the start of the current minute, which is exact because all hours are on whole minutes.',
    }),
    at: z.iso.datetime({ offset: true }).optional().meta({
      description:
        'An ISO 8601 instant with offset (e.g. 2026-12-01T10:00:00+09:00): keeps only the windows open then. "unknown" is NOT open.',
    }),
  })
  .refine((q) => q.open === undefined || q.at === undefined, {
    message: "Give either open=now or at=<instant>, not both.",
    path: ["at"],
  });

const listContactsRoute = recordListRoute({
  path: "/contacts",
  tag: "contacts",
  summary: "List consultation windows",
  details:
    "Every consultation window (相談窓口), localized, filtered by category, audience, service and urgency. With `open=now` or `at`, only the windows open at that instant, and `meta.openStatus` gives each one's state. A window whose hours are unknown is never listed as open.",
  query: ContactListQuerySchema,
  description: "The windows.",
  schema: ContactListSchema,
});

const getContactRoute = recordByIdRoute({
  path: "/contacts/{id}",
  tag: "contacts",
  summary: "Get one consultation window",
  example: "police-consultation-9110",
  description: "The window.",
  schema: ContactItemSchema,
});

const contactKind = recordKind("contact", "contact", contacts);
const MINUTE = 60_000;

type Filter = Pick<z.infer<typeof ContactListQuerySchema>, "category" | "audience" | "service" | "urgency">;

function filtered(filter: Filter): Contact[] {
  const { category, audience, service, urgency } = filter;
  return filterContacts(contacts, {
    ...(category && { category }),
    ...(audience && { audience }),
    ...(service && { service }),
    ...(urgency && { urgency }),
  });
}

function listBody(lang: Lang, filter: Filter, instant: number | undefined): z.infer<typeof ContactListSchema> {
  const list = filtered(filter);
  if (instant === undefined) {
    return { data: list.map((c) => localize(c, lang)), meta: { count: list.length, lang, dataVersion } };
  }
  // "unknown" is not open: a person told "open" must be able to get through.
  const open = list.filter((c) => isOpenAt(c, instant) === true);
  const statuses: Record<string, z.infer<typeof OpenStatusJsonSchema>> = {};
  for (const c of open) statuses[c.id] = openStatusToJson(openStatus(c, instant));
  return {
    data: open.map((c) => localize(c, lang)),
    meta: { count: open.length, lang, dataVersion, at: new Date(instant).toISOString(), openStatus: statuses },
  };
}

/** The contacts routes, mounted under /v1. */
export const contactsRoutes = createRouter()
  .openapi(listContactsRoute, async (c) => {
    const { lang: _lang, open, at, ...filter } = c.req.valid("query");
    const lang = requestLang(c);
    let instant: number | undefined;
    let cacheControl = CACHE_STATIC;
    if (open === "now") {
      const now = Date.now();
      instant = now - (now % MINUTE);
      // The answer holds until the next minute starts; a stale "open" could send someone to a closed line.
      cacheControl = `public, max-age=${Math.max(1, Math.floor((instant + MINUTE - now) / 1000))}`;
    } else if (at !== undefined) {
      instant = Date.parse(at);
    }
    const key = `contacts|${lang}|${filter.category ?? ""}|${filter.audience ?? ""}|${filter.service ?? ""}|${filter.urgency ?? ""}|${instant ?? ""}`;
    const body = await bodies.get(key, () => listBody(lang, filter, instant));
    return sendSerialised<z.infer<typeof ContactListSchema>>(c, body, { cacheControl, lang });
  })
  .openapi(getContactRoute, (c) =>
    sendRecord<z.infer<typeof ContactItemSchema>, Contact>(c, contactKind, c.req.valid("param").id),
  );
