// The blind evaluation (content/triage/evaluation.yaml), written apart from the lexicon, corpus and rules: it must
// not leak into what the interpreter learns from, and the triage must pass it. The method is in
// docs/decisions/0013-triage-interpreter-and-blind-evaluation.md; `pnpm bench` prints the figures in full.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateCases, figures, figuresBySet, formatRate } from "../../pipeline/triage/evaluate.js";
import { loadEvaluation } from "../../pipeline/triage/evaluation.js";
import { findLeaks } from "../../pipeline/triage/leaks.js";
import { loadCorpus } from "../../pipeline/triage/load-corpus.js";
import { dataset } from "../../src/generated/dataset.js";
import { createTriage } from "../../src/query/triage.js";

const content = fileURLToPath(new URL("../../content", import.meta.url));
const cases = await loadEvaluation(`${content}/triage/evaluation.yaml`, "content/triage/evaluation.yaml");
const corpus = await loadCorpus(content, []);
const lexicon = dataset.triage.lexicon;

/**
 * The gate is every critical case and at least 90 % of the rest, over every set. Until it is met, each writer's set
 * may not fall below its floor, measured on 2026-12-07 (04:00 UTC) over a corpus of 6,398 texts, none sharing a long
 * run with an evaluation case, asked danger and crisis credited only where routed as if read, the model retrained on
 * its kept features and learned in kana too, long texts read by parts (ADR 0013, "Reading long texts by parts"):
 * - set `ev` (389 cases, seen only as figures during the work): critical 149/182 (81.9 %), rest 174/207 (84.1 %),
 *   routing 117/130. The floor stays where it was set at 150/182 and 175/207 (5,991 texts, 02:20 UTC). Earlier
 *   floors: 125/182, 165/207 (2,316 texts); 130/182, 167/207 (4,368 texts).
 * - set `ev2` (320 cases by a second writer, first measured after a round of work): critical 138/169 (81.7 %), rest
 *   110/151 (72.8 %), routing 122/141. Earlier: 135/169, 109/151 (5,991 texts, whole texts only); 118/169, 95/151
 *   (4,368 texts); 117/169, 90/151 (2,316 texts).
 * - set `ev3` (325 cases by a third writer asked for overlooked voices, who labels more of each text): critical
 *   73/159 (45.9 %), rest 66/166 (39.8 %), routing 154/208. Earlier: 71/159, 65/166 (5,991 texts, whole texts
 *   only); before the day's work (main at 6b8339f, 4,368 texts): critical 49/159, rest 46/166, routing 152/208.
 * A retraining moves a few cases either way (three averaged runs damp it), so each floor sits two points under;
 * raise them as the figures rise.
 */
const FLOOR: Record<string, { critical: number; rest: number }> = {
  ev: { critical: 0.804, rest: 0.825 },
  ev2: { critical: 0.797, rest: 0.708 },
  ev3: { critical: 0.439, rest: 0.378 },
};
const GATE = { rest: 0.9 };

describe("the blind evaluation (content/triage/evaluation.yaml)", () => {
  it("has at least 300 texts in both languages, at least 40 % of them critical", () => {
    expect(cases.length).toBeGreaterThanOrEqual(300);
    expect(cases.filter((c) => c.lang === "ja").length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.lang === "en").length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.critical).length / cases.length).toBeGreaterThanOrEqual(0.4);
  });

  it("no evaluation text is in the lexicon or the corpus, whole or by a long run of characters", () => {
    const leaks = findLeaks(cases, [
      ...corpus.map((c) => ({ name: `${c.file} texts[${c.index}]`, text: c.text, kind: "corpus" as const })),
      ...lexicon.flatMap((e) =>
        [...e.ja, ...e.en].map((text) => ({ name: `lexicon ${e.id}`, text, kind: "lexicon" as const })),
      ),
    ]);
    // Named by the corpus text and the case id only: the fix is to reword the corpus text, not to read the case.
    expect(leaks.map((l) => `${l.source} shares a run with evaluation case ${l.evaluation}`)).toEqual([]);
  });

  it("passes the gate, or stays above each set's measured floor", () => {
    const results = evaluateCases(cases, createTriage(dataset));
    const f = figures(results);
    const gateMet = f.critical.pass === f.critical.n && f.rest.pass / f.rest.n >= GATE.rest;
    if (gateMet) return;
    const bySet = figuresBySet(results);
    expect([...bySet.keys()]).toEqual(Object.keys(FLOOR).sort());
    for (const [set, floor] of Object.entries(FLOOR)) {
      const s = bySet.get(set);
      if (!s) throw new Error(`no evaluation case of set ${set}`);
      const summary = `set ${set}: critical ${formatRate(s.critical)}, rest ${formatRate(s.rest)}, routing ${formatRate(s.routing)}`;
      expect(s.critical.pass / s.critical.n, summary).toBeGreaterThanOrEqual(floor.critical);
      expect(s.rest.pass / s.rest.n, summary).toBeGreaterThanOrEqual(floor.rest);
    }
  });
});
