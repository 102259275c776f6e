// What a person is writing in the documents view: the chosen document and its values, held only in this object (no
// storage, no URL, no request), forgotten by clear() on pagehide and on a back/forward-cache restore. While a
// document is shown, printing uses an A4 page: an @page rule in the page's head for the time of the print only (a
// shadow root's own @page rules do not apply).
import type { DocumentEntryValues, DocumentFieldValue, DocumentValues } from "@netstalker/data/documents";
import type { ReactiveController, ReactiveControllerHost } from "lit";

/** The @page rule a printed document uses: A4 portrait with margins for binding and hole punching. */
export const PRINT_PAGE_RULE = "@page { size: A4 portrait; margin: 18mm 16mm 18mm 20mm; }";

type Mutable = Record<string, DocumentFieldValue | DocumentEntryValues[]>;

/** The documents view's state. */
export class DocumentsController implements ReactiveController {
  /** The document being written, or undefined before one is chosen. */
  selected: string | undefined;
  #values: Mutable = {};
  #pageStyle?: HTMLStyleElement;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener("beforeprint", this.#beforePrint);
    window.addEventListener("afterprint", this.#afterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener("beforeprint", this.#beforePrint);
    window.removeEventListener("afterprint", this.#afterPrint);
    this.#afterPrint();
  }

  /** The values as typed so far. */
  get values(): DocumentValues {
    return this.#values;
  }

  /** Chooses a document; what was written for another one is forgotten. */
  select(id: string | undefined): void {
    if (id === this.selected) return;
    this.selected = id;
    this.#values = {};
    this.#host.requestUpdate();
  }

  /** Sets a field (`entry` set: of that entry of the repeated section `section`). */
  set(field: string, value: DocumentFieldValue, section?: string, entry?: number): void {
    if (section === undefined || entry === undefined) {
      this.#values[field] = value;
    } else {
      const entries = this.entries(section);
      entries[entry] = { ...(entries[entry] ?? {}), [field]: value };
      this.#values[section] = entries;
    }
    this.#host.requestUpdate();
  }

  /** The entries of a repeated section (at least one, the first blank). */
  entries(section: string): DocumentEntryValues[] {
    const list = this.#values[section];
    return Array.isArray(list) && list.length > 0 ? [...(list as DocumentEntryValues[])] : [{}];
  }

  /** Adds a blank entry to a repeated section. */
  addEntry(section: string): void {
    this.#values[section] = [...this.entries(section), {}];
    this.#host.requestUpdate();
  }

  /** Removes entry `index` of a repeated section. */
  removeEntry(section: string, index: number): void {
    this.#values[section] = this.entries(section).filter((_, i) => i !== index);
    this.#host.requestUpdate();
  }

  /** Forgets the chosen document and everything written. */
  clear(): void {
    this.selected = undefined;
    this.#values = {};
    this.#host.requestUpdate();
  }

  #beforePrint = (): void => {
    if (this.selected === undefined || this.#pageStyle) return;
    const style = document.createElement("style");
    style.textContent = PRINT_PAGE_RULE;
    style.dataset.stalkerHelp = "print-page";
    document.head.append(style);
    this.#pageStyle = style;
  };

  #afterPrint = (): void => {
    this.#pageStyle?.remove();
    this.#pageStyle = undefined;
  };
}
