// One labelled text, as the training corpus (content/triage/corpus/*.yaml) and the evaluation share its labels:
// the schema, and the labels a text carries as a flat list the model and the measures use.
import { z } from "zod";
import { RELATIONSHIPS, TRIAGE_NEEDS } from "../../src/query/triage-vocabulary.js";
import { LangSchema } from "../../src/schema/primitives.js";
import { AUDIENCES } from "../../src/schema/taxonomy.js";

/** A text of the training corpus with every label it carries; an omitted label is false or empty. */
export const CorpusTextSchema = z.strictObject({
  text: z.string().trim().min(1).max(1000),
  lang: LangSchema,
  danger: z.boolean().optional(),
  crisis: z.boolean().optional(),
  /** Acting on thoughts of dying now: read as danger and crisis. */
  crisisNow: z.boolean().optional(),
  needs: z.array(z.enum(TRIAGE_NEEDS)).optional(),
  audiences: z.array(z.enum(AUDIENCES)).optional(),
  relationship: z.enum(RELATIONSHIPS).optional(),
  /** The age of the person the text is about, when it says. */
  age: z.number().int().min(0).max(120).optional(),
});
export type CorpusText = z.infer<typeof CorpusTextSchema>;

/** The labels the model learns, one binary classifier each. */
export const MODEL_LABELS = [
  "danger",
  "crisis",
  "crisisNow",
  ...TRIAGE_NEEDS.map((n) => `need:${n}` as const),
  ...AUDIENCES.filter((a) => a !== "anyone").map((a) => `audience:${a}` as const),
  ...RELATIONSHIPS.map((r) => `relationship:${r}` as const),
] as const;
export type ModelLabel = (typeof MODEL_LABELS)[number];

/** The labels a corpus text carries. */
export function labelsOf(t: CorpusText): Set<string> {
  const out = new Set<string>();
  if (t.danger) out.add("danger");
  if (t.crisis || t.crisisNow) out.add("crisis");
  if (t.crisisNow) out.add("crisisNow");
  for (const n of t.needs ?? []) out.add(`need:${n}`);
  for (const a of t.audiences ?? []) out.add(`audience:${a}`);
  if (t.relationship) out.add(`relationship:${t.relationship}`);
  return out;
}
