// The triage model as it ships in the widget's lazy triage chunk: the same table as TriageModelTable, packed into
// two strings that compress far better than a JSON object of arrays (the chunk has a 60 KB brotli budget, and the
// more features each label keeps, the better the model reads: ADR 0013). The build packs; the interpreter unpacks
// once, when it is created.
import type { TriageModelTable } from "./triage-model.js";

/** The packed form of a TriageModelTable, as src/generated/triage-model.ts holds it. */
export interface PackedTriageModel {
  labels: readonly string[];
  /** Each label's bias, in hundredths. */
  bias: readonly number[];
  read: readonly number[];
  /** As TriageModelTable.readLong (absent: `read`). */
  readLong?: readonly number[];
  ask: readonly number[];
  /**
   * The features in sorted order, separated by "|", each written as how many leading characters it shares with the
   * one before it (a letter: A = none, B = one, …) and the rest of it. Folded features never hold "|" or a capital.
   */
  features: string;
  /**
   * For each feature in the same order, separated by "|": pairs of a label (character LABEL_BASE + its index) and
   * its weight in tenths (character WEIGHT_ZERO + the weight).
   */
  entries: string;
}

const SEPARATOR = "|";
const PREFIX_BASE = 0x41;
/** A shared prefix is written up to this long (a letter from A to Z). */
const MAX_PREFIX = 25;
/** Labels are written from "0": 44 of them stay below the backslash, which JSON would escape. */
const LABEL_BASE = 0x30;
const MAX_LABELS = 44;
/**
 * A weight in tenths is written as this character plus the weight: from U+0101 to U+02FF (Latin letters and spacing
 * modifiers: none combines with its neighbour or is escaped in JSON).
 */
const WEIGHT_ZERO = 0x200;
const MAX_TENTHS = 255;

/** Packs a table (weights in hundredths, multiples of ten); throws on what the packed form cannot hold. */
export function packModel(table: TriageModelTable): PackedTriageModel {
  if (table.labels.length > MAX_LABELS)
    throw new Error(`packModel: ${table.labels.length} labels, at most ${MAX_LABELS}`);
  const names = Object.keys(table.weights).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let previous = "";
  const features: string[] = [];
  const entries: string[] = [];
  for (const name of names) {
    if (name.includes(SEPARATOR) || /[A-Z]/.test(name))
      throw new Error(`packModel: feature "${name}" holds | or a capital`);
    let shared = 0;
    while (shared < MAX_PREFIX && shared < previous.length && shared < name.length && previous[shared] === name[shared])
      shared++;
    features.push(String.fromCharCode(PREFIX_BASE + shared) + name.slice(shared));
    previous = name;
    const flat = table.weights[name] ?? [];
    let out = "";
    for (let i = 0; i + 1 < flat.length; i += 2) {
      const tenths = Math.round((flat[i + 1] ?? 0) / 10);
      if (Math.abs(tenths) > MAX_TENTHS) throw new Error(`packModel: weight ${tenths / 10} of "${name}" out of range`);
      out += String.fromCharCode(LABEL_BASE + (flat[i] ?? 0), WEIGHT_ZERO + tenths);
    }
    entries.push(out);
  }
  const { labels, bias, read, readLong, ask } = table;
  return {
    labels,
    bias,
    read,
    ...(readLong && { readLong }),
    ask,
    features: features.join(SEPARATOR),
    entries: entries.join(SEPARATOR),
  };
}

/** The table a packed model holds. */
export function unpackModel(packed: PackedTriageModel): TriageModelTable {
  const weights: Record<string, number[]> = {};
  if (packed.features.length > 0) {
    const features = packed.features.split(SEPARATOR);
    const entries = packed.entries.split(SEPARATOR);
    let previous = "";
    features.forEach((written, f) => {
      const name = previous.slice(0, written.charCodeAt(0) - PREFIX_BASE) + written.slice(1);
      previous = name;
      const e = entries[f] ?? "";
      const flat: number[] = [];
      for (let i = 0; i + 1 < e.length; i += 2) {
        flat.push(e.charCodeAt(i) - LABEL_BASE, (e.charCodeAt(i + 1) - WEIGHT_ZERO) * 10);
      }
      weights[name] = flat;
    });
  }
  const { labels, bias, read, readLong, ask } = packed;
  return { labels, bias, weights, read, ...(readLong && { readLong }), ask };
}
