import type { Audience, Category, ContactLocalized, Lang, RemedyLocalized, Urgency } from "@netstalker/data";
import {
  AUDIENCE_LABELS,
  type ContactFilter,
  filterContacts,
  REMEDY_KIND_LABELS,
  TRIAGE_NEED_LABELS,
  TRIAGE_NEEDS,
  type TriageNeed,
  type TriageResult,
} from "@netstalker/data/query";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { property, state } from "lit/decorators.js";
import { type UiText, uiText } from "./i18n.js";
import type { LiveDataFailure } from "./live-data.js";
import { type ContactRenderContext, renderContact, renderDial } from "./render-contact.js";
import { renderFaq } from "./render-faq.js";
import { type RemedyRenderContext, renderRemedy } from "./render-remedy.js";
import { resolveLang } from "./resolve-lang.js";
import { ShiftExitDetector } from "./shift-exit.js";
import { styles } from "./stalker-help-widget.styles.js";
import type { DataSource, WidgetData } from "./widget-data.js";

/** The views the widget can show; `all` shows the other four as tabs. */
export const VIEWS = ["contacts", "remedies", "faq", "triage", "all"] as const;
/** One of {@link VIEWS}. */
export type View = (typeof VIEWS)[number];
type Panel = Exclude<View, "all">;
const PANELS: readonly Panel[] = ["contacts", "remedies", "faq", "triage"];

/**
 * Where the quick exit goes unless `exit-url` says otherwise: tenki.jp, the Japan Weather Association's forecast.
 * A weather page is what the GOV.UK pattern recommends: common, harmless to be seen on, and not personalised.
 */
export const DEFAULT_EXIT_URL = "https://tenki.jp/";
/** How long live data from `api-base` may take before the widget keeps its bundled data. */
export const DEFAULT_FETCH_TIMEOUT_MS = 4000;

/** Audiences offered as triage answers: the ones that change which window is right for a person. */
const TRIAGE_AUDIENCES: readonly Audience[] = ["women", "men", "children", "foreign-residents", "low-income"];
/** Remedies start with what a person can do now. */
const REMEDY_KIND_ORDER: readonly RemedyLocalized["kind"][] = ["coping", "legal-action", "prevention"];

/** Detail of the `stalker-help-data` event. */
export interface StalkerHelpDataDetail {
  /** Where the records on screen now come from. */
  source: DataSource;
  /** The language of the records. */
  lang: Lang;
  /** The data version of the records. */
  dataVersion: string;
  /** Set when `api-base` was given but its data could not be used, so the bundled data is shown. */
  failure?: LiveDataFailure;
}

const URGENCY_RANK: Record<Urgency, number> = { emergency: 0, urgent: 1, anytime: 2 };

/** Emergency windows first, then urgent ones, then the rest; the dataset's order within each. */
function byUrgency(contacts: readonly ContactLocalized[]): ContactLocalized[] {
  return [...contacts].sort((a, b) => URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]);
}

type Triage = TriageResult<ContactLocalized, RemedyLocalized>;

function splitList(value: string | undefined): string[] {
  return (value ?? "").split(/[\s,]+/).filter((v) => v !== "");
}

