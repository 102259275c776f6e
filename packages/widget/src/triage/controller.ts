// The triage's state holder: one TriageState (answers, and which of them the words set), the words as typed, and the
// result. Everything lives in this object's memory only; `clear()` forgets it (on reset, pagehide and bfcache
// restore). The words are read in this page with the bundled lexicon and model and never sent, stored or put in a URL.
import type { Lang } from "@netstalker/data";
import type { TriageAsk } from "@netstalker/data/query";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { WidgetData } from "../data/widget-data.js";
import type { Triage } from "./render.js";
import {
  type AnswerKey,
  answerAsk,
  choose,
  chooseNoDanger,
  dataAnswers,
  EMPTY_STATE,
  isEmpty,
  readWords,
  type TriageState,
} from "./state.js";

/** Holds the triage state and runs the interpreter and the ranking in the browser. */
export class TriageController implements ReactiveController {
  state: TriageState = EMPTY_STATE;
  /** The person's own words, as typed. */
  text = "";
  result?: Triage;
  /** Set when the person asked for suggestions with nothing answered and nothing understood: the questions are shown. */
  askedWithNothing = false;
  /** True once the triage's code could not be loaded (blocked, or refused by an import map's integrity). */
  unavailable = false;
  readonly #host: ReactiveControllerHost;
  readonly #lang: () => Lang;
  #textToken = 0;
  /** Whether the words typed last have been read. */
  #read = true;

  /** `lang`: the language of the page now, whose reasons the ranking shows. */
  constructor(host: ReactiveControllerHost, lang: () => Lang) {
    this.#host = host;
    this.#lang = lang;
    host.addController(this);
    // Fetched now, with the other lazy chunks right after the first card, never on the first keystroke: a request at
    // that moment would tell the CDN that this person has started to write about what is happening to them. So are
    // the reasons of the page's language (a failure here is reported when the person submits).
    void this.#engine().then((engine) => engine?.bundledRules(this.#lang()).catch(() => undefined));
  }

  // Nothing to set up: the state starts empty and QuickExitController clears it on pagehide and bfcache restore.
  hostConnected(): void {}

  /** True while the words typed have not been read yet (the interpreter is still loading). */
  get reading(): boolean {
    return this.text.trim() !== "" && !this.#read && !this.unavailable;
  }

  /** The person gives or takes back an answer in the form, or removes a chip; with results on screen, ranks again. */
  choose(key: AnswerKey, on: boolean, data: WidgetData | undefined): void {
    this.#set(choose(this.state, key, on), data);
  }

  /** The person answers "no" to the danger question. */
  chooseNoDanger(data: WidgetData | undefined): void {
    this.#set(chooseNoDanger(this.state), data);
  }

  /** The person answers one of the interpreter's questions (yes or no). */
  answerAsk(ask: TriageAsk, yes: boolean, data: WidgetData | undefined): void {
    this.#set(answerAsk(this.state, ask, yes), data);
  }

  /** Takes the words as typed and reads them here, in this page (the interpreter is loaded on first use). */
  async setText(text: string, data?: WidgetData): Promise<void> {
    this.text = text;
    const token = ++this.#textToken;
    if (text.trim() === "") {
      this.#read = true;
      this.#set(readWords(this.state, undefined), data);
      return;
    }
    this.#read = false;
    this.#host.requestUpdate();
    const engine = await this.#engine();
    if (!engine || token !== this.#textToken) return;
    this.#read = true;
    this.#set(readWords(this.state, engine.interpret(text, data)), data);
  }

  /**
   * Ranks the records on screen for the answers; the text itself is not passed on (its readings are answers now), and
   * @netstalker/data's triage merges them (mergeAnswers) as it does for the API: the widget keeps no copy of that.
   * With nothing answered and nothing understood there is no ranking: the questions are shown instead (a fixed list
   * would be led by a line that may be closed). Undefined then, and when the triage's code could not be loaded.
   */
  async run(data: WidgetData): Promise<Triage | undefined> {
    // Wait for the words typed last to be read, so a quick submit never ranks without them.
    if (!this.#read) await this.setText(this.text, data);
    const engine = await this.#engine();
    if (!engine) return undefined;
    this.askedWithNothing = isEmpty(this.state.answers, this.state.asks);
    let rank: Awaited<ReturnType<typeof engine.createTriage>> | undefined;
    if (!this.askedWithNothing) {
      try {
        rank = await engine.createTriage(data);
      } catch (error: unknown) {
        this.#unavailable(error);
        return undefined;
      }
    }
    this.result = rank?.(dataAnswers(this.state.answers, this.state.asks));
    this.#host.requestUpdate();
    return this.result;
  }

  /**
   * A new state; with results on screen they follow it. Crisis read or chosen shows the lines that listen at once:
   * nobody in that state should have to find a button first.
   */
  #set(next: TriageState, data: WidgetData | undefined): void {
    const crisisNow = next.answers.crisis === true && this.state.answers.crisis !== true;
    this.state = next;
    this.#host.requestUpdate();
    if (data && (this.result || this.askedWithNothing || crisisNow)) void this.run(data);
  }

  /** The triage's code (a lazy chunk of the CDN build), or null when it cannot be loaded: never a throw. */
  async #engine(): Promise<typeof import("./engine.js") | null> {
    try {
      return await import("./engine.js");
    } catch (error: unknown) {
      this.#unavailable(error);
      return null;
    }
  }

  /** The triage's code or its reasons could not be loaded: said once, and the panel says so. */
  #unavailable(error: unknown): void {
    if (!this.unavailable) console.warn(`<stalker-help-widget>: the triage could not be loaded: ${String(error)}`);
    this.unavailable = true;
    this.#host.requestUpdate();
  }

  /** Forgets every answer, the words and the result. */
  clear(): void {
    this.#textToken++;
    this.#read = true;
    this.state = EMPTY_STATE;
    this.text = "";
    this.result = undefined;
    this.askedWithNothing = false;
    this.#host.requestUpdate();
  }
}
