// The HSDS 3.0 objects this export writes: the subset of the official tables we fill, plus our profile's fields
// (prefixed `netstalker_`, documented in profile.ts). Field meanings are the specification's. The one-to-one fields
// of services and organizations and the page object are zod schemas (schema/hsds.ts), which the API's OpenAPI document
// also describes them with: their types are inferred here, type-only, so this entry point stays free of zod.

import type { z } from "zod";
import type { ChannelLocalized, NumberKind, PhoneLine, Trace } from "../schema/channel.js";
import type { HsdsOrganizationListItemSchema, HsdsServiceListItemSchema, hsdsPageSchema } from "../schema/hsds.js";

/** HSDS `language`: a language a service or phone is offered in. */
export interface HsdsLanguage {
  /** UUIDv5 of `language/<contact id>[/<phone number>]/<tag>`. */
  id: string;
  /** The service it belongs to (absent on a phone's languages). */
  service_id?: string;
  /** The phone it belongs to (absent on a service's languages). */
  phone_id?: string;
  /** The language's name in the export's language. */
  name: string;
  /** ISO 639-1 code where one exists (ja, en), else ISO 639-3 (mul: several languages). */
  code: string;
}

/** HSDS `phone`, with our profile's dialling facts. */
export interface HsdsPhone {
  /** UUIDv5 of `phone/<contact id>/<number or code>`. */
  id: string;
  /** The service it belongs to. */
  service_id: string;
  /** As published and dialled in Japan: 0570-003-110, or a short code (110, #9110). */
  number: string;
  /** RFC 6350 type: always `voice`. */
  type: "voice";
  /** The label, hours, unreachable lines and notes, as sentences. */
  description?: string;
  /** Languages this number answers in, when they differ from the service's. */
  languages?: HsdsLanguage[];
  /** Profile: the number in E.164 form (+81…), where one exists. */
  netstalker_e164?: string;
  /** Profile: toll-free, navi-dial, landline, ip, mobile, or shortcode. */
  netstalker_kind: NumberKind | "shortcode";
  /** Profile: kinds of line this number cannot be dialled from. */
  netstalker_unreachable_from: PhoneLine[];
  /** Profile: traces calling can leave where a watcher could see them. */
  netstalker_traces: Trace[];
}

/** HSDS `schedule`, one per weekly rule (or one that only describes, for hours that vary or are answered later). */
export interface HsdsSchedule {
  /** UUIDv5 of `schedule/<contact id>/<index>`. */
  id: string;
  /** The service it belongs to. */
  service_id: string;
  /** Japan: UTC+9 all year. */
  timezone: 9;
  /** iCal frequency, for schedules with hours. */
  freq?: "WEEKLY";
  /** iCal week start. */
  wkst?: "MO";
  /** iCal days, comma separated (MO,TU). */
  byday?: string;
  /** HH:MM+09:00. */
  opens_at?: string;
  /** HH:MM+09:00; 24:00 is the end of the day; earlier than opens_at means the span runs past midnight. */
  closes_at?: string;
  /** The hours as a sentence. */
  description: string;
  /** Closures, days whose hours are unknown, and the note, as sentences. */
  notes?: string;
}

/** HSDS `service_area`. */
export interface HsdsServiceArea {
  /** UUIDv5 of `service_area/<contact id>`. */
  id: string;
  /** The service it belongs to. */
  service_id: string;
  /** All of Japan, or the prefecture or area served. */
  name: string;
}

/** The one-to-one fields of an HSDS `service`, as `GET /services` lists them (fields: schema/hsds.ts). */
export type HsdsServiceListItem = z.infer<typeof HsdsServiceListItemSchema>;

/** A full HSDS `service` with its phones, schedules, languages and service areas. */
export interface HsdsService extends HsdsServiceListItem {
  /** Its telephone numbers and short codes, the main one first. */
  phones: HsdsPhone[];
  /** Its hours. */
  schedules: HsdsSchedule[];
  /** Where in Japan it serves. */
  service_areas: HsdsServiceArea[];
  /** The languages consultations can be held in. */
  languages: HsdsLanguage[];
  /** The organization that runs it (one-to-one fields). */
  organization: HsdsOrganizationListItem;
  /** Profile: what to have ready before contacting it. */
  netstalker_prepare: string[];
  /** Profile: the ways to reach it that HSDS has no table for (web, form, chat, email form, LINE, in person). */
  netstalker_channels: ChannelLocalized[];
}

/** The one-to-one fields of an HSDS `organization` (fields: schema/hsds.ts). */
export type HsdsOrganizationListItem = z.infer<typeof HsdsOrganizationListItemSchema>;

/** A full HSDS `organization`, with the services it runs (one-to-one fields). */
export interface HsdsOrganization extends HsdsOrganizationListItem {
  /** The services it runs, in the dataset's order. */
  services: HsdsServiceListItem[];
}

/** The HSDS 3.0 page object of a paginated list (fields: schema/hsds.ts). */
export type HsdsPage<T> = Omit<z.infer<ReturnType<typeof hsdsPageSchema>>, "contents"> & {
  /** This page's items. */
  contents: T[];
};