/**
 * Help for people harassed or stalked online in Japan: the right consultation windows with their numbers and
 * whether they are open now (Japan time, Japanese holidays), what they can do, answers to common questions, and a
 * short guide to the right window. Works offline from bundled data, in Japanese and English, and has a quick exit.
 *
 * @tagname stalker-help-widget
 * @summary Embeddable help for victims of online stalking in Japan, with a quick exit.
 *
 * @fires stalker-help-data - The records on screen were loaded or replaced. `detail`: `{ source: "bundled" | "api", lang, dataVersion, failure? }`; `failure` says why live data from `api-base` was not used.
 * @fires stalker-help-exit - The quick exit started (button or Shift pressed three times); the page is leaving for `exit-url`. Not cancelable. `detail`: `{ url }`.
 * @fires stalker-help-view-change - The person switched tabs in the `all` view. `detail`: `{ view }`.
 *
 * @csspart exit - The quick-exit button ("すぐにこのページを離れる" / "Exit this page now").
 * @csspart header - The top bar holding the title and the quick-exit button.
 * @csspart emergency - The line pointing to emergency numbers, shown in every view.
 * @csspart tab - Each tab in the `all` view.
 * @csspart card - Each contact card.
 * @csspart badge - Each open-now badge (also `badge-open` or `badge-closed`).
 * @csspart dial - Each phone number or short code.
 * @csspart remedy - Each remedy disclosure.
 * @csspart faq - Each question-and-answer disclosure.
 * @csspart safety-note - The note on what the quick exit can and cannot hide.
 *
 * @cssprop [--stalker-help-font-family=system-ui, …] - Font stack (system fonts; web fonts do not load inside a shadow root).
 * @cssprop [--stalker-help-font-size=16px] - Base text size, in px.
 * @cssprop [--stalker-help-background=#ffffff] - Background.
 * @cssprop [--stalker-help-color=#1b1f24] - Text colour.
 * @cssprop [--stalker-help-muted-color=#4f5863] - Secondary text colour.
 * @cssprop [--stalker-help-border-color=#d0d5db] - Borders.
 * @cssprop [--stalker-help-surface=#f6f7f9] - Background of channels and notes.
 * @cssprop [--stalker-help-accent=#1d5aa0] - Links, focus rings, selected tab, primary buttons.
 * @cssprop [--stalker-help-open-color=#11612a] - Text of the "open now" badge.
 * @cssprop [--stalker-help-open-background=#e3f3e7] - Background of the "open now" badge.
 * @cssprop [--stalker-help-closed-color=#4f5863] - Text of the "closed" and "hours vary" badges.
 * @cssprop [--stalker-help-closed-background=#eceef1] - Background of the "closed" and "hours vary" badges.
 * @cssprop [--stalker-help-caveat-background=#fff6dc] - Background of caveats.
 * @cssprop [--stalker-help-caveat-border-color=#c99a06] - Edge of caveats.
 * @cssprop [--stalker-help-exit-background=#a4262c] - Quick-exit button background.
 * @cssprop [--stalker-help-exit-color=#ffffff] - Quick-exit button text.
 * @cssprop [--stalker-help-exit-z-index=2147483000] - Stacking order of the sticky quick-exit bar and of the cover shown while leaving.
 * @cssprop [--stalker-help-radius=8px] - Corner radius.
 */
export class StalkerHelpWidget extends LitElement {
  static override styles = styles;

  /**
   * Language, `ja` or `en` (any `en-*` tag gives English, any other tag Japanese). This is the element's ordinary
   * `lang` attribute; without it the nearest ancestor's `lang`, then the document's, is used.
   * @attr lang
   */
  @property({ attribute: "lang" }) language?: string;

  /** What to show: `contacts`, `remedies`, `faq`, `triage`, or `all` (tabs). */
  @property({ reflect: true }) view: View = "all";

  /** Show only contacts in these categories (space- or comma-separated, e.g. `police human-rights`). Emergency numbers are always shown. */
  @property() category?: string;

  /** Show only contacts for these audiences (space- or comma-separated, e.g. `children women`). */
  @property() audience?: string;

  /** Base URL of a netstalker-help API (e.g. `https://api.example.org`) for live data. Without it, or when it fails, the bundled data is used and no request is made. */
  @property({ attribute: "api-base" }) apiBase?: string;

  /** Where the quick exit goes (an http(s) URL). Default: a weather forecast (https://tenki.jp/). */
  @property({ attribute: "exit-url" }) exitUrl: string = DEFAULT_EXIT_URL;

  /** Shorter cards: no descriptions, languages or sources. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Milliseconds to wait for live data from `api-base` before keeping the bundled data. */
  @property({ attribute: "fetch-timeout", type: Number }) fetchTimeout = DEFAULT_FETCH_TIMEOUT_MS;

  /** The instant "open now" is computed for. Default: the current time, refreshed every minute. */
  @property({ attribute: false }) now?: Date;

  /** The records on screen (read-only; set by the widget). */
  @state() data?: WidgetData;

  @state() private activeTab: Panel = "contacts";
  @state() private announcement = "";
  @state() private exiting = false;
  @state() private openRemedies = new Set<string>();
  @state() private triageDanger?: boolean;
  @state() private triageNeeds = new Set<TriageNeed>();
  @state() private triageAudiences = new Set<Audience>();
  @state() private triageResult?: Triage;

