// The blind evaluation (content/triage/evaluation.yaml): texts written apart from the lexicon, corpus and rules,
// each with what must be read from it and where it must route. Read and checked here with clear errors; run by
// evaluate.ts for the test gate and the bench.
import { readFile } from "node:fs/promises";
import { z } from "zod";
import { RELATIONSHIPS, TRIAGE_NEEDS } from "../../src/query/triage-vocabulary.js";
import { IdSchema, LangSchema } from "../../src/schema/primitives.js";
import { AUDIENCES } from "../../src/schema/taxonomy.js";
import { type ContentError, ContentValidationError, formatPath } from "../content-error.js";
import { readYaml } from "../yaml-file.js";

const Need = z.enum(TRIAGE_NEEDS);
const Audience = z.enum(AUDIENCES);

/** What must be read from a text; each key is checked only when present. */
export const EvaluationReadSchema = z.strictObject({
  danger: z.boolean().optional(),
  crisis: z.boolean().optional(),
  /** Each listed need must be read. */
  needs: z.array(Need).optional(),
  /** None of these may be read. */
  notNeeds: z.array(Need).optional(),
  /** Each listed audience must be read. */
  audiences: z.array(Audience).optional(),
  relationship: z.enum(RELATIONSHIPS).optional(),
  /** The interpreter must say it understood nothing. */
  nothing: z.boolean().optional(),
});

/** Where the text must route: the first contact (any of), contacts in the first three, contacts never shown. */
export const EvaluationRouteSchema = z.strictObject({
  first: z.array(IdSchema).min(1).optional(),
  top3: z.array(IdSchema).optional(),
  never: z.array(IdSchema).optional(),
});

/** One evaluation case. */
export const EvaluationCaseSchema = z.strictObject({
  id: z.string().min(1),
  lang: LangSchema,
  /** How it is written (long, short, hiragana, typos, slang, child, parent, non-native…), for figures by style. */
  style: z.string().min(1),
  /** A case whose miss could cost a life or a child's safety: it must pass. */
  critical: z.boolean(),
  text: z.string().min(1).max(1000),
  read: EvaluationReadSchema,
  route: EvaluationRouteSchema.optional(),
});
export type EvaluationCase = z.infer<typeof EvaluationCaseSchema>;

/** Reads and checks an evaluation file; throws ContentValidationError naming the case, field and reason. */
export async function loadEvaluation(path: string, shownAs = path): Promise<EvaluationCase[]> {
  const errors: ContentError[] = [];
  const read = readYaml(await readFile(path, "utf8"), shownAs, errors);
  if (!read || errors.length > 0) throw new ContentValidationError(errors);
  const data = read.data;
  const cases = (data as { cases?: unknown } | null)?.cases;
  if (!Array.isArray(cases)) {
    throw new ContentValidationError([
      { file: shownAs, id: null, field: "cases", reason: "the evaluation is a map with a list `cases`" },
    ]);
  }
  const out: EvaluationCase[] = [];
  const ids = new Set<string>();
  cases.forEach((raw, index) => {
    const id = typeof (raw as { id?: unknown })?.id === "string" ? (raw as { id: string }).id : `#${index}`;
    const parsed = EvaluationCaseSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const keys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
        errors.push({
          file: shownAs,
          id,
          field: formatPath(["cases", index, ...issue.path]),
          reason: issue.message + keys,
        });
      }
      return;
    }
    if (ids.has(parsed.data.id)) {
      errors.push({ file: shownAs, id, field: formatPath(["cases", index, "id"]), reason: "ids must be unique" });
    }
    ids.add(parsed.data.id);
    out.push(parsed.data);
  });
  if (errors.length > 0) throw new ContentValidationError(errors);
  return out;
}
