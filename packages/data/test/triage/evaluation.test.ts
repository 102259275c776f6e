// The blind evaluation (content/triage/evaluation.yaml), written apart from the lexicon, corpus and rules: it must
// not leak into what the interpreter learns from, and the triage must pass it. The method is in
// docs/decisions/0013-triage-interpreter-and-blind-evaluation.md; `pnpm bench` prints the figures in full.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateCases, figures, formatRate } from "../../pipeline/triage/evaluate.js";
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
 * The gate is every critical case and at least 90 % of the rest. Until it is met, the figures may not fall below
 * the floor measured on 2026-12-06 (23:35 UTC) over a corpus of 4,396 texts, none sharing a long run with an
 * evaluation case: critical 129/182 (70.9 %), rest 168/207 (81.2 %), routing 114/130 (87.7 %), with asked danger and
 * crisis credited only where routed as if read (4 cases). The first floor (125/182, 165/207 on 2,316 texts) was
 * raised with them. A retraining moves a few cases either way (three averaged runs damp it), so the floor sits two
 * points under; raise it as the figures rise.
 */
const FLOOR = { critical: 0.689, rest: 0.792 };
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

  it("passes the gate, or stays above the measured floor", () => {
    const results = evaluateCases(cases, createTriage(dataset));
    const f = figures(results);
    const summary = `critical ${formatRate(f.critical)}, rest ${formatRate(f.rest)}, routing ${formatRate(f.routing)}`;
    const gateMet = f.critical.pass === f.critical.n && f.rest.pass / f.rest.n >= GATE.rest;
    if (gateMet) return;
    expect(f.critical.pass / f.critical.n, summary).toBeGreaterThanOrEqual(FLOOR.critical);
    expect(f.rest.pass / f.rest.n, summary).toBeGreaterThanOrEqual(FLOOR.rest);
  });
});
