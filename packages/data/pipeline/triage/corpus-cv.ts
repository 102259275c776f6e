// How well the whole interpreter (lexicon, context and model) reads texts it was not trained on: k-fold
// cross-validation over the labelled corpus, the model of each fold trained without the fold's texts. The corpus's
// labels are complete (an omitted label is false), so precision and recall are both defined for every label.
import { createInterpreter } from "../../src/query/interpret.js";
import type { LexiconEntry } from "../../src/schema/triage.js";
import type { Counts } from "./evaluate.js";
import { type CorpusText, labelsOf } from "./labelled-text.js";
import { trainModel } from "./train-model.js";

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

/**
 * Per-label counts over held-out folds, how often a missed critical label was at least asked about, and how often
 * danger or crisis was asked about in a text that has neither (asks are routed as if read: a precision cost).
 */
export function corpusCrossValidation(
  texts: readonly CorpusText[],
  lexicon: readonly LexiconEntry[],
  { folds = 5, thresholds = false } = {},
): { counts: Map<string, Counts>; asked: Map<string, number>; falseAsks: Map<string, number> } {
  const counts = new Map<string, Counts>();
  const asked = new Map<string, number>();
  const falseAsks = new Map<string, number>();
  const add = (label: string, kind: keyof Counts) => {
    const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    c[kind]++;
    counts.set(label, c);
  };
  for (let k = 0; k < folds; k++) {
    const train = texts.filter((_, i) => i % folds !== k);
    const test = texts.filter((_, i) => i % folds === k);
    const interpret = createInterpreter(lexicon, { model: trainModel(train, { thresholds }) });
    for (const t of test) {
      const truth = labelsOf(t);
      // crisisNow is read as danger and crisis.
      if (truth.has("crisisNow")) truth.add("danger");
      truth.delete("crisisNow");
      const result = interpret(t.text);
      const got = readLabels(result);
      for (const label of new Set([...truth, ...got])) {
        if (truth.has(label) && got.has(label)) add(label, "tp");
        else if (truth.has(label)) {
          add(label, "fn");
          const ask = {
            danger: "danger",
            crisis: "crisis",
            "audience:children": "children",
            "need:tracking": "tracking",
          }[label];
          if (ask && result.ask.includes(ask as never)) asked.set(label, (asked.get(label) ?? 0) + 1);
        } else add(label, "fp");
      }
      // Danger or crisis asked about (and so routed as if read) where the text has neither: a precision cost.
      for (const [ask, label] of [
        ["danger", "danger"],
        ["crisis", "crisis"],
      ] as const) {
        if (result.ask.includes(ask) && !truth.has(label)) falseAsks.set(label, (falseAsks.get(label) ?? 0) + 1);
      }
    }
  }
  return { counts: new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1))), asked, falseAsks };
}
