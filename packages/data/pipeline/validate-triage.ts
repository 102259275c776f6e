// Validates the triage content: schemas, unique ids, and every record a rule or scenario names must exist.
import { z } from "zod";
import { SUGGESTED_RECORD_KINDS } from "../src/query/vocabulary.js";
import { AUDIENCES } from "../src/schema/taxonomy.js";
import {
  LexiconEntrySchema,
  TRIAGE_NEEDS,
  type TriageContent,
  type TriageRule,
  TriageRuleSchema,
  type TriageScenario,
  TriageScenarioSchema,
} from "../src/schema/triage.js";
import { type ContentError, formatPath } from "./content-error.js";
import type { RawTriage, RawTriageFile } from "./load-triage.js";

/** Validated triage content: what the dataset carries, and the scenarios the tests and the review sheet read. */
export interface ValidTriage {
  content: TriageContent;
  scenarios: TriageScenario[];
}

/** The record ids a triage file may name. */
export interface KnownIds {
  contacts: ReadonlySet<string>;
  remedies: ReadonlySet<string>;
  platforms: ReadonlySet<string>;
  cautions: ReadonlySet<string>;
}

/** Audiences that need no rule of their own: "anyone" changes nothing, "men" only removes women-only lines. */
const AUDIENCES_WITHOUT_RULES = new Set(["anyone", "men"]);

function parseList<T>(raw: RawTriageFile, key: string, item: z.ZodType<T>, errors: ContentError[]): T[] | null {
  const result = z.strictObject({ [key]: z.array(item) }).safeParse(raw.data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const index = typeof issue.path[1] === "number" ? issue.path[1] : null;
      const list = (raw.data as Record<string, unknown> | null)?.[key];
      const entry = index !== null && Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
      errors.push({
        file: raw.file,
        id: typeof entry?.id === "string" ? entry.id : null,
        field: formatPath(issue.path),
        reason: issue.message,
      });
    }
    return null;
  }
  return result.data[key] as T[];
}

function uniqueIds(file: string, key: string, list: readonly { id: string }[], errors: ContentError[]): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    if (seen.has(item.id)) errors.push({ file, id: item.id, field: `${key}[${i}].id`, reason: "duplicate id" });
    seen.add(item.id);
  });
}

/**
 * A rule's withheld records must exist, be listed once, not be suggested by the same rule, take their reason from one
 * of the rule's sources, and never be a record any rule calls for in an emergency (110, a line that listens).
 */
function checkWithhold(
  file: string,
  rule: TriageRule,
  r: number,
  rules: readonly TriageRule[],
  known: KnownIds,
  errors: ContentError[],
): void {
  const seen = new Set<string>();
  const sources = new Set(rule.sources.map((s) => s.url));
  (rule.withhold ?? []).forEach((w, i) => {
    const field = `rules[${r}].withhold[${i}]`;
    const fail = (at: string, reason: string) => errors.push({ file, id: rule.id, field: `${field}${at}`, reason });
    if (!SUGGESTED_RECORD_KINDS.some((kind) => known[kind].has(w.id))) {
      fail(".id", `refers to "${w.id}", which is no ${SUGGESTED_RECORD_KINDS.join(" or ")} record`);
    }
    if (seen.has(w.id)) fail(".id", `"${w.id}" is withheld twice`);
    seen.add(w.id);
    if (SUGGESTED_RECORD_KINDS.some((kind) => (rule[kind] ?? []).some((s) => s.id === w.id))) {
      fail(".id", `"${w.id}" is both suggested and withheld by this rule`);
    }
    const urgent = rules.find((other) =>
      SUGGESTED_RECORD_KINDS.some((kind) =>
        (other[kind] ?? []).some((s) => s.id === w.id && s.strength === "emergency"),
      ),
    );
    if (urgent) fail(".id", `"${w.id}" is an emergency suggestion of rule "${urgent.id}" and can never be withheld`);
    if (!sources.has(w.source)) fail(".source", `${w.source} is not one of the rule's sources`);
  });
}

