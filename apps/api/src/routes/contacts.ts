// GET /v1/contacts and /v1/contacts/{id}: consultation windows, filtered, each with its status now (Japan time), or
// only those open at an instant; `channel=text` for the ways that need no voice call, `region` for a prefecture.
import { z } from "@hono/zod-openapi";
import {
  AudienceSchema,
  CategorySchema,
  CHANNEL_FILTERS,
  type ChannelFilter,
  type Contact,
  ContactLocalizedSchema,
  contactReach,
  contacts,
  dataVersion,
  filterContacts,
  isNoVoiceChannel,
  type Lang,
  LangSchema,
  localize,
  type Prefecture,
  parsePrefecture,
  type Reach,
  reachableNow,
  ServiceSchema,
  servesRegion,
  UrgencySchema,
} from "@netstalker/data";
import type { Context } from "hono";
import { requestLang } from "../http/lang.js";
import { CACHE_STATIC, sendSerialised } from "../http/send.js";
import { LANG_DESCRIPTION, ListMetaSchema, listEnvelope, MetaSchema } from "../openapi/envelope.js";
import { OpenStatusJsonSchema, reachToJson } from "../openapi/open-status.js";
import { createRouter, recordByIdRoute, recordListRoute } from "../openapi/route-kit.js";
import { bodies, recordNotFound } from "./shared.js";

const PrefectureJsonSchema = z
  .object({
    code: z.string().meta({ description: "JIS X 0401 code, 01-47." }),
    ja: z.string(),
    en: z.string(),
  })
  .meta({ id: "Prefecture", description: "A prefecture, by its JIS code and its names." });

const ContactListMetaSchema = ListMetaSchema.extend({
  at: z.iso.datetime().meta({ description: "The instant the statuses are for (the current minute unless `at`)." }),
  openStatus: z.record(z.string(), OpenStatusJsonSchema).meta({
    description: "Each returned contact's status at `at`, by contact id.",
  }),
  region: PrefectureJsonSchema.optional().meta({ description: "With region: the prefecture the list is for." }),
}).meta({ id: "ContactListMeta", description: "About a list of contacts." });

const ContactItemMetaSchema = MetaSchema.extend({
  at: z.iso.datetime().meta({ description: "The instant the status is for (the current minute)." }),
  openStatus: OpenStatusJsonSchema,
}).meta({ id: "ContactItemMeta", description: "About one contact, with its status now." });

/** `{ data: ContactLocalized[], meta }`. */
export const ContactListSchema = listEnvelope(ContactLocalizedSchema, "ContactList", ContactListMetaSchema);
/** `{ data: ContactLocalized, meta }` with the contact's status now. */
export const ContactItemSchema = z
  .object({ data: ContactLocalizedSchema, meta: ContactItemMetaSchema })
  .meta({ id: "ContactItem", description: "One record and what it is." });

const REGION_MESSAGE = "region is a prefecture: a JIS code 01-47 or a name in Japanese or English (13, 東京都, Tokyo).";

