// The full contact card (every channel with its notes, hours, cost, languages, what to prepare, traces, sources), as
// the triage results show it. In the lazy views chunk: the first screen draws compact cards (reachable.ts) instead.
import type { ChannelLocalized, ContactLocalized } from "@netstalker/data";
import {
  alternativeForText,
  CHANNEL_TYPE_LABELS,
  COST_LABELS,
  channelTraces,
  contactReach,
  describeSchedule,
  dialReachNotes,
  scheduleReach,
  setUpFirstNote,
  shortcodeDialing,
} from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import { languageList, renderSources, renderTraces } from "./card-parts.js";
import { type ContactRenderContext, renderDial } from "./contact.js";
import { renderStatusBadge } from "./reachable.js";

/** One way to reach a window: the number as a tel: link (or the web address), and what to know when using it. */
export function renderChannel(
  contact: ContactLocalized,
  channel: ChannelLocalized,
  ctx: ContactRenderContext,
): TemplateResult {
  const { t } = ctx;
  let main: TemplateResult | typeof nothing;
  if (channel.type === "phone" || channel.type === "shortcode") {
    main = renderDial(channel, ctx.lang);
  } else if (channel.type === "line") {
    main = html`<span class="label">${CHANNEL_TYPE_LABELS.line[ctx.lang]}</span>
      ${channel.url ? html`<a href=${channel.url} rel="noopener noreferrer">${channel.lineId}</a>` : channel.lineId}`;
  } else if (channel.type === "in-person") {
    main = html`<span class="label">${CHANNEL_TYPE_LABELS["in-person"][ctx.lang]}</span>
      ${channel.url ? html`<a href=${channel.url} rel="noopener noreferrer">${channel.where}</a>` : channel.where}`;
  } else {
    main = html`<a href=${channel.url} rel="noopener noreferrer">${CHANNEL_TYPE_LABELS[channel.type][ctx.lang]}</a>`;
  }
  const reach = dialReachNotes(channel, ctx.lang);
  const ownHours = channel.schedule ? describeSchedule(channel.schedule, ctx.lang) : [];
  const setup = setUpFirstNote(channel, ctx.lang);
  const ownStatus = channel.schedule ? scheduleReach(channel.schedule, ctx.now) : undefined;
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
      ${ownStatus ? renderStatusBadge(ownStatus, ctx, false) : nothing}
    </div>
    ${renderShortcodeHelp(contact, channel, ctx)} ${notes.map((n) => html`<p class="note">${n}</p>`)}
    ${renderTraces(traces, t.traces)}
  </li>`;
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
  if (!dialing?.instruction) return nothing;
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
                  <span class="label">${alt.label ?? alternativeForText(alt.alternativeFor, ctx.lang)}</span>
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
  // A contacts file's record before the details file has completed it (data/contact-details.ts).
  const partial = !contact.sources;
  // The card contract (data-open-status) is the state of the channel a person would use now, as on the first screen.
  const state = contactReach(contact, ctx.now)?.status.state ?? "unknown";
  const hours = describeSchedule(contact.schedule, lang);
  const cost = html`${COST_LABELS[contact.cost][lang]}${contact.costNote ? html`<br />${contact.costNote}` : nothing}`;
  const rest = html`<p class="org">${contact.organization.name}${contact.coverage.area ? ` · ${contact.coverage.area}` : ""}</p>
    ${partial ? html`<p class="muted details-pending">${ctx.detailsUnavailable ? t.viewUnavailable : t.loadingView}</p>` : html`<p class="summary">${contact.summary}</p>`}
    ${ctx.compact || partial ? nothing : html`<p class="description">${contact.description}</p>`}`;
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
    ${partial ? nothing : html`<p class="meta">${t.verified(contact.verifiedAt)} · ${renderSources(contact.sources, lang)}</p>`}`;
  const head = html`${reason ? html`<p class="reason">${reason}</p>` : nothing}
    <div class="card-head">
      <h3 tabindex="-1">${contact.name}</h3>
      ${renderStatusBadge(scheduleReach(contact.schedule, ctx.now), ctx, false)}
    </div>`;
  const channels = html`<ul class="channels" aria-label=${contact.name}>
    ${contact.channels.map((ch) => renderChannel(contact, ch, ctx))}
  </ul>`;
  if (ctx.narrow) {
    // On a phone: what is needed to call now comes first; the rest is one tap away.
    return html`<li class="card" part="card" data-contact-id=${contact.id} data-open-status=${state}>
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
  return html`<li class="card" part="card" data-contact-id=${contact.id} data-open-status=${state}>
    ${head}${rest}${channels}
    <dl class="facts">${hoursFact}${costFact}${languagesFact}</dl>
    ${prepare}${tail}
  </li>`;
}