/** Validates the triage files against the schemas and the records; never throws. Null when the files are absent. */
export function validateTriage(
  raw: RawTriage,
  known: KnownIds,
  errors: ContentError[],
  checkTranslations: (file: string, id: string, value: unknown, path: string, errors: ContentError[]) => void,
): ValidTriage | null {
  if (!raw.rules && !raw.lexicon && !raw.scenarios) return null;
  const missing = (["rules", "lexicon", "scenarios"] as const).filter((k) => !raw[k]);
  for (const stem of missing) {
    errors.push({
      file: `${raw.rules?.file.replace(/rules\.yaml$/, "") ?? "content/triage/"}${stem}.yaml`,
      id: null,
      field: "",
      reason: `the triage content needs ${stem}.yaml`,
    });
  }
  const rules = raw.rules ? parseList(raw.rules, "rules", TriageRuleSchema, errors) : null;
  const lexicon = raw.lexicon ? parseList(raw.lexicon, "entries", LexiconEntrySchema, errors) : null;
  const scenarios = raw.scenarios ? parseList(raw.scenarios, "scenarios", TriageScenarioSchema, errors) : null;

  if (rules && raw.rules) {
    const file = raw.rules.file;
    uniqueIds(file, "rules", rules, errors);
    rules.forEach((rule, r) => {
      for (const kind of SUGGESTED_RECORD_KINDS) {
        const seen = new Set<string>();
        (rule[kind] ?? []).forEach((s, i) => {
          const field = `rules[${r}].${kind}[${i}]`;
          if (!known[kind].has(s.id)) {
            errors.push({
              file,
              id: rule.id,
              field: `${field}.id`,
              reason: `refers to ${kind} "${s.id}", which does not exist`,
            });
          }
          if (seen.has(s.id))
            errors.push({ file, id: rule.id, field: `${field}.id`, reason: `"${s.id}" is listed twice` });
          seen.add(s.id);
          // Danger now; a threat to kill or harm, which the police ask to be reported on 110 (whether or not the
          // person feels in danger at this moment); thoughts of dying, where a line that listens comes first.
          const urgent =
            rule.when.danger === true ||
            rule.when.crisis === true ||
            (rule.when.needs?.length === 1 && rule.when.needs[0] === "threats");
          if (s.strength === "emergency" && !urgent) {
            errors.push({
              file,
              id: rule.id,
              field: `${field}.strength`,
              reason: "emergency is only for rules with when.danger: true, when.crisis: true or when.needs: [threats]",
            });
          }
          if (s.strength === "caution" && kind !== "remedies") {
            errors.push({ file, id: rule.id, field: `${field}.strength`, reason: "caution is only for remedies" });
          }
        });
      }
      checkWithhold(file, rule, r, rules, known, errors);
      (rule.cautions ?? []).forEach((id, i) => {
        if (!known.cautions.has(id)) {
          errors.push({
            file,
            id: rule.id,
            field: `rules[${r}].cautions[${i}]`,
            reason: `refers to cautions "${id}", which does not exist`,
          });
        }
      });
      checkTranslations(file, rule.id, rule, `rules[${r}]`, errors);
    });
    for (const need of TRIAGE_NEEDS) {
      if (!rules.some((rule) => rule.when.needs?.includes(need))) {
        errors.push({ file, id: null, field: "rules", reason: `no rule applies to the need "${need}"` });
      }
    }
    for (const audience of AUDIENCES) {
      if (AUDIENCES_WITHOUT_RULES.has(audience)) continue;
      if (!rules.some((rule) => rule.when.audiences?.includes(audience))) {
        errors.push({ file, id: null, field: "rules", reason: `no rule applies to the audience "${audience}"` });
      }
    }
  }

  if (lexicon && raw.lexicon) uniqueIds(raw.lexicon.file, "entries", lexicon, errors);

  if (scenarios && raw.scenarios) {
    const file = raw.scenarios.file;
    uniqueIds(file, "scenarios", scenarios, errors);
    scenarios.forEach((s, i) => {
      const ref = (field: string, id: string, kinds: readonly (keyof KnownIds)[]) => {
        if (!kinds.some((kind) => known[kind].has(id))) {
          errors.push({
            file,
            id: s.id,
            field: `scenarios[${i}].${field}`,
            reason: `refers to "${id}", which is no ${kinds.join(" or ")} record`,
          });
        }
      };
      ref("firstContact", s.firstContact, ["contacts"]);
      if (s.firstRemedy) ref("firstRemedy", s.firstRemedy, ["remedies"]);
      s.contacts.forEach((e, j) => {
        ref(`contacts[${j}].id`, e.id, ["contacts"]);
      });
      s.remedies.forEach((e, j) => {
        ref(`remedies[${j}].id`, e.id, ["remedies"]);
      });
      s.platforms.forEach((e, j) => {
        ref(`platforms[${j}].id`, e.id, ["platforms"]);
      });
      s.cautions.forEach((id, j) => {
        ref(`cautions[${j}]`, id, ["cautions"]);
      });
      s.mustNot.forEach((id, j) => {
        ref(`mustNot[${j}]`, id, SUGGESTED_RECORD_KINDS);
      });
      checkTranslations(file, s.id, s.title, `scenarios[${i}].title`, errors);
    });
  }

  if (!rules || !lexicon || !scenarios) return null;
  return { content: { rules, lexicon }, scenarios };
}
