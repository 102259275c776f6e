// The triage panel: the person's own words with what was understood from them (chips, and questions for what the
// interpreter is unsure of), the questions of the form, and the ranked suggestions. Chips and form draw the same
// answers (state.ts): a chip is an answer the words set, and its box is checked.
import type { CautionLocalized, ContactLocalized, Lang, PlatformLocalized, RemedyLocalized } from "@netstalker/data";
import {
  MAX_TRIAGE_TEXT,
  mainDialChannel,
  RELATIONSHIPS,
  TRIAGE_ASK_LABELS,
  TRIAGE_AUDIENCES,
  TRIAGE_NEEDS,
  type TriageAsk,
  type TriageResult,
} from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";
import { renderDial } from "../render/contact.js";
import { answerLabel } from "./answer-label.js";
import { type AnswerKey, type Answers, isAnswered, type TriageState } from "./state.js";

/** A triage result over localized records. */
export type Triage = TriageResult<ContactLocalized, RemedyLocalized, PlatformLocalized, CautionLocalized>;

/** How many lines that listen are shown with the calm sentence, above the questions. */
const LISTENING_SHOWN = 3;

/** What the triage panel needs besides the state. */
export interface TriageRenderContext {
  lang: Lang;
  t: UiText;
  state: TriageState;
  /** The person's own words, as typed. */
  text: string;
  /** The words are still being read (the interpreter loads on first use): nothing to say about them yet. */
  reading: boolean;
  /** The latest ranking, if any (with crisis, the lines that listen are shown from it above the questions). */
  result: Triage | undefined;
  /** Suggestions were asked for with nothing answered or understood: the questions are what to show. */
  askedWithNothing: boolean;
  /** Gives or takes back one answer (a box, a radio, a chip's ×). */
  onChoose: (key: AnswerKey, on: boolean) => void;
  /** Answers "no" to the danger question. */
  onNoDanger: () => void;
  /** Answers one of the interpreter's questions. */
  onAsk: (ask: TriageAsk, yes: boolean) => void;
  /** Takes the words as typed. */
  onText: (text: string) => void;
  onSubmit: () => void;
  onReset: () => void;
  /** The emergency line, shown as soon as the person is in danger. */
  emergency: TemplateResult | typeof nothing;
}

/** At most five contacts and five remedies. */
export function triageItems(result: Triage): Pick<Triage, "contacts" | "remedies"> {
  return { contacts: result.contacts.slice(0, 5), remedies: result.remedies.slice(0, 5) };
}

/** One checkbox of the form, checked when its answer is given (by the person or by their words). */
function box(key: AnswerKey, answers: Answers, ctx: TriageRenderContext): TemplateResult {
  return html`<label class="choice"
    ><input
      type="checkbox"
      data-answer=${key}
      .checked=${isAnswered(answers, key)}
      @change=${(e: Event) => ctx.onChoose(key, (e.target as HTMLInputElement).checked)}
    />${answerLabel(key, ctx.lang, ctx.t)}</label
  >`;
}

/** "From 待ち伏せ": the words that led to a reading, when the interpreter named them. */
function because(words: readonly string[], t: UiText): TemplateResult | typeof nothing {
  // The two strongest: enough to see why, short enough to read at a glance.
  return words.length ? html`<span class="because">${t.understoodFrom(words.slice(0, 2))}</span>` : nothing;
}

