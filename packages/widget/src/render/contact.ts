import type { Audience, Category, ChannelLocalized, ContactLocalized, Lang, PhoneLine } from "@netstalker/data";
import {
  answersLater,
  CHANNEL_TYPE_LABELS,
  COST_LABELS,
  type ContactFilter,
  channelTraces,
  describeSchedule,
  dialHref,
  filterContacts,
  formatJapanTime,
  joinList,
  languageName,
  listParts,
  type OpenStatus,
  openStatus,
  PHONE_LINE_LABELS,
  setUpFirstNote,
  shortcodeDialing,
} from "@netstalker/data/query";
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
}

function lines(list: readonly PhoneLine[], ctx: ContactRenderContext): string {
  return joinList(
    list.map((l) => PHONE_LINE_LABELS[l][ctx.lang]),
    ctx.lang,
  );
}

/** Links to the sources, joined as the language writes a list. */
export function renderSources(sources: readonly { url: string; title: string }[], lang: Lang): TemplateResult {
  return html`${listParts(sources, lang).map((part) =>
    "item" in part ? html`<a href=${part.item.url} rel="noopener noreferrer">${part.item.title}</a>` : part.literal,
  )}`;
}

/**
 * The open-now badge: computed by @netstalker/data in Asia/Tokyo with Japanese holidays, never guessed here. A
 * channel that accepts at any time and is answered later (a form) is never "open": it says so instead.
 */
export function renderBadge(
  status: OpenStatus,
  ctx: ContactRenderContext,
  varies: boolean,
  deferred = false,
): TemplateResult {
  const { t, now, lang } = ctx;
  if (deferred) return html`<span class="badge deferred" part="badge badge-deferred">${t.deferred}</span>`;
  if (status.open === "unknown") {
    return html`<span class="badge unknown" part="badge">${varies ? t.hoursVary : t.openUnknown}</span>`;
  }
  if (status.open) {
    return html`<span class="badge open" part="badge badge-open"
      >${t.openNow}${
        status.closesAt
          ? html` <span class="when">${t.closesAt(formatJapanTime(status.closesAt, now, lang))}</span>`
          : nothing
      }</span
    >`;
  }
  return html`<span class="badge closed" part="badge badge-closed"
    >${t.closedNow}${
      status.opensAt
        ? html` <span class="when">${t.opensAt(formatJapanTime(status.opensAt, now, lang))}</span>`
        : nothing
    }</span
  >`;
}

/** A phone number or short code as a tel: link (plain text for other channels or when it cannot be dialled). */
export function renderDial(channel: ChannelLocalized): TemplateResult {
  // The code stays visible as text inside the link: a person whose phone does not dial the link can read and type it.
  const shown = channel.type === "phone" ? channel.number : channel.type === "shortcode" ? channel.code : "";
  const href = dialHref(channel);
  return href
    ? html`<a class="dial" part="dial" href=${href}>${shown}</a>`
    : html`<span class="dial" part="dial">${shown}</span>`;
}

/** One way to reach a window: the number as a tel: link (or the web address), and what to know when using it. */
export function renderChannel(
  contact: ContactLocalized,
  channel: ChannelLocalized,
  ctx: ContactRenderContext,
): TemplateResult {
  const { t } = ctx;
  let main: TemplateResult;
  if (channel.type === "phone" || channel.type === "shortcode") {
    main = renderDial(channel);
  } else if (channel.type === "line") {
    main = html`<span class="label">${CHANNEL_TYPE_LABELS.line[ctx.lang]}</span>
      ${channel.url ? html`<a href=${channel.url} rel="noopener noreferrer">${channel.lineId}</a>` : channel.lineId}`;
  } else if (channel.type === "in-person") {
    main = html`<span class="label">${CHANNEL_TYPE_LABELS["in-person"][ctx.lang]}</span>
      ${channel.url ? html`<a href=${channel.url} rel="noopener noreferrer">${channel.where}</a>` : channel.where}`;
  } else {
    main = html`<a href=${channel.url} rel="noopener noreferrer">${CHANNEL_TYPE_LABELS[channel.type][ctx.lang]}</a>`;
  }
  const reach =
    channel.type === "phone" || channel.type === "shortcode"
      ? [
          ...(channel.unreachableFrom.length > 0 ? [t.unreachableFrom(lines(channel.unreachableFrom, ctx))] : []),
          ...(channel.type === "phone" && channel.alternativeFor?.length
            ? [t.alternativeFor(lines(channel.alternativeFor, ctx))]
            : []),
        ]
      : [];
  const ownHours = channel.schedule ? describeSchedule(channel.schedule, ctx.lang) : [];
  const setup = setUpFirstNote(channel, ctx.lang);
  const ownStatus = channel.schedule ? openStatus(channel, ctx.now) : undefined;
  const notes = [
    ...(ownHours.length ? [`${t.hours}: ${ownHours.join(" / ")}`] : []),
    ...(channel.cost && channel.cost !== contact.cost ? [COST_LABELS[channel.cost][ctx.lang]] : []),
    ...(channel.languages ? [`${t.languages}: ${languageList(channel.languages, ctx.lang)}`] : []),
    ...reach,
    ...(setup ? [setup] : []),
    ...(channel.notes ? [channel.notes] : []),
  ];
  const traces = channelTraces(channel, ctx.lang);
  return html`<li class="channel" data-channel-type=${channel.type}>
    <div class="channel-main">
      ${main} ${channel.label ? html`<span class="label">${channel.label}</span>` : nothing}
      ${
        ownStatus
          ? renderBadge(ownStatus, ctx, channel.schedule?.type === "varies", channel.schedule?.type === "deferred")
          : nothing
      }
    </div>
    ${renderShortcodeHelp(contact, channel, ctx)} ${notes.map((n) => html`<p class="note">${n}</p>`)}
    ${
      traces.length
        ? html`<div class="traces">
          <p class="note"><strong>${t.traces}:</strong></p>
          <ul>
            ${traces.map((tr) => html`<li>${tr}</li>`)}
          </ul>
        </div>`
        : nothing
    }
  </li>`;
}

