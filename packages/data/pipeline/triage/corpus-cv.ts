// How well the whole interpreter (lexicon, context and model) reads texts it was not trained on: k-fold
// cross-validation over the labelled corpus, the model of each fold trained without the fold's texts. The corpus's
// labels are complete (an omitted label is false), so precision and recall are both defined for every label.
import { createInterpreter } from "../../src/query/interpret.js";
import { TRIAGE_ASK_READINGS, TRIAGE_ASKS } from "../../src/query/triage-vocabulary.js";
import type { LexiconEntry } from "../../src/schema/triage.js";
import type { Counts } from "./evaluate.js";
import { type CorpusText, labelsOf } from "./labelled-text.js";
import { type TrainOptions, trainModel } from "./train-model.js";

/** The labels of an interpretation, in the corpus's terms. */
function readLabels(read: ReturnType<ReturnType<typeof createInterpreter>>): Set<string> {
  const out = new Set<string>();
  if (read.danger) out.add("danger");
  if (read.crisis) out.add("crisis");
  for (const n of read.needs) out.add(`need:${n}`);
  for (const a of read.audiences) out.add(`audience:${a}`);
  if (read.relationship) out.add(`relationship:${read.relationship}`);
  return out;
}

/** Per-label counts of a cross-validation, and how the interpreter's questions fared. */
export interface CrossValidation {
  counts: Map<string, Counts>;
  /** Misses of a critical label that were at least asked about. */
  asked: Map<string, number>;
  /** Critical labels asked about in a text that does not have them (danger and crisis asks are routed: a cost). */
  falseAsks: Map<string, number>;
  /** The held-out texts that have another spelling (`respell`): their counts as written, and respelled. */
  respelled?: { texts: number; asWritten: Map<string, Counts>; respelled: Map<string, Counts> };
}

/**
 * Per-label counts over held-out folds, how often a missed critical label was at least asked about, and how often
 * one was asked about in a text that does not have it. Each fold's model is trained as `options` say (with
 * `thresholds`, from a cross-validation inside the fold, as the shipped model's are). With `respell`, the held-out
 * texts it gives another spelling (written all in kana) are read that way too and counted apart.
 */
export function corpusCrossValidation(
  texts: readonly CorpusText[],
  lexicon: readonly LexiconEntry[],
  {
    folds = 5,
    respell,
    ...options
  }: TrainOptions & { folds?: number; respell?: (text: CorpusText) => string | undefined } = {},
): CrossValidation {
  const counts = new Map<string, Counts>();
  const asked = new Map<string, number>();
  const falseAsks = new Map<string, number>();
  const asWritten = new Map<string, Counts>();
  const respelled = new Map<string, Counts>();
  let respelledTexts = 0;
  const add = (into: Map<string, Counts>, label: string, kind: keyof Counts) => {
    const c = into.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c[kind]++;
    into.set(label, c);
  };
  const count = (into: Map<string, Counts>, truth: ReadonlySet<string>, got: ReadonlySet<string>) => {
    for (const label of new Set([...truth, ...got])) {
      add(into, label, truth.has(label) && got.has(label) ? "tp" : truth.has(label) ? "fn" : "fp");
    }
  };
  for (let k = 0; k < folds; k++) {
    const train = texts.filter((_, i) => i % folds !== k);
    const test = texts.filter((_, i) => i % folds === k);
    const interpret = createInterpreter(lexicon, { model: trainModel(train, { thresholds: false, ...options }) });
    for (const t of test) {
      const truth = labelsOf(t);
      // crisisNow is read as danger and crisis.
      if (truth.has("crisisNow")) truth.add("danger");
      truth.delete("crisisNow");
      const result = interpret(t.text);
      const got = readLabels(result);
      count(counts, truth, got);
      for (const ask of TRIAGE_ASKS) {
        if (!result.ask.includes(ask)) continue;
        const label = TRIAGE_ASK_READINGS[ask];
        if (!truth.has(label)) falseAsks.set(label, (falseAsks.get(label) ?? 0) + 1);
        else if (!got.has(label)) asked.set(label, (asked.get(label) ?? 0) + 1);
      }
      const spelled = respell?.(t);
      if (spelled !== undefined) {
        respelledTexts++;
        count(asWritten, truth, got);
        count(respelled, truth, readLabels(interpret(spelled)));
      }
    }
  }
  const sorted = (m: Map<string, Counts>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    counts: sorted(counts),
    asked,
    falseAsks,
    ...(respell && {
      respelled: { texts: respelledTexts, asWritten: sorted(asWritten), respelled: sorted(respelled) },
    }),
  };
}
