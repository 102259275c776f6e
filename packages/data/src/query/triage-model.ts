// The learned part of the interpreter: one logistic classifier per label over the text's features
// (triage-features.ts), trained at build time from the labelled corpus (content/triage/corpus) and shipped as a
// small table (src/generated/triage-model.ts). Deterministic, and explainable: a score names the features that
// raised it most.
import { forEachFeature } from "./triage-features.js";

/** The trained model as the build emits it: for each feature, the labels it speaks for and how strongly. */
export interface TriageModelTable {
  /** The labels, in the order the weights use (danger, crisis, crisisNow, need:…, audience:…, relationship:…). */
  labels: readonly string[];
  /** Each label's bias, in hundredths. */
  bias: readonly number[];
  /** Feature → flat pairs [label index, weight in hundredths, …]. */
  weights: Readonly<Record<string, readonly number[]>>;
  /** The score (probability) at and above which a label is read, per label. */
  read: readonly number[];
  /** The score at and above which a critical label is asked about, per label (1 where it is never asked). */
  ask: readonly number[];
}

/** One label's result for a text. */
export interface LabelScore {
  label: string;
  /** The probability the model gives the label. */
  p: number;
  /** The features that raised the score most, as written in the folded text, strongest first. */
  words: string[];
}

/** A compiled model: scores a folded text for every label. */
export type TriageScorer = (folded: string) => LabelScore[];

/** Compiles a model table into a scorer; the table is read once. */
export function compileModel(table: TriageModelTable): TriageScorer {
  const n = table.labels.length;
  const features = new Map<string, { id: number; labels: Int32Array; weights: Float64Array }>();
  let id = 0;
  for (const [feature, flat] of Object.entries(table.weights)) {
    const labels = new Int32Array(flat.length / 2);
    const weights = new Float64Array(flat.length / 2);
    for (let i = 0; i < labels.length; i++) {
      labels[i] = flat[2 * i] ?? 0;
      weights[i] = (flat[2 * i + 1] ?? 0) / 100;
    }
    features.set(feature, { id: id++, labels, weights });
  }
  const bias = table.bias.map((b) => b / 100);
  const seen = new Uint8Array(id);

  return (folded) => {
    const sums = Float64Array.from(bias);
    // The strongest positive contributions per label, kept short: [weight, text] pairs.
    const top: [number, string][][] = Array.from({ length: n }, () => []);
    const hit: number[] = [];
    forEachFeature(folded, (feature, start, end) => {
      const f = features.get(feature);
      // Presence, not counts: a long text that repeats a word says it no louder.
      if (!f || seen[f.id] === 1) return;
      seen[f.id] = 1;
      hit.push(f.id);
      for (let i = 0; i < f.labels.length; i++) {
        const label = f.labels[i] ?? 0;
        const w = f.weights[i] ?? 0;
        sums[label] = (sums[label] ?? 0) + w;
        if (w > 0) {
          const list = top[label];
          if (list && (list.length < 3 || w > (list[list.length - 1]?.[0] ?? 0))) {
            list.push([w, folded.slice(start, end)]);
            list.sort((a, b) => b[0] - a[0]);
            if (list.length > 3) list.pop();
          }
        }
      }
    });
    for (const f of hit) seen[f] = 0;
    return table.labels.map((label, i) => ({
      label,
      p: 1 / (1 + Math.exp(-(sums[i] ?? 0))),
      words: (top[i] ?? []).map(([, text]) => text),
    }));
  };
}
