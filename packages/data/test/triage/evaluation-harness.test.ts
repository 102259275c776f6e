// The evaluation harness itself, on a small fixture: the loader's errors, the checks, the sums and the leak finder.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateCases, figures, labelCounts } from "../../pipeline/triage/evaluate.js";
import { loadEvaluation } from "../../pipeline/triage/evaluation.js";
import { findLeaks } from "../../pipeline/triage/leaks.js";
import { dataset } from "../../src/generated/dataset.js";
import { createTriage } from "../../src/query/triage.js";

const fixture = new URL("./fixtures/evaluation.yaml", import.meta.url).pathname;
const triage = createTriage(dataset);

async function written(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "evaluation-"));
  const path = join(dir, "evaluation.yaml");
  await writeFile(path, text);
  return path;
}

describe("loadEvaluation", () => {
  it("reads the format", async () => {
    const cases = await loadEvaluation(fixture);
    expect(cases.map((c) => c.id)).toContain("fx-danger-door");
    expect(cases.find((c) => c.id === "fx-hiragana-ex")?.read.notNeeds).toEqual(["threats"]);
  });

  it("names the case, the field and the reason of every bad value", async () => {
    const path = await written(
      [
        "cases:",
        "  - { id: a, lang: ja, style: s, critical: true, text: x, read: { needs: [revenge] } }",
        "  - { id: b, lang: fr, style: s, critical: false, text: y, read: {}, route: { first: [] } }",
        "  - { id: a, lang: en, style: s, critical: false, text: z, read: { mood: sad } }",
      ].join("\n"),
    );
    const error = await loadEvaluation(path, "content/triage/evaluation.yaml").catch((e: unknown) => e);
    const message = String((error as Error).message);
    expect(message).toContain('content/triage/evaluation.yaml: record "a", field cases[0].read.needs[0]');
    expect(message).toContain('record "b", field cases[1].lang');
    expect(message).toContain('record "b", field cases[1].route.first');
    expect(message).toContain("cases[2].read: Unrecognized key");
    expect(message).toContain("(mood)");
  });

  it("refuses a file that is not a list of cases", async () => {
    await expect(loadEvaluation(await written("texts: []"), "e.yaml")).rejects.toThrow("a list `cases`");
    await expect(loadEvaluation(await written("cases: [: :"), "e.yaml")).rejects.toThrow(
      "e.yaml: (no id): not valid YAML",
    );
  });
});

