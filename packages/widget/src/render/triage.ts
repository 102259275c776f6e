import type { Audience, ContactLocalized, Lang, RemedyLocalized } from "@netstalker/data";
import {
  AUDIENCE_LABELS,
  TRIAGE_NEED_LABELS,
  TRIAGE_NEEDS,
  type TriageNeed,
  type TriageResult,
} from "@netstalker/data/query";
import { html, nothing, type TemplateResult } from "lit";
import type { UiText } from "../i18n.js";

/** Audiences offered as triage answers: the ones that change which window is right for a person. */
const TRIAGE_AUDIENCES: readonly Audience[] = ["women", "men", "children", "foreign-residents", "low-income"];

/** A triage result over localized records. */
export type Triage = TriageResult<ContactLocalized, RemedyLocalized>;

/** The person's answers. They live only in the element's memory and are cleared on pagehide. */
export interface TriageAnswers {
  danger?: boolean;
  needs: ReadonlySet<TriageNeed>;
  audiences: ReadonlySet<Audience>;
}

/** What the triage form needs besides the answers. */
export interface TriageRenderContext {
  lang: Lang;
  t: UiText;
  answers: TriageAnswers;
  /** Replaces the answers. */
  onAnswers: (answers: TriageAnswers) => void;
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

/** The short guide: three questions; the ranking runs in the browser and the answers never leave the element. */
export function renderTriageForm(ctx: TriageRenderContext): TemplateResult {
  const { t, answers, lang } = ctx;
  const set = (patch: Partial<TriageAnswers>) => ctx.onAnswers({ ...answers, ...patch });
  return html`<p>${t.triageIntro}</p>
    <form
      autocomplete="off"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        ctx.onSubmit();
      }}
      @reset=${() => ctx.onReset()}
    >
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
      ${answers.danger ? ctx.emergency : nothing}
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

/** The ranked windows and remedies, each with the reason it was suggested. */
export function renderTriageResults(
  result: Triage,
  lang: Lang,
  t: UiText,
  contact: (record: ContactLocalized, reason: string) => TemplateResult,
  remedy: (record: RemedyLocalized) => TemplateResult,
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
  </section>`;
}
