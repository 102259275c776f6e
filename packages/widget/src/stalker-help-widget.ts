import type { Lang, Prefecture } from "@netstalker/data";
import { parsePrefecture } from "@netstalker/data/query";
import {
  adoptStyles,
  type CSSResult,
  type CSSResultGroup,
  html,
  LitElement,
  nothing,
  type PropertyValues,
  type TemplateResult,
} from "lit";
import { DataController } from "./controllers/data-controller.js";
import { LayoutController } from "./controllers/layout-controller.js";
import { NavigationController } from "./controllers/navigation-controller.js";
import { DEFAULT_EXIT_URL } from "./controllers/page-exit.js";
import { QuickExitController } from "./controllers/quick-exit-controller.js";
import { DEFAULT_FETCH_TIMEOUT_MS } from "./data/fetch-timeout.js";
import type { WidgetData } from "./data/widget-data.js";
import { addViewText, type UiText, uiText } from "./i18n.js";
import { type Panel, THEMES, type Theme, VIEWS, type View } from "./options.js";
import { renderEmergency } from "./render/contact.js";
import { type PanelContext, renderPanel, type ViewsModule } from "./render/panel.js";
import { renderTabs } from "./render/tabs.js";
import { resolveLang } from "./resolve-lang.js";
import { styles, stylesWith } from "./styles/index.js";
import type { TriageController } from "./triage/controller.js";

export type { StalkerHelpDataDetail } from "./controllers/data-controller.js";
export { DEFAULT_FETCH_TIMEOUT_MS } from "./data/fetch-timeout.js";
export { DEFAULT_EXIT_URL, THEMES, type Theme, VIEWS, type View };

