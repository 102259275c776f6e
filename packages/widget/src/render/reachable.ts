// The contacts panel's first screen, "今つながる / Reachable now": under the danger line, who a person can reach at
// this moment and how, one compact card each (name, the one action, who it is for, cost), then the lines whose hours
// cannot be known from here, the forms answered later, and the closed lines with their next opening. The grouping and
// the order are @netstalker/data's reachableNow; this module only draws them. The rest of the contacts are folded by
// kind below, and regional ones of no chosen region under "for people in Tokyo".
import type { ChannelLocalized, ContactLocalized, Lang, Prefecture } from "@netstalker/data";
import {
  AUDIENCE_LABELS,
  CATEGORY_LABELS,
  CONTACT_TEXT_LABELS,
  COST_LABELS,
  channelTraces,
  contactReach,
  describeSchedule,
  dialHref,
  formatJapanTime,
  forPeopleInLabel,
  groupInOrder,
  joinList,
  languageName,
  openStatus,
  opensLabel,
  REACH_ACTION_LABELS,
  REACH_STATE_LABELS,
  REACH_TEXT_LABELS,
  type Reach,
  type ReachGroup,
  type ReachState,
  reachableNow,
  shortcodeDialing,
  UNKNOWN_REASON_LABELS,
  untilLabel,
} from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import { type ContactRenderContext, renderBadge, renderSources } from "./contact.js";

/** What the first screen needs besides the contact card context. */
export interface ReachRenderContext extends ContactRenderContext {
  /** "I can't talk on the phone": only channels that need no voice call. */
  textOnly: boolean;
  /** Turns "I can't talk on the phone" on or off. */
  setTextOnly: (on: boolean) => void;
  /** The person's prefecture (`region` attribute), when given and valid. */
  region: Prefecture | undefined;
}

type Item = Reach<ContactLocalized>;

/**
 * How many cards of each state the first screen shows before the rest is folded by kind: every line answering now,
 * and a few of the others, so that on a 390 px phone the panel stays within about three screens.
 */
const FIRST_SCREEN: Readonly<Record<ReachState, number>> = {
  open: 4,
  unknown: 2,
  deferred: 1,
  closed: 2,
};

/** The first screen of the contacts panel, for contacts already filtered by category and audience. */
export function renderReachable(contacts: readonly ContactLocalized[], ctx: ReachRenderContext): TemplateResult {
  const { lang, textOnly } = ctx;
  const screen = reachableNow(contacts, ctx.now, {
    channel: textOnly ? "text" : "any",
    ...(ctx.region && { region: ctx.region }),
    // 110 is in the danger line above; it comes back here only for its no-voice ways.
    omitEmergency: !textOnly,
  });
  const shown: ReachGroup<ContactLocalized>[] = [];
  // 110 keeps a card too (its details, sources), folded under its kind: the danger line above is its action.
  const rest: Item[] = textOnly
    ? []
    : contacts.filter((c) => c.urgency === "emergency").flatMap((c) => contactReach(c, ctx.now) ?? []);
  for (const group of screen.groups) {
    const limit = FIRST_SCREEN[group.state];
    shown.push({ state: group.state, items: group.items.slice(0, limit) });
    rest.push(...group.items.slice(limit));
  }
  const kinds = groupInOrder(
    rest,
    Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[],
    (item) => item.contact.categories[0] ?? "emergency",
  );
  return html`<section class="reach" aria-labelledby="reach-title">
    <div class="reach-head">
      <h3 id="reach-title" class="visually-hidden">${REACH_STATE_LABELS.open[lang]}</h3>
      <button
        type="button"
        class="cannot-talk"
        part="cannot-talk"
        aria-pressed=${textOnly ? "true" : "false"}
        aria-describedby="cannot-talk-hint"
        @click=${() => ctx.setTextOnly(!textOnly)}
      >
        ${REACH_TEXT_LABELS.cannotTalk[lang]}
      </button>
      <p id="cannot-talk-hint" class="muted hint">
        ${textOnly ? REACH_TEXT_LABELS.cannotTalkHint[lang] : REACH_TEXT_LABELS.japanTime[lang]}
      </p>
    </div>
    ${
      shown.length === 0 && textOnly
        ? html`<p class="muted" role="status">${REACH_TEXT_LABELS.noneForText[lang]}</p>`
        : nothing
    }
    ${shown.map(
      (group) => html`<h4 class="reach-group" data-state=${group.state}>${REACH_STATE_LABELS[group.state][lang]}</h4>
        <ul class="cards reach-cards">
          ${group.items.map((item) => renderReachCard(item, ctx))}
        </ul>`,
    )}
    ${screen.elsewhere.map(
      (group) => html`<details class="fold elsewhere">
        <summary>
          ${forPeopleInLabel(group.prefecture ? group.prefecture[lang] : (group.area ?? ""), lang)}
          (${group.items.length})
        </summary>
        <ul class="cards reach-cards">
          ${group.items.map((item) => renderReachCard(item, ctx))}
        </ul>
      </details>`,
    )}
    ${
      kinds.length
        ? html`<h4 class="reach-group show-all" id="show-all">${REACH_TEXT_LABELS.showAll[lang]}</h4>
          ${kinds.map(
            (kind) => html`<details class="fold kind" data-kind=${kind.key}>
              <summary>${CATEGORY_LABELS[kind.key][lang]} (${kind.items.length})</summary>
              <ul class="cards reach-cards">
                ${kind.items.map((item) => renderReachCard(item, ctx))}
              </ul>
            </details>`,
          )}`
        : nothing
    }
  </section>`;
}

