import type { Contact, DayOfWeek, Lang, OpeningRule, Schedule } from "@netstalker/data";
import { localize } from "@netstalker/data";

const SCHEMA_DAYS: Readonly<Record<DayOfWeek, string>> = {
  mon: "https://schema.org/Monday",
  tue: "https://schema.org/Tuesday",
  wed: "https://schema.org/Wednesday",
  thu: "https://schema.org/Thursday",
  fri: "https://schema.org/Friday",
  sat: "https://schema.org/Saturday",
  sun: "https://schema.org/Sunday",
};

interface OpeningHoursSpecification {
  "@type": "OpeningHoursSpecification";
  dayOfWeek: string[];
  opens: string;
  closes: string;
}

function spec(rule: OpeningRule): OpeningHoursSpecification {
  // schema.org reads a closing time earlier than the opening time as the next day, as our data does;
  // 24:00 is written 23:59 because schema.org's Time has no 24:00.
  return {
    "@type": "OpeningHoursSpecification",
    dayOfWeek: rule.days.map((d) => SCHEMA_DAYS[d]),
    opens: `${rule.opens}:00`,
    closes: rule.closes === "24:00" ? "23:59:59" : `${rule.closes}:00`,
  };
}

/** schema.org hoursAvailable for a schedule; a varying schedule has none (its typical hours are not a promise). */
export function hoursAvailable(schedule: Schedule): OpeningHoursSpecification[] | undefined {
  if (schedule.type === "always") {
    return [
      {
        "@type": "OpeningHoursSpecification",
        dayOfWeek: Object.values(SCHEMA_DAYS),
        opens: "00:00:00",
        closes: "23:59:59",
      },
    ];
  }
  if (schedule.type === "weekly") return schedule.rules.map(spec);
  return undefined;
}

/** The schema.org Organization with one ContactPoint per phone channel, as JSON-LD for a contact's page (at `pageUrl`, when the site URL is known). */
export function contactJsonLd(contact: Contact, lang: Lang, pageUrl: string | undefined): Record<string, unknown> {
  const text = localize(contact, lang);
  const contactPoints = contact.channels.flatMap((channel, i) => {
    if (channel.type !== "phone" && channel.type !== "shortcode") return [];
    const localized = text.channels[i];
    const hours = hoursAvailable(channel.schedule ?? contact.schedule);
    return [
      {
        "@type": "ContactPoint",
        name: localized && "label" in localized && localized.label ? localized.label : text.name,
        telephone: channel.type === "phone" ? (channel.e164 ?? channel.number) : channel.code,
        contactType: text.name,
        areaServed: "JP",
        availableLanguage: contact.languages,
        ...(hours ? { hoursAvailable: hours } : {}),
      },
    ];
  });
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: text.organization.name,
    url: contact.organization.url,
    description: text.summary,
    ...(pageUrl && { mainEntityOfPage: pageUrl }),
    contactPoint: contactPoints,
  };
}

/** JSON for a <script type="application/ld+json">, with "<" escaped so record text can never close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
