// Where the person is inside the widget: the open tab, the expanded remedies, and where focus goes after a jump (to a
// contact card, a remedy, the triage results), so keyboard and screen-reader users land on what they asked for.
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Panel } from "../options.js";

/** What navigation needs from its element. */
export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Whether tabs are shown (view="all"). */
  readonly tabbed: boolean;
}

/** Tabs, expanded remedies and focus after jumps. */
export class NavigationController implements ReactiveController {
  activeTab: Panel = "contacts";
  openRemedies: ReadonlySet<string> = new Set();
  readonly #host: NavigationHost;
  #focusAfterUpdate?: () => HTMLElement | null | undefined;

  constructor(host: NavigationHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    const pick = this.#focusAfterUpdate;
    this.#focusAfterUpdate = undefined;
    pick?.()?.focus();
  }

  /** Focuses the element matching `selector` once the next render is done. */
  focus(selector: string): void {
    this.#focusAfterUpdate = () => this.#host.renderRoot.querySelector<HTMLElement>(selector);
    this.#host.requestUpdate();
  }

  /** Shows a contact card in the contacts tab and focuses its name. */
  showContact(id: string): void {
    this.selectTab("contacts");
    // The card may be folded (by kind, or under its region): open its folds so that focus lands on something visible.
    this.#focusAfterUpdate = () => {
      const name = this.#host.renderRoot.querySelector<HTMLElement>(
        `#panel-contacts [data-contact-id="${CSS.escape(id)}"] h3`,
      );
      for (let fold = name?.closest("details"); fold; fold = fold.parentElement?.closest("details")) fold.open = true;
      return name;
    };
    this.#host.requestUpdate();
  }

  /** Expands a remedy (in the remedies tab, unless it is shown inside the triage results) and focuses it. */
  showRemedy(id: string): void {
    if (this.#host.tabbed && this.activeTab !== "triage") this.selectTab("remedies");
    this.toggleRemedy(id, true);
    this.focus(`[data-remedy-id="${CSS.escape(id)}"] > summary`);
  }

  /** Remembers that a remedy was expanded or collapsed. */
  toggleRemedy(id: string, open: boolean): void {
    if (open === this.openRemedies.has(id)) return;
    const next = new Set(this.openRemedies);
    if (open) next.add(id);
    else next.delete(id);
    this.openRemedies = next;
    this.#host.requestUpdate();
  }

  /** Opens a tab (and focuses it, for keyboard use), telling the page with `stalker-help-view-change`. */
  selectTab(tab: Panel, focus = false): void {
    if (focus) this.focus(`#tab-${tab}`);
    if (tab === this.activeTab) return;
    this.activeTab = tab;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(
      new CustomEvent("stalker-help-view-change", { detail: { view: tab }, bubbles: true, composed: true }),
    );
  }

  /** Collapses every remedy. */
  reset(): void {
    this.openRemedies = new Set();
    this.#host.requestUpdate();
  }
}
