// One contact as an HSDS `service` with its phones, schedules, languages and service area.
import { describeSchedule } from "../display/describe-schedule.js";
import { COST_LABELS, PHONE_LINE_LABELS } from "../display/labels.js";
import { languageName } from "../query/language-name.js";
import { localize, textIn } from "../query/localize.js";
import type { Channel, PhoneChannel, ShortcodeChannel } from "../schema/channel.js";
import type { Contact } from "../schema/contact.js";
import type { Lang } from "../schema/primitives.js";
import { hsdsId } from "./ids.js";
import { HSDS_TEXT_LABELS } from "./labels.js";
import { hsdsSchedules } from "./schedule.js";
import type { HsdsLanguage, HsdsOrganizationListItem, HsdsPhone, HsdsService, HsdsServiceListItem } from "./types.js";

const other = (lang: Lang): Lang => (lang === "ja" ? "en" : "ja");

/** The key an organization is known by: its Japanese name (departments of one ministry are separate bodies). */
export function organizationKey(contact: Contact): string {
  return contact.organization.name.ja;
}

function languages(
  tags: readonly string[],
  lang: Lang,
  owner: { service_id: string } | { phone_id: string },
  key: string,
) {
  return tags.map(
    (code): HsdsLanguage => ({
      id: hsdsId("language", `${key}/${code}`),
      ...owner,
      name: languageName(code, lang),
      code,
    }),
  );
}

function isDialled(channel: Channel): channel is PhoneChannel | ShortcodeChannel {
  return channel.type === "phone" || channel.type === "shortcode";
}

function phone(contact: Contact, channel: PhoneChannel | ShortcodeChannel, lang: Lang): HsdsPhone {
  const number = channel.type === "phone" ? channel.number : channel.code;
  const id = hsdsId("phone", `${contact.id}/${number}`);
  const sentences = [
    channel.label && textIn(channel.label, lang),
    channel.schedule && describeSchedule(channel.schedule, lang).join(lang === "ja" ? "。" : ". "),
    channel.unreachableFrom.length > 0 &&
      `${HSDS_TEXT_LABELS.unreachableFrom[lang]} ${channel.unreachableFrom.map((l) => PHONE_LINE_LABELS[l][lang]).join(lang === "ja" ? "、" : ", ")}`,
    channel.notes && textIn(channel.notes, lang),
  ].filter((s): s is string => typeof s === "string" && s.length > 0);
  return {
    id,
    service_id: hsdsId("service", contact.id),
    number,
    type: "voice",
    ...(sentences.length > 0 && { description: sentences.join("\n") }),
    ...(channel.languages && {
      languages: languages(channel.languages, lang, { phone_id: id }, `${contact.id}/${number}`),
    }),
    ...(channel.type === "phone" && channel.e164 && { netstalker_e164: channel.e164 }),
    netstalker_kind: channel.type === "phone" ? channel.kind : "shortcode",
    netstalker_unreachable_from: [...channel.unreachableFrom],
    netstalker_traces: [...(channel.traces ?? [])],
  };
}

/** The organization of `contact` as HSDS one-to-one fields (its description is filled in by hsdsOrganizations). */
export function organizationFields(contact: Contact, lang: Lang, description: string): HsdsOrganizationListItem {
  return {
    id: hsdsId("organization", organizationKey(contact)),
    name: contact.organization.name[lang],
    alternate_name: contact.organization.name[other(lang)],
    description,
    website: contact.organization.url,
  };
}

/** The one-to-one fields of `contact` as an HSDS service, in `lang`. */
export function hsdsServiceListItem(contact: Contact, lang: Lang): HsdsServiceListItem {
  const link = contact.channels.find((c) => c.type === "web" || c.type === "form");
  return {
    id: hsdsId("service", contact.id),
    organization_id: hsdsId("organization", organizationKey(contact)),
    name: contact.name[lang],
    alternate_name: contact.name[other(lang)],
    description: `${contact.summary[lang]}\n\n${contact.description[lang]}`,
    url: link && "url" in link ? link.url : contact.organization.url,
    status: "active",
    fees_description: [COST_LABELS[contact.cost][lang], contact.costNote?.[lang]]
      .filter(Boolean)
      .join(lang === "ja" ? "。" : ". "),
    assured_date: contact.verifiedAt,
    ...(contact.caveat && { alert: contact.caveat[lang] }),
    netstalker_id: contact.id,
    netstalker_urgency: contact.urgency,
    netstalker_categories: [...contact.categories],
    netstalker_audiences: [...contact.audiences],
    netstalker_services: [...contact.services],
    netstalker_schedule_type: contact.schedule.type,
    netstalker_answered_later: contact.schedule.type === "deferred",
    netstalker_confidence: contact.confidence,
    netstalker_sources: contact.sources.map((s) => ({ ...s })),
  };
}

/** `contact` as a fully nested HSDS service, in `lang`; `organization` is its organization's one-to-one fields. */
export function hsdsService(contact: Contact, lang: Lang, organization: HsdsOrganizationListItem): HsdsService {
  const serviceId = hsdsId("service", contact.id);
  return {
    ...hsdsServiceListItem(contact, lang),
    phones: contact.channels.filter(isDialled).map((c) => phone(contact, c, lang)),
    schedules: hsdsSchedules(contact.id, contact.schedule, lang),
    service_areas: [
      {
        id: hsdsId("service_area", contact.id),
        service_id: serviceId,
        name:
          contact.coverage.scope === "national" || !contact.coverage.area
            ? HSDS_TEXT_LABELS.national[lang]
            : contact.coverage.area[lang],
      },
    ],
    languages: languages(contact.languages, lang, { service_id: serviceId }, contact.id),
    organization,
    netstalker_prepare: (contact.prepare ?? []).map((p) => p[lang]),
    netstalker_channels: contact.channels.filter((c) => !isDialled(c)).map((c) => localize(c, lang)),
  };
}
