// Reading a long text by parts: a handmade table whose features sit in one sentence of a long account, so the test
// fails if parts stop being read (the whole text's other sentences pull the label down).
import { describe, expect, it } from "vitest";
import { createInterpreter } from "./interpret.js";
import { foldForTriage } from "./normalize-text.js";
import { compileModel, PARTS_FROM, partEnds, type TriageModelTable } from "./triage-model.js";

/** Neutral characters: no feature of the tables below. */
const pad = "とてもながいはなしになりますがきいてください";
const sentence = (words: string) => `${words}${pad}${pad}。`;
/** Four sentences of some 47 characters: danger's word in the third, words against it in the others. */
const account = [sentence("仕事"), sentence("会社と夜中"), sentence("あの人がいま玄関"), sentence("同僚")].join("");

/** danger: 玄関 for it (+4), 仕事 / 会社 / 同僚 against it (−1.5 each), 夜中 a little for it (+1); bias −2. */
const table = (thresholds: Partial<Pick<TriageModelTable, "read" | "readLong" | "ask">> = {}): TriageModelTable => ({
  labels: ["danger"],
  bias: [-200],
  weights: { 玄関: [0, 400], 仕事: [0, -150], 会社: [0, -150], 同僚: [0, -150], 夜中: [0, 100] },
  read: [0.5],
  ask: [0.3],
  ...thresholds,
});
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe("reading a long text by parts", () => {
  it("cuts a long text into whole sentences of at least 40 characters, a short last one joined to the one before", () => {
    const folded = foldForTriage(account);
    expect(folded.length).toBeGreaterThanOrEqual(PARTS_FROM);
    const ends = partEnds(folded);
    expect(ends).toHaveLength(4);
    expect(ends.at(-1)).toBe(folded.length);
    for (const end of ends) expect(folded[end - 1]).toBe("。");
    // Short sentences gather until a part is long enough; a full stop inside a number or an address ends nothing.
    const english = "he is here. now. i am scared. please come. it is 3.5 km from www.example.com and he knows it.";
    expect(partEnds(english)).toEqual([42, english.length]);
    const tail = `${"a".repeat(50)}. short.`;
    expect(partEnds(tail)).toEqual([tail.length]);
  });

  it("gives a label the score of its likeliest part when that is higher than the whole's, with that part's reasons", () => {
    const [danger] = compileModel(table())(foldForTriage(account));
    // The whole: −2 + 4 − 4.5 + 1; the third sentence alone: −2 + 4.
    expect(danger?.whole).toBeCloseTo(sigmoid(-1.5), 6);
    expect(danger?.p).toBeCloseTo(sigmoid(2), 6);
    // Named from the part that raised it: 夜中 (+1) stands in another sentence.
    expect(danger?.words).toEqual(["玄関"]);
  });

  it("keeps the whole's score when no part is likelier, and reads a short text whole only", () => {
    const against = compileModel({ ...table(), weights: { 仕事: [0, 100], 会社: [0, 100], 同僚: [0, 100] } });
    const [danger] = against(foldForTriage(account));
    expect(danger?.p).toBeCloseTo(sigmoid(1), 6);
    expect(danger?.whole).toBeCloseTo(sigmoid(1), 6);
    const [short] = compileModel(table())(foldForTriage(sentence("あの人がいま玄関")));
    expect(short?.whole).toBeUndefined();
    expect(short?.p).toBeCloseTo(sigmoid(2), 6);
  });

  it("the interpreter reads what one part says, by the long text's own threshold, and asks by the whole", () => {
    const read = createInterpreter([], { model: table() })(account);
    expect(read.danger).toBe(true);
    expect(read.evidence.find((e) => e.reading === "danger")?.words).toEqual(["玄関"]);
    // A long text's threshold is its own: above the part's score, danger is not read, and the whole (0.18, under
    // the ask threshold of 0.3) does not ask either.
    const strict = createInterpreter([], { model: table({ readLong: [0.9] }) })(account);
    expect(strict.danger).toBe(false);
    expect(strict.ask).not.toContain("danger");
  });
});
