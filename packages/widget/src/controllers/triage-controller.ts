// The short guide's state: the person's answers, their own words and what was understood from them, and the
// result. Everything lives in this object's memory only; `clear()` forgets it (on reset, pagehide and bfcache
// restore). The words are read in this page with the bundled lexicon and never sent, stored or put in a URL.
import type { Audience, TriageInterpretation } from "@netstalker/data";
import type { Relationship, TriageNeed } from "@netstalker/data/query";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { WidgetData } from "../data/widget-data.js";
import type { Chip, Triage, TriageAnswers } from "../render/triage.js";

const NO_ANSWERS: TriageAnswers = { needs: new Set(), audiences: new Set() };

/** The chips an interpretation gives, in a stable order: danger, needs, relationship, audiences. */
export function chipsOf(interpreted: TriageInterpretation | undefined): Chip[] {
  if (!interpreted) return [];
  return [
    ...(interpreted.danger ? [{ kind: "danger", key: "danger" } as const] : []),
    ...interpreted.needs.map((value) => ({ kind: "need", key: `need:${value}`, value }) as const),
    ...(interpreted.relationship
      ? [
          {
            kind: "relationship",
            key: `relationship:${interpreted.relationship}`,
            value: interpreted.relationship,
          } as const,
        ]
      : []),
    ...interpreted.audiences.map((value) => ({ kind: "audience", key: `audience:${value}`, value }) as const),
  ];
}

/** Holds the triage answers and runs the ranking in the browser. */
export class TriageController implements ReactiveController {
  answers: TriageAnswers = NO_ANSWERS;
  /** The person's own words, as typed. */
  text = "";
  /** What the words said, before the person removed anything. */
  interpreted?: TriageInterpretation;
  /** Keys of the chips the person removed. */
  dismissed: ReadonlySet<string> = new Set();
  result?: Triage;
  /** True once the triage's code could not be loaded (blocked, or refused by an import map's integrity). */
  unavailable = false;
  readonly #host: ReactiveControllerHost;
  #textToken = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
    // Fetched now, with the other lazy chunks right after the first card, never on the first keystroke: a request at
    // that moment would tell the CDN that this person has started to write about what is happening to them.
    void this.#engine();
  }

  // Nothing to set up: the state starts empty and QuickExitController clears it on pagehide and bfcache restore.
  hostConnected(): void {}

  /** The chips still standing. */
  get chips(): Chip[] {
    return chipsOf(this.interpreted).filter((c) => !this.dismissed.has(c.key));
  }

  /** The explicit answers with the chips still standing: what the ranking uses. */
  get effective(): {
    danger: boolean;
    needs: TriageNeed[];
    audiences: Audience[];
    relationship?: Relationship;
  } {
    const chips = this.chips;
    const relationship = this.answers.relationship ?? chips.find((c) => c.kind === "relationship")?.value;
    return {
      danger: this.answers.danger === true || chips.some((c) => c.kind === "danger"),
      needs: [...new Set([...this.answers.needs, ...chips.flatMap((c) => (c.kind === "need" ? [c.value] : []))])],
      audiences: [
        ...new Set([...this.answers.audiences, ...chips.flatMap((c) => (c.kind === "audience" ? [c.value] : []))]),
      ],
      ...(relationship && { relationship }),
    };
  }

  /** True while the words typed have not been read yet (the interpreter is still loading). */
  get reading(): boolean {
    return this.text.trim() !== "" && !this.interpreted && !this.unavailable;
  }

  setAnswers(answers: TriageAnswers): void {
    this.answers = answers;
    this.#host.requestUpdate();
  }

  /** Takes the words as typed and reads them here, in this page (the interpreter is loaded on first use). */
  async setText(text: string, data?: WidgetData): Promise<void> {
    this.text = text;
    const token = ++this.#textToken;
    if (text.trim() === "") {
      this.interpreted = undefined;
      this.dismissed = new Set();
      this.#host.requestUpdate();
      return;
    }
    const engine = await this.#engine();
    if (!engine || token !== this.#textToken) return;
    this.interpreted = engine.interpret(text, data);
    this.#host.requestUpdate();
  }

  /** Removes a chip; with results on screen, ranks again without it. */
  removeChip(key: string, data: WidgetData | undefined): void {
    this.dismissed = new Set([...this.dismissed, key]);
    this.#host.requestUpdate();
    if (this.result && data) void this.run(data);
  }

  /**
   * Ranks the records on screen for the effective answers; the text itself is not passed on. Undefined when the
   * triage's code could not be loaded (`unavailable` says so on screen).
   */
  async run(data: WidgetData): Promise<Triage | undefined> {
    // Wait for the words typed last to be read, so a quick submit never ranks without them.
    if (this.text.trim() !== "" && !this.interpreted) await this.setText(this.text, data);
    const engine = await this.#engine();
    if (!engine) return undefined;
    this.result = engine.createTriage(data)(this.effective);
    this.#host.requestUpdate();
    return this.result;
  }

  /** The triage's code (a lazy chunk of the CDN build), or null when it cannot be loaded: never a throw. */
  async #engine(): Promise<typeof import("../data/run-triage.js") | null> {
    try {
      return await import("../data/run-triage.js");
    } catch (error: unknown) {
      if (!this.unavailable) console.warn(`<stalker-help-widget>: the triage could not be loaded: ${String(error)}`);
      this.unavailable = true;
      this.#host.requestUpdate();
      return null;
    }
  }

  /** Forgets every answer, the words and the result. */
  clear(): void {
    this.#textToken++;
    this.answers = NO_ANSWERS;
    this.text = "";
    this.interpreted = undefined;
    this.dismissed = new Set();
    this.result = undefined;
    this.#host.requestUpdate();
  }
}
