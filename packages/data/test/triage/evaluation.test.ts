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
 * may not fall below its floor: two points under its figures as built on 2026-12-08 ~01:00 UTC (8,297 texts: the
 * third night round, with the corpus texts sharing a run with the held-out sets `ev11` to `ev16` removed). `pnpm
 * bench` prints them all; ADR 0013 keeps each round's before and after.
 * - As built: `ev` (389 cases) critical 165/182, rest 183/207; `ev2` (320) 153/169, 116/151; `ev3` (325, overlooked
 *   voices) 98/159, 85/166; `ev4` (310) 128/171, 85/139; `ev5` (317) 121/155, 117/162; `ev6` (325) 108/170,
 *   104/155; `ev7` (320, overlooked voices and grey zones) 92/169, 94/151; `ev8` (320) 123/165, 88/155; `ev9` (320)
 *   104/176, 74/144; `ev10` (160) 54/86, 44/74; `ev11` (320) 98/149, 90/171; `ev12` (320) 103/149, 92/171; `ev13`
 *   (160) 47/76, 43/84; `ev14` (320) 115/200, 56/120; `ev15` (160) 52/74, 53/86; `ev16` (320) 110/216, 40/104.
 * - Each of `ev8` to `ev16` was written by writers (two per language; one per language for `ev10`, `ev13`, `ev15`)
 *   who saw the labels' meanings, the contacts and the routing principles, and was kept out of the repository
 *   through one round: before and after it in ADR 0013. `ev11`: critical 70 → 78/149, rest 65 → 71/171, routing 124
 *   → 125/135. `ev12`: 79 → 75/149, 86 → 91/171, 107 → 112/129. `ev13` (a small round of lexicon words for danger
 *   and crisis): 30 → 30/76, 37 → 37/84, 54 → 54/67. `ev14` (the second night round: grammar of who, threats,
 *   presence, talk, the writer's own words): 91 → 102/200, 50 → 47/120, 151 → 156/178. `ev15` (that round's last
 *   three changes: a woman's own words, details and posts in more words): 51 → 51/74, 46 → 46/86, 76 → 76/78.
 *   `ev16` (the third night round: the writer's sex, talk, who only told them, presence and habit, posts and contact
 *   in more words, crisis beside threats, texts with nothing relevant): 97 → 109/216, 36 → 38/104, 173 → 179/191.
 * A retraining moves a few cases of each set either way (ADR 0013), so each floor sits two points under; raise them
 * as the figures rise.
 */
const FLOOR: Record<string, { critical: number; rest: number }> = {
  ev: { critical: 0.886, rest: 0.864 },
  ev2: { critical: 0.885, rest: 0.748 },
  ev3: { critical: 0.596, rest: 0.492 },
  ev4: { critical: 0.728, rest: 0.591 },
  ev5: { critical: 0.76, rest: 0.702 },
  ev6: { critical: 0.615, rest: 0.65 },
  ev7: { critical: 0.524, rest: 0.602 },
  ev8: { critical: 0.725, rest: 0.547 },
  ev9: { critical: 0.57, rest: 0.493 },
  ev10: { critical: 0.607, rest: 0.574 },
  ev11: { critical: 0.637, rest: 0.506 },
  ev12: { critical: 0.671, rest: 0.518 },
  ev13: { critical: 0.598, rest: 0.491 },
  ev14: { critical: 0.554, rest: 0.446 },
  ev15: { critical: 0.682, rest: 0.596 },
  ev16: { critical: 0.489, rest: 0.364 },
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
