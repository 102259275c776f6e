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
 * may not fall below its floor: two points under its figures as built on 2026-12-07 ~17:10 UTC (8,315 texts: the
 * evening's three rounds, with the corpus texts sharing a run with the held-out sets `ev8`, `ev9` and `ev10`
 * removed). `pnpm bench` prints them all; ADR 0013 keeps each round's before and after.
 * - `ev` (389 cases): critical 157/182, rest 178/207. `ev2` (320): 144/169, 107/151. `ev3` (325, overlooked voices):
 *   85/159, 80/166. `ev4` (310): 104/171, 78/139. `ev5` (317): 101/155, 105/162. `ev6` (325): 94/170, 99/155.
 *   `ev7` (320, overlooked voices and grey zones): 68/169, 71/151.
 * - `ev8` (320 cases by four writers, two per language, kept out of the repository through the evening's first
 *   round): before it (main at 2239ae5, 8,095 texts) critical 60/165, rest 43/155, routing 108/125; after it, still
 *   out, 71/165, 50/155, 108/125; as built now 73/165, 59/155, 110/125.
 * - `ev9` (320 cases by four more writers, kept out through the second round): before it (main at db06f5b) 59/176,
 *   50/144, 113/149; after it, still out, 65/176, 48/144, 119/149; as built now 76/176, 53/144, 121/149.
 * - `ev10` (160 cases by two more writers, kept out through the third): before it (main at 43f9926) 33/86, 23/74,
 *   63/73; after it 33/86, 24/74, 63/73; as built now (25 corpus texts that shared a run with it removed) 33/86,
 *   25/74, 64/73.
 * A retraining moves a few cases of each set either way (ADR 0013), so each floor sits two points under; raise them
 * as the figures rise.
 */
const FLOOR: Record<string, { critical: number; rest: number }> = {
  ev: { critical: 0.842, rest: 0.839 },
  ev2: { critical: 0.832, rest: 0.688 },
  ev3: { critical: 0.514, rest: 0.461 },
  ev4: { critical: 0.588, rest: 0.541 },
  ev5: { critical: 0.631, rest: 0.628 },
  ev6: { critical: 0.532, rest: 0.618 },
  ev7: { critical: 0.382, rest: 0.45 },
  ev8: { critical: 0.422, rest: 0.36 },
  ev9: { critical: 0.411, rest: 0.348 },
  ev10: { critical: 0.363, rest: 0.317 },
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
