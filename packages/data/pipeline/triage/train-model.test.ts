import { describe, expect, it } from "vitest";
import { foldForTriage } from "../../src/query/normalize-text.js";
import { compileModel } from "../../src/query/triage-model.js";
import { packModel, unpackModel } from "../../src/query/triage-model-pack.js";
import { LEXICON_NAMED_AUDIENCES, LEXICON_NAMED_NEEDS } from "../../src/query/vocabulary.js";
import type { CorpusText } from "./labelled-text.js";
import { crossValidate, textKey, trainModel, WEIGHT_STEP } from "./train-model.js";

/** A small corpus: danger goes with three words that always come together, never alone. */
const corpus: CorpusText[] = [
  ...["house", "car", "street", "station", "school", "office", "park", "shop"].map((place) => ({
    text: `he has a knife and a blade, he will stab me at the ${place}`,
    lang: "en" as const,
    danger: true,
  })),
  ...["house", "car", "street", "station", "school", "office", "park", "shop", "phone", "mail"].map((place) => ({
    text: `someone posted my ${place} online and i want it removed`,
    lang: "en" as const,
    needs: ["remove-posts" as const],
  })),
];

/** Each label's weights in the shipped table, by feature. */
function weightsOf(table: ReturnType<typeof trainModel>, label: string): Map<string, number> {
  const l = table.labels.indexOf(label);
  const out = new Map<string, number>();
  for (const [feature, flat] of Object.entries(table.weights)) {
    for (let i = 0; i < flat.length; i += 2) if (flat[i] === l) out.set(feature, flat[i + 1] ?? 0);
  }
  return out;
}

describe("trainModel", () => {
  it("keeps at most `keep` features per label, and the same corpus always gives the same model", () => {
    const a = trainModel(corpus, { thresholds: false, keep: 2 });
    for (const label of a.labels) expect(weightsOf(a, label).size).toBeLessThanOrEqual(2);
    expect(trainModel(corpus, { thresholds: false, keep: 2 })).toEqual(a);
    // What ships is the packed form of the same table.
    expect(unpackModel(packModel(a)).weights).toEqual(a.weights);
  });

  it("retrains on the kept features, so that they carry what the dropped ones carried", () => {
    // Trained on every feature, danger's weight is shared among many that always come together (knife, blade, stab,
    // their pairs…); kept few and not retrained, the kept ones carry only their share, and a danger text scores low.
    const score = (table: ReturnType<typeof trainModel>, text: string) =>
      compileModel(table)(foldForTriage(text)).find((s) => s.label === "danger")?.p ?? 0;
    const pruned = trainModel(corpus, { thresholds: false, keep: 3, retrain: false });
    const retrained = trainModel(corpus, { thresholds: false, keep: 3 });
    const danger = corpus[0]?.text ?? "";
    const safe = corpus.at(-1)?.text ?? "";
    expect(score(retrained, danger)).toBeGreaterThan(score(pruned, danger) + 0.1);
    expect(score(retrained, safe)).toBeLessThan(0.5);
    expect(score(retrained, danger)).toBeGreaterThan(0.5);
  });

  it("learns the other spellings it is given, with the text's labels", () => {
    const kana = (t: CorpusText) => [t.text.replace("knife", "ナイフ")];
    const plain = trainModel(corpus, { thresholds: false });
    const spelled = trainModel(corpus, { thresholds: false, variants: kana });
    expect(weightsOf(plain, "danger").has("ない")).toBe(false);
    expect(weightsOf(spelled, "danger").get("ない")).toBeGreaterThan(0);
  });

  it("sets read thresholds for every label and ask thresholds only for critical ones, from cross-validation", () => {
    const table = trainModel(corpus);
    expect(table.read).toHaveLength(table.labels.length);
    table.labels.forEach((label, l) => {
      const critical = ["danger", "crisis", "crisisNow", "need:tracking", "audience:children"].includes(label);
      if (critical) expect(table.ask[l]).toBeLessThanOrEqual(table.read[l] ?? 0);
      else expect(table.ask[l]).toBe(1);
    });
    // Long texts (read by parts) get thresholds of their own only with enough long positives: none here.
    expect(table.readLong).toEqual(table.read);
  });

  it("scores held-out texts as the interpreter does: a long one by parts, asks on the whole", () => {
    // Long texts with a label's words in one sentence among others about something else (as often with or without).
    const filler = "we met at a class years ago and talked about books and films every week for a long time.";
    const long = corpus.map((t, i) => ({ ...t, text: `${filler} ${filler} ${t.text}. ${filler} ${i}` }));
    const texts = [...corpus, ...long];
    const held = crossValidate(texts, { thresholds: false }, undefined, 2);
    const danger = 0;
    const longAt = texts.map((_, i) => i).filter((i) => i >= corpus.length);
    for (const i of longAt) expect(held.read[i]?.[danger]).toBeGreaterThanOrEqual(held.ask[i]?.[danger] ?? 1);
    // Read by parts, the sentence of danger scores above the whole it sits in.
    expect(longAt.some((i) => (held.read[i]?.[danger] ?? 0) > (held.ask[i]?.[danger] ?? 1) + 0.01)).toBe(true);
    // A short text is read whole: the two are one score.
    for (let i = 0; i < corpus.length; i++) expect(held.read[i]).toEqual(held.ask[i]);
  });
});