/** The chips: each answer the words set, removable; then each reading to confirm, as a question. */
function renderChips(ctx: TriageRenderContext): TemplateResult {
  const { t, state, lang } = ctx;
  const chips = [...state.understood];
  const asks = [...state.asks];
  return html`${
    chips.length
      ? html`<ul class="chips" aria-labelledby="understood-title">
          ${chips.map(([key, words]) => {
            const label = answerLabel(key, lang, t);
            return html`<li class="chip ${key.split(":")[0]}" data-chip=${key}>
              <span class="chip-text">${label}${because(words, t)}</span>
              <button type="button" class="chip-remove" aria-label=${t.removeChip(label)} @click=${() => ctx.onChoose(key, false)}>
                ×
              </button>
            </li>`;
          })}
        </ul>`
      : nothing
  }
  ${
    asks.length
      ? html`<ul class="asks" aria-label=${t.triageAskTitle}>
          ${asks.map(
            ([ask, words]) => html`<li class="chip ask ${ask}" data-ask=${ask}>
              <span class="chip-text">${TRIAGE_ASK_LABELS[ask][lang]}${because(words, t)}</span>
              <span class="ask-answers">
                <button type="button" class="secondary" @click=${() => ctx.onAsk(ask, true)}>${t.yes}</button>
                <button type="button" class="secondary" @click=${() => ctx.onAsk(ask, false)}>${t.no}</button>
              </span>
            </li>`,
          )}
        </ul>`
      : nothing
  }
  ${chips.length ? html`<p class="muted">${t.triageUnderstoodHint}</p>` : nothing}`;
}

/** "What we understood": the chips, or plainly that nothing was understood (and the questions below are the way on). */
function renderUnderstood(ctx: TriageRenderContext): TemplateResult | typeof nothing {
  const { t, state } = ctx;
  if (ctx.text.trim() === "") return nothing;
  const anything = state.understood.size > 0 || state.asks.size > 0;
  // Polite live region: a screen-reader user hears what was understood as they type, without losing their place.
  return html`<div class="understood" part="understood" aria-live="polite">
    <p class="understood-title" id="understood-title"><strong>${t.triageUnderstood}</strong></p>
    ${
      // Never "nothing understood" before the words are read: the region fills once they are, and is announced then.
      // Once suggestions were asked for with nothing understood, the lead above the questions says it instead.
      ctx.reading || ctx.askedWithNothing
        ? nothing
        : anything
          ? renderChips(ctx)
          : html`<p class="nothing-understood" data-nothing-understood>${t.triageUnderstoodNone}</p>`
    }
  </div>`;
}

/**
 * The calm sentence for crisis, true to the order shown: "listed first" only when a line that listens is first
 * (with danger now or a threat, 110 is; ADR 0013, "Crisis beside threats").
 */
function crisisCalm(contacts: readonly { record: { services: readonly string[] } }[], t: UiText): string {
  return contacts.length === 0 || contacts[0]?.record.services.includes("listen") ? t.crisisCalm : t.crisisCalmAfter;
}

/** With crisis: a calm sentence and the lines that listen (as the data's triage ranked them), before any question. */
function renderListening(ctx: TriageRenderContext): TemplateResult | typeof nothing {
  if (ctx.state.answers.crisis !== true) return nothing;
  // What the data's triage put first for crisis (its "emergency" and "first" suggestions: 110 with danger, then the
  // lines that listen), in its order and with its reasons.
  const lines = ctx.result?.answers.crisis
    ? ctx.result.contacts.filter((c) => c.strength === "emergency" || c.strength === "first").slice(0, LISTENING_SHOWN)
    : [];
  return html`<div class="listening" part="listening" role="status">
    <p class="calm">${crisisCalm(lines, ctx.t)}</p>
    ${
      lines.length
        ? html`<ul class="listening-lines">
            ${lines.map(({ record, reason }) => {
              const dial = mainDialChannel(record);
              return html`<li data-listening=${record.id}>
                ${dial ? renderDial(dial, ctx.lang) : nothing} <span class="name">${record.name}</span>
                <p class="reason">${reason[ctx.lang]}</p>
              </li>`;
            })}
          </ul>`
        : nothing
    }
  </div>`;
}

/**
 * The short guide: the person's own words (read here, never sent) and a few questions; the ranking runs in the
 * browser and nothing answered or typed leaves the element.
 */
