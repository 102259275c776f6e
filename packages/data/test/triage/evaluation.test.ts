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
 * may not fall below its floor: two points under its figures as built on 2026-12-08 ~03:50 UTC (8,269 texts: the
 * fourth night round, with the corpus texts sharing a run with the held-out sets `ev11` to `ev17` removed). `pnpm
 * bench` prints them all; ADR 0013 keeps each round's before and after.
 * - As built: `ev` (389 cases) critical 164/182, rest 181/207; `ev2` (320) 158/169, 113/151; `ev3` (325, overlooked
 *   voices) 110/159, 85/166; `ev4` (310) 132/171, 88/139; `ev5` (317) 117/155, 115/162; `ev6` (325) 113/170,
 *   103/155; `ev7` (320, overlooked voices and grey zones) 98/169, 91/151; `ev8` (320) 117/165, 97/155; `ev9` (320)
 *   104/176, 78/144; `ev10` (160) 59/86, 48/74; `ev11` (320) 104/149, 93/171; `ev12` (320) 104/149, 101/171; `ev13`
 *   (160) 49/76, 45/84; `ev14` (320) 121/200, 63/120; `ev15` (160) 53/74, 56/86; `ev16` (320) 135/216, 46/104;
 *   `ev17` (320) 83/169, 70/151.
 * - Each of `ev8` to `ev17` was written by writers (two per language; one per language for `ev10`, `ev13`, `ev15`)
 *   who saw the labels' meanings, the contacts and the routing principles, and was kept out of the repository
 *   through one round: before and after it in ADR 0013. `ev11`: critical 70 → 78/149, rest 65 → 71/171, routing 124
 *   → 125/135. `ev12`: 79 → 75/149, 86 → 91/171, 107 → 112/129. `ev13` (a small round of lexicon words for danger
 *   and crisis): 30 → 30/76, 37 → 37/84, 54 → 54/67. `ev14` (the second night round: grammar of who, threats,
 *   presence, talk, the writer's own words): 91 → 102/200, 50 → 47/120, 151 → 156/178. `ev15` (that round's last
 *   three changes: a woman's own words, details and posts in more words): 51 → 51/74, 46 → 46/86, 76 → 76/78.
 *   `ev16` (the third night round: the writer's sex, talk, who only told them, presence and habit, posts and contact
 *   in more words, crisis beside threats, texts with nothing relevant): 97 → 109/216, 36 → 38/104, 173 → 179/191.
 *   `ev17` (the fourth night round: threats, watching, crime, sexual violence, posts and acting now in more words,
 *   words not about them, a parent by the child's age; the model's least used features given for it): 82 → 85/169,
 *   65 → 69/151, 146 → 147/164.
 * A retraining moves a few cases of each set either way (ADR 0013), so each floor sits two points under; raise them
 * as the figures rise.
 */
const FLOOR: Record<string, { critical: number; rest: number }> = {
  ev: { critical: 0.881, rest: 0.854 },
  ev2: { critical: 0.914, rest: 0.728 },
  ev3: { critical: 0.671, rest: 0.492 },
  ev4: { critical: 0.751, rest: 0.613 },
  ev5: { critical: 0.734, rest: 0.689 },
  ev6: { critical: 0.644, rest: 0.644 },
  ev7: { critical: 0.559, rest: 0.582 },
  ev8: { critical: 0.689, rest: 0.605 },
  ev9: { critical: 0.57, rest: 0.521 },
  ev10: { critical: 0.666, rest: 0.628 },
  ev11: { critical: 0.677, rest: 0.523 },
  ev12: { critical: 0.677, rest: 0.57 },
  ev13: { critical: 0.624, rest: 0.515 },
  ev14: { critical: 0.585, rest: 0.505 },
  ev15: { critical: 0.696, rest: 0.631 },
  ev16: { critical: 0.605, rest: 0.422 },
  ev17: { critical: 0.471, rest: 0.443 },
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