describe("a text's own key (folds and training order)", () => {
  it("is the same for the same text on every build, and differs between texts", () => {
    expect(textKey("元彼がいま家の前にいる")).toBe(textKey("元彼がいま家の前にいる"));
    const keys = new Set(corpus.map((t) => textKey(t.text)));
    expect(keys.size).toBe(new Set(corpus.map((t) => t.text)).size);
    // Spread over the five folds, so a fold is not one kind of text.
    const folds = new Set([...keys].map((k) => k % 5));
    expect(folds.size).toBeGreaterThan(1);
  });
});

describe("features kept per label, as the model ships", () => {
  it("ships every weight rounded to WEIGHT_STEP, none of them zero", async () => {
    const { TRIAGE_MODEL } = await import("../../src/generated/triage-model.js");
    const step = Math.round(WEIGHT_STEP * 100);
    const weights = Object.values(unpackModel(TRIAGE_MODEL).weights).flatMap((flat) => flat.filter((_, i) => i % 2));
    expect(weights.length).toBeGreaterThan(1000);
    for (const w of weights) {
      expect(Math.abs(w % step), String(w)).toBe(0);
      expect(w).not.toBe(0);
    }
  });

  it("each relationship label keeps at most 140 features, each audience the lexicon names at most 90 and each need it names at most 180, the labels the model adds least to fewer still, and the others more", async () => {
    const { TRIAGE_MODEL } = await import("../../src/generated/triage-model.js");
    const model = unpackModel(TRIAGE_MODEL);
    const counts = model.labels.map(
      (_, l) => Object.values(model.weights).filter((flat) => flat.some((v, i) => i % 2 === 0 && v === l)).length,
    );
    const byLabel = new Map(model.labels.map((label, l) => [label, counts[l] ?? 0]));
    for (const [label, n] of byLabel) if (label.startsWith("relationship:")) expect(n, label).toBeLessThanOrEqual(140);
    for (const audience of LEXICON_NAMED_AUDIENCES) {
      expect(byLabel.get(`audience:${audience}`), audience).toBeLessThanOrEqual(90);
    }
    for (const need of LEXICON_NAMED_NEEDS) expect(byLabel.get(`need:${need}`), need).toBeLessThanOrEqual(180);
    // The labels the model adds least to keep fewer (LITTLE_FROM_THE_MODEL), talk among them; dv-victims keeps all,
    // its strongest features being the words for a partner.
    expect(byLabel.get("need:talk")).toBeLessThanOrEqual(100);
    expect(byLabel.get("audience:parents")).toBeLessThanOrEqual(120);
    expect(byLabel.get("relationship:partner")).toBeLessThanOrEqual(60);
    expect(byLabel.get("audience:dv-victims")).toBeGreaterThan(250);
    // The other needs keep more.
    expect(byLabel.get("need:stop-contact")).toBeGreaterThan(250);
    // Audiences the model reads most from the words around them keep the full count.
    expect(byLabel.get("audience:children")).toBeGreaterThan(250);
    // The limit is the relationship labels' own: others still keep more (danger is learned from many texts).
    expect(byLabel.get("danger")).toBeGreaterThan(200);
  });
});