function languageList(tags: readonly string[], lang: Lang): string {
  return joinList(
    tags.map((l) => languageName(l, lang)),
    lang,
  );
}

/**
 * How to dial a short code by hand (iPhones do not dial a tel: link with #), and the official full-length numbers
 * for lines the code cannot reach.
 */
function renderShortcodeHelp(
  contact: ContactLocalized,
  channel: ChannelLocalized,
  ctx: ContactRenderContext,
): TemplateResult | typeof nothing {
  const dialing = shortcodeDialing(contact, channel, ctx.lang);
  if (!dialing?.code.includes("#")) return nothing;
  return html`<p class="note dial-by-hand">${dialing.instruction}</p>
    ${
      dialing.alternatives.length
        ? html`<div class="alternatives">
          <p class="note"><strong>${ctx.t.alternatives}:</strong></p>
          <ul>
            ${dialing.alternatives.map(
              (alt) =>
                html`<li>
                  <a class="alt-dial" href=${alt.href}>${alt.number}</a>
                  <span class="label">${alt.label ?? ctx.t.alternativeFor(lines(alt.alternativeFor, ctx))}</span>
                </li>`,
            )}
          </ul>
        </div>`
        : nothing
    }`;
}

/** A contact card: name, what it helps with, channels with their notes, hours with the open-now badge, cost, caveats. */
export function renderContact(contact: ContactLocalized, ctx: ContactRenderContext, reason?: string): TemplateResult {
  const { t, lang } = ctx;
  const status = openStatus(contact, ctx.now);
  const deferred = answersLater(contact);
  const hours = describeSchedule(contact.schedule, lang);
  const cost = html`${COST_LABELS[contact.cost][lang]}${contact.costNote ? html`<br />${contact.costNote}` : nothing}`;
  const rest = html`<p class="org">${contact.organization.name}${contact.coverage.area ? ` · ${contact.coverage.area}` : ""}</p>
    <p class="summary">${contact.summary}</p>
    ${ctx.compact ? nothing : html`<p class="description">${contact.description}</p>`}`;
  const hoursFact = html`<dt>${t.hours}</dt>
    <dd>${hours.map((h, i) => (i === 0 ? h : html`<br />${h}`))}</dd>`;
  const costFact = html`<dt>${t.cost}</dt><dd>${cost}</dd>`;
  const languagesFact = html`<dt class="languages">${t.languages}</dt>
    <dd class="languages">${languageList(contact.languages, lang)}</dd>`;
  const prepare = contact.prepare?.length
    ? html`<div class="prepare">
        <h4>${t.prepare}</h4>
        <ul>
          ${contact.prepare.map((item) => html`<li>${item}</li>`)}
        </ul>
      </div>`
    : nothing;
  const tail = html`${contact.caveat ? html`<p class="caveat"><strong>${t.caveat}:</strong> ${contact.caveat}</p>` : nothing}
    <p class="meta">${t.verified(contact.verifiedAt)} · ${renderSources(contact.sources, lang)}</p>`;
  const head = html`${reason ? html`<p class="reason">${reason}</p>` : nothing}
    <div class="card-head">
      <h3 tabindex="-1">${contact.name}</h3>
      ${renderBadge(status, ctx, contact.schedule.type === "varies", deferred)}
    </div>`;
  const channels = html`<ul class="channels" aria-label=${contact.name}>
    ${contact.channels.map((ch) => renderChannel(contact, ch, ctx))}
  </ul>`;
  if (ctx.narrow) {
    // On a phone: what is needed to call now comes first; the rest is one tap away.
    return html`<li class="card" part="card" data-contact-id=${contact.id}>
      ${head}${channels}
      <dl class="facts">${costFact}</dl>
      <details class="more">
        <summary>${t.more}</summary>
        ${rest}
        <dl class="facts">${hoursFact}${languagesFact}</dl>
        ${prepare}${tail}
      </details>
    </li>`;
  }
  return html`<li class="card" part="card" data-contact-id=${contact.id}>
    ${head}${rest}${channels}
    <dl class="facts">${hoursFact}${costFact}${languagesFact}</dl>
    ${prepare}${tail}
  </li>`;
}

/** The emergency line shown in every view: each emergency window's number and name. */
export function renderEmergency(contacts: readonly ContactLocalized[], t: UiText): TemplateResult | typeof nothing {
  const emergencies = contacts.filter((c) => c.urgency === "emergency");
  if (emergencies.length === 0) return nothing;
  return html`<p class="emergency" part="emergency">
    <span>${t.emergencyLead}</span>
    ${emergencies.map((c) => {
      const dial = c.channels.find((ch) => ch.type === "phone" || ch.type === "shortcode");
      return dial ? html`<span>${renderDial(dial)} <span class="name">${c.name}</span></span>` : nothing;
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
