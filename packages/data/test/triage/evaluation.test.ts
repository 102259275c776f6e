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
 * The gate is every critical case and at least 90 % of the rest, over both sets. Until it is met, each writer's set
 * may not fall below its floor, measured on 2026-12-07 (01:55 UTC) over a corpus of 5,531 texts, none sharing a long
 * run with an evaluation case, asked danger and crisis credited only where routed as if read, the model retrained on
 * its kept features and learned in kana too (ADR 0013, "The model measured as it ships"):
 * - set `ev` (389 cases, seen only as figures during the work): critical 148/182 (81.3 %), rest 171/207 (82.6 %),
 *   routing 117/130. Earlier floors: 125/182, 165/207 (2,316 texts); 130/182, 167/207 (4,368 texts).
 * - set `ev2` (320 cases by a second writer, first measured after that work): critical 137/169 (81.1 %), rest
 *   109/151 (72.2 %), routing 120/141. Earlier: 118/169, 95/151 (4,368 texts); before the day's second round of
 *   work (main at f824a01, corpus 2,316 texts) critical 117/169, rest 90/151.
 * A retraining moves a few cases either way (three averaged runs damp it), so each floor sits two points under;
 * raise them as the figures rise.
 */
const FLOOR: Record<string, { critical: number; rest: number }> = {
  ev: { critical: 0.793, rest: 0.806 },
  ev2: { critical: 0.791, rest: 0.702 },
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
