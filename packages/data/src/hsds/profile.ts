// Our HSDS profile: what the export adds to HSDS 3.0 and why. One description, served by the API at /hsds/profile
// and summarised in the package README, so the two cannot drift.
import { NETSTALKER_HSDS_NAMESPACE } from "./ids.js";

/** The HSDS version the export follows (the vendored official schemas' release). */
export const HSDS_VERSION = "3.0.1";

/** The profile: extra fields (all prefixed `netstalker_`) and the conventions a consumer must know. */
export const HSDS_PROFILE = {
  name: "netstalker-help",
  hsds_version: HSDS_VERSION,
  description:
    "Help for victims of online stalking in Japan, as HSDS 3.0. Every object validates against the official HSDS 3.0.1 schemas; the fields below are additions HSDS has no place for.",
  ids: {
    namespace: NETSTALKER_HSDS_NAMESPACE,
    rule: "Every id is a UUIDv5 (RFC 9562) of '<table>/<key>' in the namespace: service/<netstalker id>, organization/<Japanese organization name>, phone/<netstalker id>/<number or short code>, schedule/<netstalker id>/<index>, language/<netstalker id>[/<number>]/<code>, service_area/<netstalker id>. Ids are stable across releases while the key is.",
  },
  conventions: [
    "Texts are in one language per document (ja or en, chosen with ?lang= or Accept-Language); alternate_name carries the name in the other.",
    "Times are Japan time (UTC+9, no daylight saving): schedule.timezone is 9 and opens_at/closes_at end in +09:00. closes_at 24:00 means the end of the day; a closes_at earlier than opens_at means the span runs past midnight.",
    "Phone numbers are written as published and dialled in Japan (0570-003-110) or as short codes (110, #9110); netstalker_e164 has the international form where one exists.",
    "Closures on national holidays and at the year end, and days whose hours are not known, are in schedule.notes: HSDS has no field for them.",
    "service.alert carries our caveat when we are less than sure of a record: show it with the record.",
  ],
  not_in_hsds: {
    open_status:
      "Whether a service is open now is not in the export (it changes by the minute and depends on Japanese holidays). Ask GET /v1/contacts/{netstalker_id}, or compute it with @netstalker/data's openStatus.",
    answered_later:
      "netstalker_answered_later is true for services that accept messages at any time but are answered later (netstalker_schedule_type 'deferred'): never present them as open now.",
    traces:
      "phone.netstalker_traces lists what calling can leave where a watcher could see it (call-history, navi-dial-charge, ...), as @netstalker/data's Trace codes.",
    prepare: "service.netstalker_prepare lists what to have ready before contacting the service.",
  },
  fields: {
    service: {
      netstalker_id: "Our id (kebab-case), as /v1/contacts/{id} takes it.",
      netstalker_urgency: "emergency, urgent or anytime.",
      netstalker_categories: "What kind of body it is (police, legal, ...).",
      netstalker_audiences: "Who it is for.",
      netstalker_services: "What it does.",
      netstalker_schedule_type: "always, weekly, varies (hours differ by place: open now is unknown) or deferred.",
      netstalker_answered_later: "True when a person reads and answers later.",
      netstalker_confidence: "high, medium or low; below high, alert says what to check.",
      netstalker_sources: "The official pages the facts were checked against ({ url, title }); assured_date is when.",
      netstalker_prepare: "What to have ready (full service only).",
      netstalker_channels:
        "Ways to reach it HSDS has no table for: web, form, chat, email form, LINE, in person (full service only), as @netstalker/data's ChannelLocalized.",
    },
    phone: {
      netstalker_e164: "The number in E.164 form, where one exists.",
      netstalker_kind: "toll-free, navi-dial, landline, ip, mobile or shortcode.",
      netstalker_unreachable_from: "Kinds of line the number cannot be dialled from.",
      netstalker_traces: "Traces calling can leave.",
    },
  },
} as const;