/** The one action of a card: a call (with the number), a chat, LINE, a form, … as a link at least 44 × 44 px. */
function renderAction(channel: ChannelLocalized, lang: Lang): TemplateResult {
  const label = REACH_ACTION_LABELS[channel.type][lang];
  if (channel.type === "phone" || channel.type === "shortcode") {
    const shown = channel.type === "phone" ? channel.number : channel.code;
    const href = dialHref(channel);
    // The number stays visible as text: a phone that does not dial the link can still be typed from it.
    return href
      ? html`<a class="action call" part="action" href=${href}>${label} <span class="dial" part="dial">${shown}</span></a>`
      : html`<span class="action" part="action">${label} <span class="dial" part="dial">${shown}</span></span>`;
  }
  if (channel.type === "line") {
    return channel.url
      ? html`<a class="action" part="action" href=${channel.url} rel="noopener noreferrer">${label} ${channel.lineId}</a>`
      : html`<span class="action" part="action">${label} ${channel.lineId}</span>`;
  }
  if (channel.type === "in-person") {
    return channel.url
      ? html`<a class="action" part="action" href=${channel.url} rel="noopener noreferrer">${label}: ${channel.where}</a>`
      : html`<span class="action" part="action">${label}: ${channel.where}</span>`;
  }
  return html`<a class="action" part="action" href=${channel.url} rel="noopener noreferrer">${label}</a>`;
}

/** What the badge of a card says about the time: until when, from when, answered later, or why it is unknown. */
function renderWhen(item: Item, ctx: ReachRenderContext): TemplateResult {
  const { status } = item;
  const { lang, now } = ctx;
  switch (status.state) {
    case "open":
      return html`<span class="badge open" part="badge badge-open"
        >${status.closesAt ? untilLabel(formatJapanTime(status.closesAt, now, lang, { zoneLabel: false }), lang) : ctx.t.openNow}</span
      >`;
    case "closed":
      return html`<span class="badge closed" part="badge badge-closed"
        >${status.opensAt ? opensLabel(formatJapanTime(status.opensAt, now, lang, { zoneLabel: false }), lang) : ctx.t.closedNow}</span
      >`;
    case "deferred":
      return html`<span class="badge deferred" part="badge badge-deferred">${CONTACT_TEXT_LABELS.deferred[lang]}</span>`;
    case "unknown":
      return html`<span class="badge unknown" part="badge">${status.reason === "hours-vary" ? ctx.t.hoursVary : ctx.t.openUnknown}</span>`;
  }
}

