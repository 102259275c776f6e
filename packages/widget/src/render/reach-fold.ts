// The fold of a compact card ("詳しく" / "More details"): what the window does, hours, cost details, languages, every
// channel (each fact once), what to have ready, traces and sources. In the lazy views chunk: a fold is closed when
// the first card is painted, and the chunk arrives right after it.
import type { ChannelLocalized, ContactLocalized } from "@netstalker/data";
import {
  channelTraces,
  describeSchedule,
  REACH_ACTION_LABELS,
  type Reach,
  scheduleReach,
  setUpFirstNote,
} from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import { languageList, renderSources, renderTraces } from "./card-parts.js";
import { type ReachRenderContext, renderAction, renderStatusBadge } from "./reachable.js";

/**
 * A channel in the card's fold, each fact once: its link or number (not again for the channel the card's action
 * already offers), its own label, hours and open state, languages, notes and the traces using it can leave.
 */
function renderFoldChannel(channel: ChannelLocalized, offered: boolean, ctx: ReachRenderContext): TemplateResult {
  const { lang, t } = ctx;
  const hours = channel.schedule ? describeSchedule(channel.schedule, lang) : [];
  const traces = channelTraces(channel, lang);
  const setup = setUpFirstNote(channel, lang);
  const badge =
    channel.schedule && !offered ? renderStatusBadge(scheduleReach(channel.schedule, ctx.now), ctx, false) : nothing;
  return html`<li class="channel" data-channel-type=${channel.type}>
    <div class="channel-main">
      ${offered ? html`<span class="label">${REACH_ACTION_LABELS[channel.type][lang]}</span>` : renderAction(channel, lang)}
      ${channel.label ? html`<span class="label">${channel.label}</span>` : nothing} ${badge}
    </div>
    ${hours.length ? html`<p class="note">${t.hours}: ${hours.join(" / ")}</p>` : nothing}
    ${channel.languages ? html`<p class="note">${t.languages}: ${languageList(channel.languages, lang)}</p>` : nothing}
    ${setup ? html`<p class="note">${setup}</p>` : nothing}
    ${channel.notes ? html`<p class="note">${channel.notes}</p>` : nothing}
    ${renderTraces(traces, t.traces)}
  </li>`;
}

/** The fold of a compact card. */
export function renderReachFold(item: Reach<ContactLocalized>, ctx: ReachRenderContext): TemplateResult {
  const { contact } = item;
  const { lang, t } = ctx;
  const hours = describeSchedule(contact.schedule, lang);
  // A contacts file's record before the details file has completed it (contact-details.ts): say so, show the rest.
  const partial = !contact.sources;
  return html`${partial ? html`<p class="muted details-pending">${ctx.detailsUnavailable ? t.viewUnavailable : t.loadingView}</p>` : html`<p class="summary">${contact.summary}</p>`}
      ${ctx.compact || partial ? nothing : html`<p class="description">${contact.description}</p>`}
      <dl class="facts">
        ${hours.length && contact.schedule.type !== "varies" ? html`<dt>${t.hours}</dt><dd>${hours.join(" / ")}</dd>` : nothing}
        ${contact.costNote ? html`<dt>${t.cost}</dt><dd>${contact.costNote}</dd>` : nothing}
        <dt class="languages">${t.languages}</dt>
        <dd class="languages">${languageList(contact.languages, lang)}</dd>
      </dl>
      <ul class="channels" aria-label=${contact.name}>
        ${contact.channels.map((c, i) => renderFoldChannel(c, i === item.channelIndex, ctx))}
      </ul>
      ${
        contact.prepare?.length
          ? html`<div class="prepare">
            <h4>${t.prepare}</h4>
            <ul>
              ${contact.prepare.map((p) => html`<li>${p}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      ${partial ? nothing : html`<p class="meta">${t.verified(contact.verifiedAt)} · ${renderSources(contact.sources, lang)}</p>`}`;
}