const ContactListQuerySchema = z
  .strictObject({
    lang: LangSchema.optional().meta({ description: LANG_DESCRIPTION }),
    category: CategorySchema.optional().meta({ description: "Only windows of this category." }),
    audience: AudienceSchema.optional().meta({ description: "Only windows for this audience." }),
    service: ServiceSchema.optional().meta({ description: "Only windows offering this service." }),
    urgency: UrgencySchema.optional().meta({ description: "Only windows of this urgency." }),
    channel: z.enum(CHANNEL_FILTERS).optional().meta({
      description:
        "channel=text: for a person who cannot talk on the phone. Keeps only the windows reachable without a voice call (chat, LINE, e-mail, forms, …: NO_VOICE_CHANNEL_TYPES in @netstalker/data), each with only those channels, and lists them in reachable order (see `order`).",
    }),
    region: z
      .string()
      .max(40)
      .refine((value) => parsePrefecture(value) !== undefined, { message: REGION_MESSAGE })
      .optional()
      .meta({
        description:
          "The person's prefecture: a JIS code 01-47 or its name in Japanese or English (13, 東京都, 東京, Tokyo). Keeps the national windows and that prefecture's own; regional windows of other prefectures are left out.",
        example: "13",
      }),
    order: z.enum(["curated", "reachable"]).optional().meta({
      description:
        "curated (default; reachable with channel=text): the editors' order, most urgent first. reachable: the order of the widget's first screen: answering now, hours unknown, answered later, closed by next opening; without region, regional windows last.",
    }),
    open: z.literal("now").optional().meta({
      description:
        'open=now keeps only the windows open now (Japan time, Japanese holidays and the year end included). A window whose hours vary by place ("unknown", e.g. #9110) is NOT counted as open, nor is a form that accepts at any time but is answered later. Checked at the start of the current minute, which is exact because all hours are on whole minutes.',
    }),
    at: z.iso.datetime({ offset: true }).optional().meta({
      description:
        'An ISO 8601 instant with offset (e.g. 2026-12-01T10:00:00+09:00): keeps only the windows open then, with their status then. "unknown" is NOT open.',
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
    "Every consultation window (相談窓口), localized, filtered by category, audience, service, urgency, channel and region, each with its status now in `meta.openStatus` (open; closed with the next opening; answered later; unknown with why) and the channel to use. With `open=now` or `at`, only the windows open at that instant. A window whose hours are unknown is never listed as open.",
  query: ContactListQuerySchema,
  description: "The windows.",
  schema: ContactListSchema,
});

const getContactRoute = recordByIdRoute({
  path: "/contacts/{id}",
  tag: "contacts",
  summary: "Get one consultation window",
  example: "police-consultation-9110",
  description: "The window, with its status now in `meta.openStatus`.",
  schema: ContactItemSchema,
});

const contactsById = new Map(contacts.map((c) => [c.id, c]));
const MINUTE = 60_000;

type Query = z.infer<typeof ContactListQuerySchema>;

function filtered(query: Query, region: Prefecture | undefined): Contact[] {
  const { category, audience, service, urgency } = query;
  const list = filterContacts(contacts, {
    ...(category && { category }),
    ...(audience && { audience }),
    ...(service && { service }),
    ...(urgency && { urgency }),
  });
  return region ? list.filter((c) => servesRegion(c, region)) : list;
}

/** With channel=text, a contact keeps only its no-voice channels (and is left out when it has none). */
function forChannel(contact: Contact, channel: ChannelFilter): Contact | null {
  if (channel === "any") return contact;
  const channels = contact.channels.filter(isNoVoiceChannel);
  return channels.length > 0 ? { ...contact, channels } : null;
}

/** The current minute, and a Cache-Control that holds only until the next one starts (a stale "open" misleads). */
function currentMinute(): { instant: number; cacheControl: string } {
  const now = Date.now();
  const instant = now - (now % MINUTE);
  return { instant, cacheControl: `public, max-age=${Math.max(1, Math.floor((instant + MINUTE - now) / 1000))}` };
}

function listBody(lang: Lang, query: Query, instant: number, openOnly: boolean): z.infer<typeof ContactListSchema> {
  const channel = query.channel ?? "any";
  const region = query.region === undefined ? undefined : parsePrefecture(query.region);
  const list = filtered(query, region).flatMap((c) => forChannel(c, channel) ?? []);
  let reaches: Reach<Contact>[];
  if ((query.order ?? (channel === "text" ? "reachable" : "curated")) === "reachable") {
    const screen = reachableNow(list, instant, { channel, ...(region && { region }) });
    reaches = [...screen.groups, ...screen.elsewhere].flatMap((g) => g.items);
  } else {
    reaches = list.flatMap((c) => contactReach(c, instant, channel) ?? []);
  }
  // "unknown" is not open: a person told "open" must be able to get through.
  if (openOnly) reaches = reaches.filter((r) => r.status.state === "open");
  const openStatus: Record<string, z.infer<typeof OpenStatusJsonSchema>> = {};
  for (const r of reaches) openStatus[r.contact.id] = reachToJson(r);
  return {
    data: reaches.map((r) => localize(r.contact, lang)),
    meta: {
      count: reaches.length,
      lang,
      dataVersion,
      at: new Date(instant).toISOString(),
      openStatus,
      ...(region && { region: { code: region.code, ja: region.ja, en: region.en } }),
    },
  };
}

function cacheKey(parts: readonly unknown[]): string {
  return parts.map((p) => p ?? "").join("|");
}

/** The contacts routes, mounted under /v1. */
export const contactsRoutes = createRouter()
  .openapi(listContactsRoute, async (c) => {
    const query = c.req.valid("query");
    const lang = requestLang(c);
    let { instant, cacheControl } = currentMinute();
    if (query.at !== undefined) {
      // A fixed instant: the answer never changes.
      instant = Date.parse(query.at);
      cacheControl = CACHE_STATIC;
    }
    const openOnly = query.open === "now" || query.at !== undefined;
    const region = query.region === undefined ? undefined : parsePrefecture(query.region)?.code;
    const { category, audience, service, urgency, channel, order } = query;
    const key = cacheKey([
      "contacts",
      lang,
      category,
      audience,
      service,
      urgency,
      channel,
      region,
      order,
      openOnly,
      instant,
    ]);
    const body = await bodies.get(key, () => listBody(lang, query, instant, openOnly));
    return sendSerialised<z.infer<typeof ContactListSchema>>(c, body, { cacheControl, lang });
  })
  .openapi(getContactRoute, async (c) => {
    const id = c.req.valid("param").id;
    const contact = contactsById.get(id);
    if (!contact) return recordNotFound("contact", id);
    return sendContact(c, contact);
  });

async function sendContact(c: Context, contact: Contact) {
  const lang = requestLang(c);
  const { instant, cacheControl } = currentMinute();
  const body = await bodies.get(`contact|${lang}|${contact.id}|${instant}`, () => {
    const reach = contactReach(contact, instant);
    if (!reach) throw new Error(`contact ${contact.id} has no channel`);
    return {
      data: localize(contact, lang),
      meta: { lang, dataVersion, at: new Date(instant).toISOString(), openStatus: reachToJson(reach) },
    };
  });
  return sendSerialised<z.infer<typeof ContactItemSchema>>(c, body, { cacheControl, lang });
}
