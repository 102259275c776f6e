// The contacts panel's first screen, "今つながる / Reachable now": under the danger line, who a person can reach at
// this moment and how, one compact card each (name, the one action, who it is for, cost), then the lines whose hours
// cannot be known from here, the forms answered later, and the closed lines with their next opening. The grouping and
// the order are @netstalker/data's reachableNow; this module only draws them. The rest of the contacts are folded by
// kind below, and regional ones of no chosen region under "for people in Tokyo".
import type { ChannelLocalized, ContactLocalized, Lang, Prefecture } from "@netstalker/data";
import {
  AUDIENCE_LABELS,
  CATEGORY_LABELS,
  COST_LABELS,
  contactReach,
  dialText,
  forPeopleInLabel,
  groupInOrder,
  isDialChannel,
  joinList,
  openBadge,
  REACH_ACTION_LABELS,
  REACH_STATE_LABELS,
  REACH_TEXT_LABELS,
  type Reach,
  type ReachGroup,
  type ReachState,
  type ReachStatus,
  reachableNow,
  UNKNOWN_REASON_LABELS,
} from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { ContactRenderContext } from "./contact.js";

/** What the first screen needs besides the contact card context. */
export interface ReachRenderContext extends ContactRenderContext {
  /** "I can't talk on the phone": only channels that need no voice call. */
  textOnly: boolean;
  /** Turns "I can't talk on the phone" on or off. */
  setTextOnly: (on: boolean) => void;
  /** The person's prefecture (`region` attribute), when given and valid. */
  region: Prefecture | undefined;
  /** Draws a card's fold (details, every channel, sources): from the lazy views module, once it has loaded. */
  fold?: (item: Reach<ContactLocalized>) => TemplateResult;
  /** The views module could not be loaded: the folds say so (the card itself, with its action, stays). */
  foldUnavailable?: boolean;
}

type Item = Reach<ContactLocalized>;

/**
 * How many cards of each state the first screen shows before the rest is folded by kind: every line answering now,
 * and a few of the others, so that on a 390 px phone the panel stays within about three screens.
 */
const FIRST_SCREEN: Readonly<Record<ReachState, number>> = {
  open: 3,
  unknown: 1,
  deferred: 1,
  // One: with the caveats the merged content puts on cards (#18, #21), two closed lines took the panel past three
  // screens at 23:00 in English; the others are under "all contacts" with their next opening.
  closed: 1,
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
  // Only 110 (the emergency numbers the widget carries when its data file cannot be used): show it, not a fold.
  if (screen.groups.length === 0 && rest.length > 0) screen.groups.push({ state: "open", items: rest.splice(0) });
  for (const group of screen.groups) {
    const limit = FIRST_SCREEN[group.state];
    shown.push({ state: group.state, items: group.items.slice(0, limit) });
    rest.push(...group.items.slice(limit));
  }
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
      <p id="cannot-talk-hint" class="visually-hidden">
        ${REACH_TEXT_LABELS.cannotTalkHint[lang]}
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
          ${forPeopleInLabel(group.area ?? "", lang)}
          (${group.items.length})
        </summary>
        <ul class="cards reach-cards">
          ${group.items.map((item) => renderReachCard(item, ctx))}
        </ul>
      </details>`,
    )}
    ${
      rest.length
        ? html`<h4 class="reach-group show-all" id="show-all">${REACH_TEXT_LABELS.showAll[lang]}</h4>
          ${renderByKind(rest, ctx)}`
        : nothing
    }
  </section>`;
}

/** The one action of a card: a call (with the number), a chat, LINE, a form, … as a link at least 44 × 44 px. */
export function renderAction(channel: ChannelLocalized, lang: Lang): TemplateResult {
  const label = REACH_ACTION_LABELS[channel.type][lang];
  if (isDialChannel(channel)) {
    // The number stays visible as text: a phone that does not dial the link can still be typed from it.
    const dial = dialText(channel, lang);
    return html`<a class="action call" part="action" href=${dial.href}>${label} <span class="dial" part="dial">${dial.shown}</span></a>`;
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
  // An app or the relay service must be set up beforehand: the action says so (the fold says how).
  const setUp = "needsRegistration" in channel && channel.needsRegistration;
  return html`<a class="action" part="action" href=${channel.url} rel="noopener noreferrer"
    >${label}${setUp ? ` (${REACH_TEXT_LABELS.registerFirst[lang]})` : ""}</a
  >`;
}

/** The `part` names of a badge, by state: a partner can style the open, closed and answered-later badges apart. */
const BADGE_PARTS: Record<ReachState, string> = {
  open: "badge badge-open",
  closed: "badge badge-closed",
  deferred: "badge badge-deferred",
  unknown: "badge",
};

/**
 * An open-now badge in @netstalker/data's words (openBadge). `short`: the compact card, under a heading that already
 * says the state, shows only the time (until when, from when) when there is one; else the state, then the time.
 */
export function renderStatusBadge(status: ReachStatus, ctx: ContactRenderContext, short: boolean): TemplateResult {
  const badge = openBadge(status, ctx.now, ctx.lang);
  const words =
    short || badge.when === null
      ? (badge.when ?? badge.label)
      : html`${badge.label} <span class="when">${badge.when}</span>`;
  return html`<span class="badge ${badge.state}" part=${BADGE_PARTS[badge.state]}>${words}</span>`;
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
  const note = unknownNote(item, lang);
  const byHand = dialText(channel, lang)?.byHand;
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
    <p class="for">${renderStatusBadge(item.status, ctx, true)} ${area}${forWhom(contact, lang)} · ${COST_LABELS[contact.cost][lang]}</p>
    ${renderAction(channel, lang)}
    ${byHand ? html`<p class="note dial-by-hand">${byHand}</p>` : nothing}
    ${note ? html`<p class="note why">${note}</p>` : nothing}
    ${
      // Said on the card, not folded: an unconfirmed number or hour must be seen before calling.
      contact.caveat ? html`<p class="note caveat"><span aria-hidden="true">⚠ </span>${contact.caveat}</p>` : nothing
    }
    <details class="more">
      <summary>${t.more}</summary>
      ${ctx.fold ? ctx.fold(item) : html`<p class="muted">${ctx.foldUnavailable ? t.viewUnavailable : t.loadingView}</p>`}
    </details>
  </li>`;
}

/**
 * The contacts below the first screen, folded by kind (their first category), in CATEGORY_LABELS order. In the entry,
 * not the views chunk: the panel keeps its layout (and the embed page's one height) when the views arrive.
 */
export function renderByKind(items: readonly Reach<ContactLocalized>[], ctx: ReachRenderContext): TemplateResult {
  const kinds = groupInOrder(
    items,
    Object.keys(CATEGORY_LABELS) as (keyof typeof CATEGORY_LABELS)[],
    (item) => item.contact.categories[0] ?? "emergency",
  );
  return html`${kinds.map(
    (kind) => html`<details class="fold kind" data-kind=${kind.key}>
      <summary>${CATEGORY_LABELS[kind.key][ctx.lang]} (${kind.items.length})</summary>
      <ul class="cards reach-cards">
        ${kind.items.map((item) => renderReachCard(item, ctx))}
      </ul>
    </details>`,
  )}`;
}