  #lang: Lang = "ja";
  #loadKey = "";
  #loadToken = 0;
  #abort?: AbortController;
  #ticker?: ReturnType<typeof setInterval>;
  #expiry?: ReturnType<typeof setTimeout>;
  #detector = new ShiftExitDetector();
  #focusAfterUpdate?: () => HTMLElement | null | undefined;

  /** The language in use now (`ja` or `en`). */
  get resolvedLang(): Lang {
    return this.#lang;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener("keydown", this.#onKeydown, true);
    document.addEventListener("keyup", this.#onKeyup, true);
    window.addEventListener("pageshow", this.#onPageshow);
    this.#ticker = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener("keydown", this.#onKeydown, true);
    document.removeEventListener("keyup", this.#onKeyup, true);
    window.removeEventListener("pageshow", this.#onPageshow);
    clearInterval(this.#ticker);
    clearTimeout(this.#expiry);
    this.#abort?.abort();
    this.#loadKey = "";
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#lang = resolveLang(this);
    if (changed.has("view") && !VIEWS.includes(this.view)) {
      console.warn(
        `<stalker-help-widget>: view="${String(this.view)}" is not one of ${VIEWS.join(", ")}; showing all.`,
      );
      this.view = "all";
    }
    const key = `${this.#lang}|${this.apiBase ?? ""}`;
    if (key !== this.#loadKey) {
      this.#loadKey = key;
      void this.#load(this.#lang, this.apiBase);
    }
  }

  protected override updated(): void {
    const pick = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    pick?.()?.focus();
  }

  async #load(lang: Lang, apiBase: string | undefined): Promise<void> {
    const token = ++this.#loadToken;
    this.#abort?.abort();
    const { bundledData } = await import("./bundled-data.js");
    if (token !== this.#loadToken) return;
    this.data = bundledData(lang);
    if (!apiBase) {
      this.#emitData({ source: "bundled", lang, dataVersion: this.data.dataVersion });
      return;
    }
    // The bundled records are already on screen: a frightened person never waits on our API.
    const abort = new AbortController();
    this.#abort = abort;
    const { fetchLiveData, LiveDataError } = await import("./live-data.js");
    try {
      const live = await fetchLiveData(apiBase, lang, { timeoutMs: this.fetchTimeout, signal: abort.signal });
      if (token !== this.#loadToken) return;
      this.data = live;
      this.#emitData({ source: "api", lang, dataVersion: live.dataVersion });
    } catch (error) {
      if (token !== this.#loadToken) return;
      const failure: LiveDataFailure = error instanceof LiveDataError ? error.reason : "network";
      console.warn(
        `<stalker-help-widget>: showing the bundled data because live data from api-base failed (${failure}): ${
          error instanceof Error ? error.message : String(error)
        }`,
      );
      this.#emitData({ source: "bundled", lang, dataVersion: this.data.dataVersion, failure });
    }
  }

  #emitData(detail: StalkerHelpDataDetail): void {
    this.dispatchEvent(new CustomEvent("stalker-help-data", { detail, bubbles: true, composed: true }));
  }

  // ---- quick exit -------------------------------------------------------------------------------------------------

  /** The validated exit destination: `exit-url` if it is an http(s) URL, else the default. */
  get exitDestination(): string {
    try {
      const url = new URL(this.exitUrl, document.baseURI);
      if (url.protocol === "https:" || url.protocol === "http:") return url.href;
    } catch {
      // reported below
    }
    console.warn(`<stalker-help-widget>: exit-url="${this.exitUrl}" is not an http(s) URL; using ${DEFAULT_EXIT_URL}.`);
    return DEFAULT_EXIT_URL;
  }

  /** Leaves the page at once: covers the widget, then replaces the current history entry with `exit-url`. */
  exit(): void {
    if (this.exiting) return;
    const url = this.exitDestination;
    this.exiting = true;
    this.dispatchEvent(new CustomEvent("stalker-help-exit", { detail: { url }, bubbles: true, composed: true }));
    // replace(), not assign(): the page being left is not kept as a history entry to come "back" to.
    window.location.replace(url);
  }

  #onKeydown = (event: KeyboardEvent): void => {
    this.#detector.keydown(event.key, event.repeat);
  };

  #onKeyup = (event: KeyboardEvent): void => {
    const step = this.#detector.keyup(event.key, performance.now());
    if (step.kind === "exit") {
      clearTimeout(this.#expiry);
      this.exit();
    } else if (step.kind === "counted") {
      this.announcement = this.#t.shiftCount(step.remaining);
      clearTimeout(this.#expiry);
      this.#expiry = setTimeout(() => {
        if (!this.#detector.pending(performance.now())) {
          this.#detector.reset();
          this.announcement = this.#t.shiftExpired;
        }
      }, 5_100);
    }
  };

  #onPageshow = (event: PageTransitionEvent): void => {
    // Coming back from the back-forward cache: show the help again instead of the blank cover.
    if (event.persisted) {
      this.exiting = false;
      this.announcement = "";
      this.#detector.reset();
    }
  };

  // ---- rendering ----------------------------------------------------------------------------------------------------

  get #t(): UiText {
    return uiText(this.#lang);
  }

  #filteredContacts(data: WidgetData): { list: ContactLocalized[]; fellBack: boolean } {
    const filter: ContactFilter = {};
    const categories = splitList(this.category) as Category[];
    const audiences = splitList(this.audience) as Audience[];
    if (categories.length) filter.category = categories;
    if (audiences.length) filter.audience = audiences;
    const all = byUrgency(data.contacts);
    if (!categories.length && !audiences.length) return { list: all, fellBack: false };
    const list = filterContacts(all, filter);
    if (list.length === 0) {
      console.warn(
        `<stalker-help-widget>: no contact matches category="${this.category ?? ""}" audience="${this.audience ?? ""}"; showing all contacts.`,
      );
      return { list: all, fellBack: true };
    }
    return { list, fellBack: false };
  }

  #contactCtx(): ContactRenderContext {
    return { lang: this.#lang, t: this.#t, now: this.now ?? new Date(), compact: this.compact };
  }

  #remedyCtx(data: WidgetData): RemedyRenderContext {
    const canShowContacts = this.view === "all";
    return {
      t: this.#t,
      contactsById: new Map(data.contacts.map((c) => [c.id, c])),
      remediesById: new Map(data.remedies.map((r) => [r.id, r])),
      showContact: canShowContacts ? (id) => this.#showContact(id) : undefined,
      showRemedy: (id) => this.#showRemedy(id),
      isOpen: (id) => this.openRemedies.has(id),
      onToggle: (id, open) => {
        if (open === this.openRemedies.has(id)) return;
        const next = new Set(this.openRemedies);
        if (open) next.add(id);
        else next.delete(id);
        this.openRemedies = next;
      },
    };
  }

  #showContact(id: string): void {
    this.#selectTab("contacts");
    this.#focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(`#panel-contacts [data-contact-id="${CSS.escape(id)}"] h3`);
  }

  #showRemedy(id: string): void {
    if (this.view === "all" && this.activeTab !== "triage") this.#selectTab("remedies");
    this.openRemedies = new Set([...this.openRemedies, id]);
    this.#focusAfterUpdate = () =>
      this.renderRoot.querySelector<HTMLElement>(`[data-remedy-id="${CSS.escape(id)}"] > summary`);
  }