export function renderTriageForm(ctx: TriageRenderContext): TemplateResult {
  const { t, lang } = ctx;
  const { answers } = ctx.state;
  // No action and no method: the form can never be submitted to a URL, even if the submit handler failed to load.
  return html`<p>${t.triageIntro}</p>
    <form
      autocomplete="off"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        ctx.onSubmit();
      }}
      @reset=${() => ctx.onReset()}
    >
      <div class="free-text">
        <label for="triage-text">${t.triageText}</label>
        <p class="promise" id="triage-promise" part="promise">${t.triageTextPromise}</p>
        <textarea
          id="triage-text"
          rows="3"
          maxlength=${MAX_TRIAGE_TEXT}
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          placeholder=${t.triageTextHint}
          aria-describedby="triage-promise"
          .value=${ctx.text}
          @input=${(e: Event) => ctx.onText((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${renderUnderstood(ctx)}
      </div>
      ${renderListening(ctx)}
      ${
        ctx.askedWithNothing
          ? html`<p class="ask-questions" id="triage-questions-lead" role="status" tabindex="-1">${t.triageAnswerQuestions}</p>`
          : nothing
      }
      <fieldset>
        <legend>${t.triageDanger}</legend>
        <div class="choices">
          <label class="choice"
            ><input
              type="radio"
              name="danger"
              data-answer="danger"
              .checked=${answers.danger === true}
              @change=${() => ctx.onChoose("danger", true)}
            />${t.yes}</label
          >
          <label class="choice"
            ><input type="radio" name="danger" .checked=${answers.danger === false} @change=${() => ctx.onNoDanger()} />${
              t.no
            }</label
          >
        </div>
      </fieldset>
      ${answers.danger === true ? ctx.emergency : nothing}
      <fieldset>
        <legend>${t.triageFeelings}</legend>
        <div class="choices">${box("crisis", answers, ctx)}</div>
      </fieldset>
      <fieldset>
        <legend>${t.triageNeeds}</legend>
        <div class="choices">${TRIAGE_NEEDS.map((n) => box(`need:${n}`, answers, ctx))}</div>
      </fieldset>
      <fieldset>
        <legend>${t.triageRelationship}</legend>
        <div class="choices">
          ${RELATIONSHIPS.map(
            (v) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="relationship"
                  data-answer=${`relationship:${v}`}
                  .checked=${answers.relationship === v}
                  @change=${() => ctx.onChoose(`relationship:${v}`, true)}
                />${answerLabel(`relationship:${v}`, lang, t)}</label
              >`,
          )}
          <label class="choice"
            ><input
              type="radio"
              name="relationship"
              @change=${() => answers.relationship && ctx.onChoose(`relationship:${answers.relationship}`, false)}
            />${t.relationshipNone}</label
          >
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.triageAudiences}</legend>
        <div class="choices">
          ${TRIAGE_AUDIENCES.map((a) => box(`audience:${a}`, answers, ctx))}
        </div>
      </fieldset>
      <p class="muted">${t.triagePrivacy}</p>
      <div class="actions">
        <button type="submit" class="primary">${t.triageSubmit}</button>
        <button type="reset" class="secondary">${t.triageReset}</button>
      </div>
    </form>`;
}

/** The ranked windows and remedies, each with the reason it was suggested; then the removal path when asked for. */
export function renderTriageResults(
  result: Triage,
  lang: Lang,
  t: UiText,
  contact: (record: ContactLocalized, reason: string) => TemplateResult,
  remedy: (record: RemedyLocalized) => TemplateResult,
  removal: TemplateResult | typeof nothing,
): TemplateResult {
  const { contacts, remedies } = triageItems(result);
  return html`<section class="triage-results" aria-labelledby="triage-results">
    <h3 id="triage-results" tabindex="-1">${t.triageResults(contacts.length, remedies.length)}</h3>
    ${result.answers.crisis ? html`<p class="calm">${crisisCalm(contacts, t)}</p>` : nothing}
    ${
      contacts.length
        ? html`<h4>${t.triageContacts}</h4>
          <ul class="cards">
            ${contacts.map((item) => contact(item.record, item.reason[lang]))}
          </ul>`
        : nothing
    }
    ${
      remedies.length
        ? html`<h4>${t.triageRemedies}</h4>
          ${remedies.map((item) => html`<p class="reason">${item.reason[lang]}</p>${remedy(item.record)}`)}`
        : nothing
    }
    ${removal}
  </section>`;
}
