import type { Audience, Category, ChannelLocalized, ContactLocalized, Lang } from "@netstalker/data";
import { type ContactFilter, dialText, filterContacts, mainDialChannel } from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";

/** What a contact card needs besides the record. */
export interface ContactRenderContext {
  lang: Lang;
  t: UiText;
  /** The instant "open now" is computed for. */
  now: Date;
  compact: boolean;
  /** A phone-sized widget: name, number, open-now and cost first, the rest folded behind "詳しく". */
  narrow: boolean;
  /** The details file could not be used: a compact record's fold says so instead of "loading" (CDN build). */
  detailsUnavailable?: boolean;
}

/** A phone number or short code as a tel: link (plain text for other channels or when it cannot be dialled). */
export function renderDial(channel: ChannelLocalized, lang: Lang): TemplateResult | typeof nothing {
  // The code stays visible as text inside the link: a person whose phone does not dial the link can read and type it.
  const dial = dialText(channel, lang);
  return dial ? html`<a class="dial" part="dial" href=${dial.href}>${dial.shown}</a>` : nothing;
}

/** The emergency line shown in every view: each emergency window's number and name. */
export function renderEmergency(
  contacts: readonly ContactLocalized[],
  t: UiText,
  lang: Lang,
): TemplateResult | typeof nothing {
  const emergencies = contacts.filter((c) => c.urgency === "emergency");
  if (emergencies.length === 0) return nothing;
  return html`<p class="emergency" part="emergency">
    <span>${t.emergencyLead}</span>
    ${emergencies.map((c) => {
      const dial = mainDialChannel(c);
      return dial ? html`<span>${renderDial(dial, lang)} <span class="name">${c.name}</span></span>` : nothing;
    })}
  </p>`;
}

function splitList(value: string | undefined): string[] {
  return (value ?? "").split(/[\s,]+/).filter((v) => v !== "");
}

/** The contacts matching `category` and `audience` (space- or comma-separated); all of them, flagged, when none match. */
export function filteredContacts(
  all: ContactLocalized[],
  category: string | undefined,
  audience: string | undefined,
): { list: ContactLocalized[]; fellBack: boolean } {
  const categories = splitList(category) as Category[];
  const audiences = splitList(audience) as Audience[];
  if (!categories.length && !audiences.length) return { list: all, fellBack: false };
  const filter: ContactFilter = {};
  if (categories.length) filter.category = categories;
  if (audiences.length) filter.audience = audiences;
  const list = filterContacts(all, filter);
  if (list.length > 0) return { list, fellBack: false };
  console.warn(
    `<stalker-help-widget>: no contact matches category="${category ?? ""}" audience="${audience ?? ""}"; showing all contacts.`,
  );
  return { list: all, fellBack: true };
}