  #selectTab(tab: Panel): void {
    if (tab === this.activeTab) return;
    this.activeTab = tab;
    this.dispatchEvent(
      new CustomEvent("stalker-help-view-change", { detail: { view: tab }, bubbles: true, composed: true }),
    );
  }

  #onTabKeydown = (event: KeyboardEvent): void => {
    const index = PANELS.indexOf(this.activeTab);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: PANELS.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = PANELS[(target + PANELS.length) % PANELS.length];
    if (!next) return;
    this.#selectTab(next);
    this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>(`#tab-${next}`);
  };

  #renderEmergency(data: WidgetData): TemplateResult | typeof nothing {
    const emergencies = data.contacts.filter((c) => c.urgency === "emergency");
    if (emergencies.length === 0) return nothing;
    return html`<p class="emergency" part="emergency">
      <span>${this.#t.emergencyLead}</span>
      ${emergencies.map((c) => {
        const dial = c.channels.find((ch) => ch.type === "phone" || ch.type === "shortcode");
        return dial ? html`<span>${renderDial(dial)} <span class="name">${c.name}</span></span>` : nothing;
      })}
    </p>`;
  }

  #renderContacts(data: WidgetData): TemplateResult {
    const { list, fellBack } = this.#filteredContacts(data);
    const ctx = this.#contactCtx();
    return html`${fellBack ? html`<p class="muted">${this.#t.noMatch}</p>` : nothing}
      <ul class="cards">
        ${list.map((c) => renderContact(c, ctx))}
      </ul>`;
  }

  #renderRemedies(data: WidgetData): TemplateResult {
    const ctx = this.#remedyCtx(data);
    const kinds = REMEDY_KIND_ORDER;
    return html`${kinds.map((kind) => {
      const list = data.remedies.filter((r) => r.kind === kind);
      if (list.length === 0) return nothing;
      return html`<h3 class="kind-heading">${REMEDY_KIND_LABELS[kind][this.#lang]}</h3>
        ${list.map((r) => renderRemedy(r, ctx))}`;
    })}`;
  }

  #renderFaqs(data: WidgetData): TemplateResult {
    return html`${data.faqs.map((f) => renderFaq(f, this.#t))}`;
  }

  #renderTriage(data: WidgetData): TemplateResult {
    const t = this.#t;
    const onSubmit = async (event: SubmitEvent) => {
      event.preventDefault();
      const { createTriage } = await import("./run-triage.js");
      // Ranks the records on screen (bundled or live); the answers never leave this element.
      const result = createTriage(data)({
        danger: this.triageDanger,
        needs: [...this.triageNeeds],
        audiences: [...this.triageAudiences],
      });
      const items = this.#triageItems(result);
      this.triageResult = result;
      this.announcement = t.triageResults(items.contacts.length, items.remedies.length);
      this.#focusAfterUpdate = () => this.renderRoot.querySelector<HTMLElement>("#triage-results");
    };
    const onReset = () => {
      this.triageDanger = undefined;
      this.triageNeeds = new Set();
      this.triageAudiences = new Set();
      this.triageResult = undefined;
      this.announcement = "";
    };
    const toggle = <T>(set: Set<T>, value: T, on: boolean): Set<T> => {
      const next = new Set(set);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    };
    return html`<p>${t.triageIntro}</p>
      <form @submit=${onSubmit} @reset=${onReset}>
        <fieldset>
          <legend>${t.triageDanger}</legend>
          <div class="choices">
            ${([true, false] as const).map(
              (v) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="danger"
                    .checked=${this.triageDanger === v}
                    @change=${() => {
                      this.triageDanger = v;
                    }}
                  />${v ? t.yes : t.no}</label
                >`,
            )}
          </div>
        </fieldset>
        ${this.triageDanger ? this.#renderEmergency(data) : nothing}
        <fieldset>
          <legend>${t.triageNeeds}</legend>
          <div class="choices">
            ${TRIAGE_NEEDS.map(
              (need) =>
                html`<label class="choice"
                  ><input
                    type="checkbox"
                    .checked=${this.triageNeeds.has(need)}
                    @change=${(e: Event) => {
                      this.triageNeeds = toggle(this.triageNeeds, need, (e.target as HTMLInputElement).checked);
                    }}
                  />${TRIAGE_NEED_LABELS[need][this.#lang]}</label
                >`,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>${t.triageAudiences}</legend>
          <div class="choices">
            ${TRIAGE_AUDIENCES.map(
              (aud) =>
                html`<label class="choice"
                  ><input
                    type="checkbox"
                    .checked=${this.triageAudiences.has(aud)}
                    @change=${(e: Event) => {
                      this.triageAudiences = toggle(this.triageAudiences, aud, (e.target as HTMLInputElement).checked);
                    }}
                  />${AUDIENCE_LABELS[aud][this.#lang]}</label
                >`,
            )}
          </div>
        </fieldset>
        <p class="muted">${t.triagePrivacy}</p>
        <div class="actions">
          <button type="submit" class="primary">${t.triageSubmit}</button>
          <button type="reset" class="secondary">${t.triageReset}</button>
        </div>
      </form>
      ${this.triageResult ? this.#renderTriageResults(this.triageResult, data) : nothing}`;
  }

  /** At most five contacts and five remedies. */
  #triageItems(result: Triage) {
    return { contacts: result.contacts.slice(0, 5), remedies: result.remedies.slice(0, 5) };
  }

  #renderTriageResults(result: Triage, data: WidgetData): TemplateResult {
    const t = this.#t;
    const { contacts, remedies } = this.#triageItems(result);
    const summary = t.triageResults(contacts.length, remedies.length);
    const ctx = this.#contactCtx();
    const remedyCtx = this.#remedyCtx(data);
    return html`<section class="triage-results" aria-labelledby="triage-results">
      <h3 id="triage-results" tabindex="-1">${summary}</h3>
      ${
        contacts.length
          ? html`<h4>${t.triageContacts}</h4>
            <ul class="cards">
              ${contacts.map((item) => renderContact(item.record, ctx, item.reason[this.#lang]))}
            </ul>`
          : nothing
      }
      ${
        remedies.length
          ? html`<h4>${t.triageRemedies}</h4>
            ${remedies.map(
              (item) => html`<p class="reason">${item.reason[this.#lang]}</p>
                ${renderRemedy(item.record, remedyCtx)}`,
            )}`
          : nothing
      }
    </section>`;
  }

  #renderPanel(panel: Panel, data: WidgetData): TemplateResult {
    switch (panel) {
      case "contacts":
        return this.#renderContacts(data);
      case "remedies":
        return this.#renderRemedies(data);
      case "faq":
        return this.#renderFaqs(data);
      case "triage":
        return this.#renderTriage(data);
    }
  }

  #renderTabs(data: WidgetData): TemplateResult {
    const t = this.#t;
    return html`<div class="tabs" role="tablist" aria-label=${t.viewsLabel} data-screen-only>
        ${PANELS.map(
          (panel) =>
            html`<button
              type="button"
              class="tab"
              part="tab"
              role="tab"
              id=${`tab-${panel}`}
              aria-controls=${`panel-${panel}`}
              aria-selected=${this.activeTab === panel ? "true" : "false"}
              tabindex=${this.activeTab === panel ? "0" : "-1"}
              @click=${() => this.#selectTab(panel)}
              @keydown=${this.#onTabKeydown}
            >
              ${t.tabs[panel]}
            </button>`,
        )}
      </div>
      ${PANELS.map((panel) => {
        const active = this.activeTab === panel;
        // The contacts panel is always in the document (hidden when another tab is chosen) so that printing shows
        // the list whichever tab is open; other panels are rendered only while chosen.
        if (!active && panel !== "contacts") return nothing;
        return html`<div
          class="panel"
          role="tabpanel"
          id=${`panel-${panel}`}
          aria-labelledby=${`tab-${panel}`}
          ?hidden=${!active}
          ?data-print=${panel === "contacts"}
        >
          ${this.#renderPanel(panel, data)}
        </div>`;
      })}`;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const data = this.data;
    const classes = ["root", this.compact ? "compact" : "", this.exiting ? "exiting" : ""].join(" ").trim();
    return html`<div class=${classes} lang=${this.#lang}>
      <div class="content" ?inert=${this.exiting}>
        <div class="header" part="header">
          <h2>${t.title}</h2>
          <button type="button" class="exit" part="exit" aria-describedby="exit-hint" @click=${() => this.exit()}>
            ${t.exit}
          </button>
        </div>
        <div class="body">
          ${
            data
              ? html`${this.#renderEmergency(data)}
              ${
                this.view === "all"
                  ? this.#renderTabs(data)
                  : html`<h3 class="kind-heading">${t.tabs[this.view]}</h3>
                    <div class="panel" id=${`panel-${this.view}`}>${this.#renderPanel(this.view, data)}</div>`
              }`
              : nothing
          }
          <aside class="safety" part="safety-note" aria-labelledby="safety-title">
            <h3 id="safety-title">${t.safetyTitle}</h3>
            <p id="exit-hint">${t.exitHint(this.exitUrl === DEFAULT_EXIT_URL)}</p>
            <p>${t.safetyNote}</p>
          </aside>
        </div>
      </div>
      <div class="live visually-hidden" role="status">${this.announcement}</div>
      ${this.exiting ? html`<div class="cover" role="alert">${t.exitLeaving}…</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "stalker-help-widget": StalkerHelpWidget;
  }
  interface HTMLElementEventMap {
    "stalker-help-data": CustomEvent<StalkerHelpDataDetail>;
    "stalker-help-exit": CustomEvent<{ url: string }>;
    "stalker-help-view-change": CustomEvent<{ view: View }>;
  }
}
