import type {
  Audience,
  CautionLocalized,
  ContactLocalized,
  Lang,
  PlatformLocalized,
  RemedyLocalized,
} from "@netstalker/data";
import {
  AUDIENCE_LABELS,
  MAX_TRIAGE_TEXT,
  RELATIONSHIP_LABELS,
  RELATIONSHIPS,
  type Relationship,
  TRIAGE_NEED_LABELS,
  TRIAGE_NEEDS,
  type TriageNeed,
  type TriageResult,
} from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";

/** Every audience of the data's enum, as a triage answer ("anyone" is what not answering means). */
const TRIAGE_AUDIENCES = (Object.keys(AUDIENCE_LABELS) as Audience[]).filter((a) => a !== "anyone");

/** A triage result over localized records. */
export type Triage = TriageResult<ContactLocalized, RemedyLocalized, PlatformLocalized, CautionLocalized>;

/** One thing understood from the words, as a removable chip. */
export type Chip =
  | { kind: "danger"; key: "danger" }
  | { kind: "need"; key: `need:${TriageNeed}`; value: TriageNeed }
  | { kind: "audience"; key: `audience:${Audience}`; value: Audience }
  | { kind: "relationship"; key: `relationship:${Relationship}`; value: Relationship };

/** The person's answers. They live only in the element's memory and are cleared on pagehide. */
export interface TriageAnswers {
  danger?: boolean;
  needs: ReadonlySet<TriageNeed>;
  audiences: ReadonlySet<Audience>;
  relationship?: Relationship;
}

/** What the triage form needs besides the answers. */
export interface TriageRenderContext {
  lang: Lang;
  t: UiText;
  answers: TriageAnswers;
  /** The person's own words, as typed. */
  text: string;
  /** What was understood from them, still standing. */
  chips: readonly Chip[];
  /** The words are still being read (the interpreter loads on first use): nothing to say about them yet. */
  reading: boolean;
  /** Replaces the answers. */
  onAnswers: (answers: TriageAnswers) => void;
  /** Takes the words as typed. */
  onText: (text: string) => void;
  /** Removes one understood thing. */
  onRemoveChip: (key: string) => void;
  onSubmit: () => void;
  onReset: () => void;
  /** The emergency line, shown as soon as the person says they are in danger. */
  emergency: TemplateResult | typeof nothing;
}

/** At most five contacts and five remedies. */
export function triageItems(result: Triage): Pick<Triage, "contacts" | "remedies"> {
  return { contacts: result.contacts.slice(0, 5), remedies: result.remedies.slice(0, 5) };
}

function toggled<T>(set: ReadonlySet<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

function checkboxes<T extends string>(
  values: readonly T[],
  label: (v: T) => string,
  selected: ReadonlySet<T>,
  onChange: (next: Set<T>) => void,
): TemplateResult {
  return html`<div class="choices">
    ${values.map(
      (v) =>
        html`<label class="choice"
          ><input
            type="checkbox"
            .checked=${selected.has(v)}
            @change=${(e: Event) => onChange(toggled(selected, v, (e.target as HTMLInputElement).checked))}
          />${label(v)}</label
        >`,
    )}
  </div>`;
}

function chipLabel(chip: Chip, ctx: TriageRenderContext): string {
  switch (chip.kind) {
    case "danger":
      return ctx.t.dangerChip;
    case "need":
      return TRIAGE_NEED_LABELS[chip.value][ctx.lang];
    case "audience":
      return AUDIENCE_LABELS[chip.value][ctx.lang];
    case "relationship":
      return RELATIONSHIP_LABELS[chip.value][ctx.lang];
  }
}

/** "What we understood": each understood thing as a chip the person can remove. */
function renderChips(ctx: TriageRenderContext): TemplateResult | typeof nothing {
  const { t } = ctx;
  if (ctx.text.trim() === "") return nothing;
  // Polite live region: a screen-reader user hears what was understood as they type, without losing their place.
  return html`<div class="understood" part="understood" aria-live="polite">
    <p class="understood-title" id="understood-title"><strong>${t.triageUnderstood}</strong></p>
    ${
      // Never "nothing understood" before the words are read: the region fills once they are, and is announced then.
      ctx.reading
        ? nothing
        : ctx.chips.length
          ? html`<ul class="chips" aria-labelledby="understood-title">
            ${ctx.chips.map((chip) => {
              const label = chipLabel(chip, ctx);
              return html`<li class="chip ${chip.kind}" data-chip=${chip.key}>
                <span>${label}</span>
                <button type="button" class="chip-remove" aria-label=${t.removeChip(label)} @click=${() => ctx.onRemoveChip(chip.key)}>
                  ×
                </button>
              </li>`;
            })}
          </ul>
          <p class="muted">${t.triageUnderstoodHint}</p>`
          : html`<p class="muted">${t.triageUnderstoodNone}</p>`
    }
  </div>`;
}

/**
 * The short guide: the person's own words (read here, never sent) and a few questions; the ranking runs in the
 * browser and nothing answered or typed leaves the element.
 */
export function renderTriageForm(ctx: TriageRenderContext): TemplateResult {
  const { t, answers, lang } = ctx;
  const set = (patch: Partial<TriageAnswers>) => ctx.onAnswers({ ...answers, ...patch });
  const dangerShown = answers.danger === true || ctx.chips.some((c) => c.kind === "danger");
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
        ${renderChips(ctx)}
      </div>
      <fieldset>
        <legend>${t.triageDanger}</legend>
        <div class="choices">
          ${([true, false] as const).map(
            (v) =>
              html`<label class="choice"
                ><input type="radio" name="danger" .checked=${answers.danger === v} @change=${() => set({ danger: v })} />${
                  v ? t.yes : t.no
                }</label
              >`,
          )}
        </div>
      </fieldset>
      ${dangerShown ? ctx.emergency : nothing}
      <fieldset>
        <legend>${t.triageNeeds}</legend>
        ${checkboxes(
          TRIAGE_NEEDS,
          (n) => TRIAGE_NEED_LABELS[n][lang],
          answers.needs,
          (needs) => set({ needs }),
        )}
      </fieldset>
      <fieldset>
        <legend>${t.triageRelationship}</legend>
        <div class="choices">
          ${[...RELATIONSHIPS, undefined].map(
            (v) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="relationship"
                  .checked=${v !== undefined && answers.relationship === v}
                  @change=${() => set({ relationship: v })}
                />${v ? RELATIONSHIP_LABELS[v][lang] : t.relationshipNone}</label
              >`,
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.triageAudiences}</legend>
        ${checkboxes(
          TRIAGE_AUDIENCES,
          (a) => AUDIENCE_LABELS[a][lang],
          answers.audiences,
          (audiences) => set({ audiences }),
        )}
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