/**
 * Why the hours are unknown, said once on the card: the record's own note on its hours when it has one (for #9110,
 * what happens out of hours: a duty officer or a recorded message), else the general reason.
 */
function unknownNote(item: Item, lang: Lang): string | null {
  if (item.status.state !== "unknown") return null;
  const schedule = item.channel.schedule ?? item.contact.schedule;
  const note = "note" in schedule ? schedule.note : undefined;
  return note ?? (item.status.reason ? UNKNOWN_REASON_LABELS[item.status.reason][lang] : null);
}

/**
 * A channel in the card's fold, each fact once: its link or number (not again for the channel the card's action
 * already offers), its own label, hours and open state, languages, notes and the traces using it can leave.
 */
function renderFoldChannel(channel: ChannelLocalized, offered: boolean, ctx: ReachRenderContext): TemplateResult {
  const { lang, t } = ctx;
  const hours = channel.schedule ? describeSchedule(channel.schedule, lang) : [];
  const traces = channelTraces(channel, lang);
  const badge =
    channel.schedule && !offered
      ? renderBadge(
          openStatus(channel, ctx.now),
          ctx,
          channel.schedule.type === "varies",
          channel.schedule.type === "deferred",
        )
      : nothing;
  return html`<li class="channel" data-channel-type=${channel.type}>
    <div class="channel-main">
      ${offered ? html`<span class="label">${REACH_ACTION_LABELS[channel.type][lang]}</span>` : renderAction(channel, lang)}
      ${channel.label ? html`<span class="label">${channel.label}</span>` : nothing} ${badge}
    </div>
    ${hours.length ? html`<p class="note">${t.hours}: ${hours.join(" / ")}</p>` : nothing}
    ${channel.languages ? html`<p class="note">${t.languages}: ${languageList(channel.languages, lang)}</p>` : nothing}
    ${channel.notes ? html`<p class="note">${channel.notes}</p>` : nothing}
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

/** Who a contact is for, in a few words. */
function forWhom(contact: ContactLocalized, lang: Lang): string {
  return joinList(
    contact.audiences.map((a) => AUDIENCE_LABELS[a][lang]),
    lang,
  );
}

/**
 * One compact card. Card contract (docs: widget reference): `part="card"`, `data-contact-id`, and `data-open-status`
 * (`open`, `closed`, `deferred` or `unknown`) for the channel it offers now.
 */
export function renderReachCard(item: Item, ctx: ReachRenderContext): TemplateResult {
  const { contact, channel } = item;
  const { lang, t } = ctx;
  const dialing = shortcodeDialing(contact, channel, lang);
  const note = unknownNote(item, lang);
  const hours = describeSchedule(contact.schedule, lang);
  const area =
    contact.coverage.scope === "regional" && contact.coverage.area
      ? html`<span class="area">${forPeopleInLabel(contact.coverage.area, lang)}</span> · `
      : nothing;
  return html`<li
    class="card reach-card"
    part="card"
    data-contact-id=${contact.id}
    data-open-status=${item.status.state}
  >
    <h3 tabindex="-1">${contact.name}</h3>
    <p class="for">${renderWhen(item, ctx)} ${area}${forWhom(contact, lang)} · ${COST_LABELS[contact.cost][lang]}</p>
    ${renderAction(channel, lang)}
    ${dialing?.code.includes("#") ? html`<p class="note dial-by-hand">${dialing.instruction}</p>` : nothing}
    ${note ? html`<p class="note why">${note}</p>` : nothing}
    <details class="more">
      <summary>${t.more}</summary>
      <p class="summary">${contact.summary}</p>
      ${ctx.compact ? nothing : html`<p class="description">${contact.description}</p>`}
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
      ${contact.caveat ? html`<p class="caveat"><strong>${t.caveat}:</strong> ${contact.caveat}</p>` : nothing}
      <p class="meta">${t.verified(contact.verifiedAt)} · ${renderSources(contact.sources, lang)}</p>
    </details>
  </li>`;
}