/**
 * Help for people harassed or stalked online in Japan: the right consultation windows with their numbers and
 * whether they are open now (Japan time, Japanese holidays), what they can do, answers to common questions, and a
 * short guide to the right window. In Japanese and English, light or dark, with a quick exit.
 *
 * @tagname stalker-help-widget
 * @summary Embeddable help for victims of online stalking in Japan, with a quick exit.
 *
 * @fires {CustomEvent<StalkerHelpDataDetail>} stalker-help-data - The records on screen were loaded or replaced. `detail`: `{ source: "bundled" | "api" | "fallback", lang, dataVersion, failure? }`; `failure` says why the data file or live data from `api-base` was not used.
 * @fires {CustomEvent<{ url: string }>} stalker-help-exit - The quick exit started (button or Shift pressed three times); the page (the whole tab when framed) is leaving for `exit-url`. Not cancelable. `detail`: `{ url }`.
 * @fires {CustomEvent<{ view: View }>} stalker-help-view-change - The person switched tabs in the `all` view. `detail`: `{ view }`.
 *
 * @csspart exit - The quick-exit button ("すぐにこのページを離れる" / "Exit this page now").
 * @csspart header - The top bar holding the title and the quick-exit button.
 * @csspart emergency - The line pointing to emergency numbers, shown in every view.
 * @csspart tab - Each tab in the `all` view.
 * @csspart card - Each contact card; it carries `data-contact-id` and `data-open-status` (`open`, `closed`, `deferred` or `unknown`).
 * @csspart action - The one action of a card on the first screen (a call with its number, a chat, LINE, a form).
 * @csspart cannot-talk - The "電話で話せない / I can't talk on the phone" switch.
 * @csspart files-missing - The notice shown when the data file next to the script could not be used (only the emergency numbers are on screen).
 * @csspart badge - Each open-now badge (also `badge-open`, `badge-closed`, or `badge-deferred` for "24時間受付(返信は後日)").
 * @csspart dial - Each phone number or short code.
 * @csspart remedy - Each remedy disclosure.
 * @csspart faq - Each question-and-answer disclosure.
 * @csspart promise - The promise above the triage text box: nothing typed leaves the page.
 * @csspart understood - "What we understood" from the typed words: chips (each checks its box) and questions to confirm.
 * @csspart listening - With thoughts of dying or self-harm: a calm sentence and the lines that listen, first.
 * @csspart removal - The platforms' removal routes (triage results and the deletion-request remedy).
 * @csspart caution - Each caution shown before the removal routes (a request may reach the poster).
 * @csspart safety-note - The note on what the quick exit can and cannot hide.
 * @csspart document - A filled-in document (takedown request, disclosure request, incident log) with `data-document` set to its id and `data-copy` to `full` or `masked`; printed alone.
 *
 * @cssprop [--stalker-help-font-family=system-ui, …] - Font stack (system fonts; web fonts do not load inside a shadow root).
 * @cssprop [--stalker-help-font-size=16px] - Base text size, in px.
 * @cssprop [--stalker-help-background=#ffffff] - Background (each colour has a dark default under `theme="dark"` or `"auto"`).
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
  // Declared here rather than with decorators: the decorator helpers cost about 0.6 KB brotli of the first card's code.
  static override properties = {
    language: { attribute: "lang" },
    view: { reflect: true },
    theme: { reflect: true },
    category: {},
    audience: {},
    region: {},
    apiBase: { attribute: "api-base" },
    exitUrl: { attribute: "exit-url" },
    compact: { type: Boolean, reflect: true },
    fetchTimeout: { attribute: "fetch-timeout", type: Number },
    dataIntegrity: { attribute: "data-integrity" },
    now: { attribute: false },
    announcement: { state: true, attribute: false },
    textOnly: { state: true, attribute: false },
  };

  /** Language, `ja` or `en` (any `en-*` tag gives English, any other Japanese); else the nearest ancestor's `lang`. */
  declare language?: string;
  /** What to show: `contacts`, `remedies`, `faq`, `triage`, `documents`, or `all` (tabs). */
  view: View = "all";
  /** Colours: `light` (default), `dark`, or `auto` to follow the OS setting. */
  theme: Theme = "light";
  /** Show only contacts in these categories (space- or comma-separated). Emergency numbers are always shown. */
  declare category?: string;
  /** Show only contacts for these audiences (space- or comma-separated, e.g. `children women`). */
  declare audience?: string;
  /**
   * The person's prefecture: a JIS code `01`–`47` or its name in Japanese or English (`13`, `東京都`, `Tokyo`). Its
   * own regional contacts then rank with the national ones; without it they are folded under "for people in …".
   */
  declare region?: string;
  /** Base URL of a netstalker-help API for live data; without it, or when it fails, the shipped records are used. */
  declare apiBase?: string;
  /** Where the quick exit goes (an http(s) URL). Default: a weather forecast (https://tenki.jp/). */
  exitUrl: string = DEFAULT_EXIT_URL;
  /** Shorter cards: no descriptions, languages or sources. */
  compact = false;
  /** Milliseconds (500 to 60000) to wait for the data file or live data before keeping what is on screen. */
  fetchTimeout = DEFAULT_FETCH_TIMEOUT_MS;
  /** sha384 of the data files (from `integrity.json`, space-separated): a file matching none is refused. CDN build only. */
  declare dataIntegrity?: string;
  /** The instant "open now" is computed for. Default: the current time, refreshed every minute. */
  declare now?: Date;

  private announcement = "";
  /** "I can't talk on the phone" is on: only ways that need no voice call. Kept in memory only, never stored. */
  private textOnly = false;
  #region: Prefecture | undefined;

  #lang: Lang = "ja";
  #data = new DataController(this);
  #exit = new QuickExitController(this);
  #layout = new LayoutController(this);
  /** Created with the views module (the triage form is one of its panels): no answers exist before it. */
  #triage?: TriageController;
  #nav = new NavigationController(this);
  #views: ViewsModule | null | undefined;
  #viewsLoading?: Promise<void>;
  /** The documents panel (lazy chunk of its own): false while loading, null when it failed. */
  #documents?: DocumentsPanel | null | false;

  /** The records on screen (read-only; set by the widget). */
  get data(): WidgetData | undefined {
    return this.#data.data;
  }
  /** Whether the views are shown as tabs (`view="all"`). */
  get tabbed(): boolean {
    return this.view === "all";
  }
  /** The language in use now (`ja` or `en`). */
  get resolvedLang(): Lang {
    return this.#lang;
  }
  /** The validated exit destination: `exit-url` if it is an http(s) URL, else the default. */
  get exitDestination(): string {
    return this.#exit.destination;
  }
  /** Leaves at once: covers the widget, then replaces the current history entry with `exit-url`. */
  exit(): void {
    this.#exit.exit();
  }

  /**
   * Loads the remedies, FAQ and triage panels and their styles (the lazy views chunk of the CDN build), once. The
   * data controller calls it right after the first card; a failure leaves a message in those panels, never a throw.
   */
  loadViews(): Promise<void> {
    this.#viewsLoading ??= import("./render/views.js").then(
      (views) => {
        addViewText(views.VIEW_TEXT);
        this.#triage = new views.TriageController(this, () => this.#lang);
        this.#views = views;
        this.#adoptLazyStyles();
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#views = null;
        this.#failed("the remedies, FAQ and triage panels", error);
      },
    );
    return this.#viewsLoading;
  }

  #failed(what: string, error: unknown): void {
    console.warn(`<stalker-help-widget>: ${what} could not be loaded: ${String(error)}`);
    this.requestUpdate();
  }

  /**
   * The documents panel's renderer. Its chunk (with the documents' content) is fetched when the panel is first shown:
   * like the triage's code, only when a person asks for it, so other visitors do not download it.
   */
  #documentsPanel(ctx: PanelContext): PanelContext["documents"] {
    const docs = this.#documents;
    if (docs === undefined) {
      this.#documents = false;
      import("./render/documents.js").then(
        (module) => {
          this.#documents = module.documentsPanel(this, (message) => {
            this.announcement = message;
          });
          this.#adoptLazyStyles();
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#documents = null;
          this.#failed("the documents panel", error);
        },
      );
    }
    return docs ? () => docs.render(ctx) : docs === null ? null : undefined;
  }

  /** The lazy panels' styles, placed before the safety and media styles as if they had been static styles. */
  #adoptLazyStyles(): void {
    const lazy: CSSResultGroup[] = [...(this.#views?.viewStyles ?? [])];
    if (this.#documents) lazy.push(this.#documents.styles);
    adoptStyles(this.renderRoot as ShadowRoot, stylesWith(lazy) as CSSResult[]);
  }

  /** Shift-sequence feedback for screen readers (QuickExitController). */
  announceShift(remaining: number): void {
    this.announcement = remaining > 0 ? this.#t.shiftCount(remaining) : this.#t.shiftExpired;
  }

  /** Forgets every answer and typed text (QuickExitController, on pagehide and back/forward-cache restore). */
  clearAnswers(): void {
    this.#triage?.clear();
    if (this.#documents) this.#documents.clear();
    this.#nav.reset();
    this.announcement = "";
    this.textOnly = false;
    for (const form of this.renderRoot.querySelectorAll("form")) form.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#lang = resolveLang(this);
    if (changed.has("view") && !VIEWS.includes(this.view)) {
      console.warn(
        `<stalker-help-widget>: view="${String(this.view)}" is not one of ${VIEWS.join(", ")}; showing all.`,
      );
      this.view = "all";
    }
    if (changed.has("theme") && !THEMES.includes(this.theme)) this.theme = "light";
    if (changed.has("region")) {
      this.#region = this.region ? parsePrefecture(this.region) : undefined;
      if (this.region && !this.#region) {
        console.warn(
          `<stalker-help-widget>: region="${this.region}" is not a prefecture (a code 01-47 or a name); showing every region.`,
        );
      }
    }
  }

  get #t(): UiText {
    return uiText(this.#lang);
  }

  #panelCtx(data: WidgetData): PanelContext {
    const t = this.#t;
    const lang = this.#lang;
    return {
      lang,
      t,
      data,
      contact: {
        lang,
        t,
        now: this.now ?? new Date(),
        compact: this.compact,
        narrow: this.#layout.narrow,
        detailsUnavailable: this.#data.detailsUnavailable,
      },
      remedy: {
        lang,
        t,
        contactsById: new Map(data.contacts.map((c) => [c.id, c])),
        remediesById: new Map(data.remedies.map((r) => [r.id, r])),
        showContact: this.tabbed ? (id) => this.#nav.showContact(id) : undefined,
        showRemedy: (id) => this.#nav.showRemedy(id),
        isOpen: (id) => this.#nav.openRemedies.has(id),
        onToggle: (id, open) => this.#nav.toggleRemedy(id, open),
      },
      category: this.category,
      audience: this.audience,
      triage: this.#triage,
      submitTriage: () => void this.#runTriage(data),
      resetTriage: () => this.clearAnswers(),
      views: this.#views,
      detailsUnavailable: this.#data.detailsUnavailable,
      reach: {
        textOnly: this.textOnly,
        setTextOnly: (on) => {
          this.textOnly = on;
        },
        region: this.#region,
      },
    };
  }

  #panel(panel: Panel, data: WidgetData): TemplateResult | typeof nothing {
    const ctx = this.#panelCtx(data);
    // Only the documents panel asks for its chunk: rendering any other panel must not fetch it.
    return renderPanel(panel, panel === "documents" ? { ...ctx, documents: this.#documentsPanel(ctx) } : ctx);
  }

  async #runTriage(data: WidgetData): Promise<void> {
    // Ranks the records on screen (shipped or live) with the bundled rules; nothing answered or typed leaves here.
    if (!this.#triage) return;
    const result = await this.#triage.run(data);
    if (this.#triage.askedWithNothing) {
      // Nothing answered or understood: no suggestions, the questions are the way on.
      this.announcement = this.#t.triageAnswerQuestions;
      this.#nav.focus("#triage-questions-lead");
      return;
    }
    if (!result) {
      this.announcement = this.#t.triageUnavailable;
    } else {
      const items = this.#views ? this.#views.triageItems(result) : result;
      this.announcement = this.#t.triageResults(items.contacts.length, items.remedies.length);
    }
    this.#nav.focus("#triage-results");
  }

  #renderBody(data: WidgetData): TemplateResult {
    const t = this.#t;
    if (this.view !== "all") {
      return html`<h3 class="kind-heading">${t.tabs[this.view]}</h3>
        <div class="panel" id=${`panel-${this.view}`}>${this.#panel(this.view, data)}</div>`;
    }
    return renderTabs({
      t,
      active: this.#nav.activeTab,
      select: (panel, focus) => this.#nav.selectTab(panel, focus),
      panel: (panel) => this.#panel(panel, data),
    });
  }

  /** Says, on the page, that the data file was not used: a partner who copied only the script sees why. */
  #filesMissing(data: WidgetData) {
    return data.source === "fallback"
      ? html`<p class="files-missing" part="files-missing" role="status">${this.#t.filesMissing}</p>`
      : nothing;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    const data = this.data;
    const exiting = this.#exit.exiting;
    const classes = [
      "root",
      this.compact ? "compact" : "",
      this.#layout.narrow ? "narrow" : "",
      exiting ? "exiting" : "",
    ];
    return html`<div class=${classes.join(" ").trim()} lang=${this.#lang}>
      <div class="content" ?inert=${exiting}>
        <div class="header" part="header">
          <h2>${t.title}</h2>
          <button type="button" class="exit" part="exit" aria-describedby="exit-hint" @click=${() => this.exit()}>
            ${t.exit}
          </button>
        </div>
        <div class="body">
          ${data ? html`${renderEmergency(data.contacts, t, this.#lang)}${this.#filesMissing(data)}${this.#renderBody(data)}` : nothing}
          <aside class="safety" part="safety-note" aria-labelledby="safety-title">
            <h3 id="safety-title">${t.safetyTitle}</h3>
            <p id="exit-hint">${t.exitHint(this.exitUrl === DEFAULT_EXIT_URL)}</p>
            <p>${t.safetyNote}</p>
          </aside>
        </div>
      </div>
      <div class="live visually-hidden" role="status">${this.announcement}</div>
      ${exiting ? html`<div class="cover" role="alert">${t.exitLeaving}…</div>` : nothing}
    </div>`;
  }
}

type DocumentsPanel = import("./render/documents.js").DocumentsPanel;

declare global {
  interface HTMLElementTagNameMap {
    "stalker-help-widget": StalkerHelpWidget;
  }
  interface HTMLElementEventMap {
    "stalker-help-data": CustomEvent<import("./controllers/data-controller.js").StalkerHelpDataDetail>;
    "stalker-help-exit": CustomEvent<{ url: string }>;
    "stalker-help-view-change": CustomEvent<{ view: View }>;
  }
}