describe("evaluateCases and figures", () => {
  it("checks readings and routes, and a case that should fail fails with reasons", async () => {
    const results = evaluateCases(await loadEvaluation(fixture), triage);
    const byId = new Map(results.map((r) => [r.case.id, r]));
    expect(byId.get("fx-danger-door")?.failures).toEqual([]);
    expect(byId.get("fx-hiragana-ex")?.failures).toEqual([]);
    expect(byId.get("fx-child")?.failures).toEqual([]);
    expect(byId.get("fx-nothing")?.failures).toEqual([]);
    expect(byId.get("fx-fails-on-purpose")?.failures).toEqual(["need compensation not read"]);
    const f = figures(results);
    expect(f.overall).toEqual({ pass: 4, n: 5 });
    expect(f.critical).toEqual({ pass: 2, n: 2 });
    expect(f.routing).toEqual({ pass: 3, n: 3 });
    expect(f.byStyle.get("long")).toEqual({ pass: 0, n: 1 });
    const counts = labelCounts(results);
    expect(counts.get("need:compensation")).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(counts.get("danger")).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(counts.get("nothing")).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it("a critical reading only asked about passes only when routed as if read, and is counted apart", () => {
    const asked = { id: "x", lang: "en", style: "s", critical: true, text: "he is not outside my house" } as const;
    const [routed] = evaluateCases(
      [{ ...asked, read: { danger: true }, route: { first: ["police-emergency-110"] } }],
      triage,
    );
    expect(routed?.result.interpreted?.ask).toContain("danger");
    expect(routed?.pass).toBe(true);
    expect(routed?.askedOnly).toEqual(["danger"]);
    // A triage that asks but does not route it (110 not where a read danger puts it) gets no credit.
    const unrouted = (answers: Parameters<typeof triage>[0]) => {
      const result = triage({ ...answers, danger: false });
      return { ...result, answers: { ...result.answers, danger: false } };
    };
    const [dropped] = evaluateCases([{ ...asked, read: { danger: true } }], unrouted);
    expect(dropped?.pass).toBe(false);
    expect(dropped?.failures).toEqual(["danger read false, expected true"]);
  });

  it("danger asked about where it is not expected is counted as a false ask", () => {
    const cases = [
      { id: "y", lang: "en", style: "s", critical: false, text: "he is not outside my house", read: {} },
    ] as const;
    const results = evaluateCases(
      cases.map((c) => ({ ...c, read: {} })),
      triage,
    );
    expect(results[0]?.falseAsks).toEqual(["danger"]);
    expect(figures(results).falseAsks).toEqual({ critical: 0, rest: 1 });
  });
});

describe("findLeaks", () => {
  const evaluation = [
    { id: "e1", text: "元彼が毎晩家の周りをうろうろしていて眠れません" },
    { id: "e2", text: "My former boyfriend keeps sending me messages at night" },
    { id: "e3", text: "死にたい" },
  ];
  it("finds a copy in the corpus, whole or by a long run, re-spaced or re-punctuated", () => {
    const leaks = findLeaks(evaluation, [
      { name: "corpus a", kind: "corpus", text: "昨日から元彼が毎晩、家の周りをうろうろしてる" },
      { name: "corpus b", kind: "corpus", text: "my former boyfriend keeps  sending me messages!!" },
    ]);
    expect(leaks.map((l) => [l.evaluation, l.source])).toEqual([
      ["e1", "corpus a"],
      ["e2", "corpus b"],
    ]);
  });
  it("finds a whole phrase in the lexicon, but not a single word both use", () => {
    expect(findLeaks(evaluation, [{ name: "lexicon crisis", kind: "lexicon", text: "死にたい" }])).toEqual([]);
    const phrase = findLeaks(
      [{ id: "e4", text: "家の前で待ち伏せされている" }],
      [{ name: "lexicon danger", kind: "lexicon", text: "家の前で待ち伏せされている" }],
    );
    expect(phrase).toHaveLength(1);
    // A whole text equal to a corpus text is a copy from six characters; a greeting or one word is not.
    expect(findLeaks(evaluation, [{ name: "corpus c", kind: "corpus", text: "死にたい!" }])).toEqual([]);
    const copy = [{ id: "e5", text: "もう限界かもしれない" }];
    expect(findLeaks(copy, [{ name: "corpus d", kind: "corpus", text: "もう限界かも、しれない" }])).toHaveLength(1);
  });
  it("does not flag texts that share only short runs", () => {
    expect(
      findLeaks(evaluation, [{ name: "corpus e", kind: "corpus", text: "元彼が家の周りにいる。眠れない" }]),
    ).toEqual([]);
  });
  it("measures each run in its own script: a mixed text's English part at the English length", () => {
    const mixed = [{ id: "e6", text: "警察に行きたいけど my japanese is not good at all honestly です" }];
    // Twelve letters of English ("japaneseisno") are common words, not a copy…
    expect(findLeaks(mixed, [{ name: "lexicon foreign", kind: "lexicon", text: "my japanese is not good" }])).toEqual(
      [],
    );
    // …while twelve characters with Japanese in them, or twenty-four of English, are.
    expect(findLeaks(mixed, [{ name: "corpus g", kind: "corpus", text: "警察に行きたいけどmyjapanese" }])).toHaveLength(
      1,
    );
    const english = [{ name: "corpus h", kind: "corpus" as const, text: "so my japanese is not good at all honestly" }];
    expect(findLeaks(mixed, english)).toHaveLength(1);
  });
});
