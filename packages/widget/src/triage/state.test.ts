// The triage's one state: chips and form read and write the same answers.
import type { TriageInterpretation } from "@netstalker/data";
import { mergeAnswers } from "@netstalker/data/query";
import { nothingRead } from "@netstalker/testing/triage-reading";
import { describe, expect, it } from "vitest";
import {
  answerAsk,
  choose,
  chooseNoDanger,
  dataAnswers,
  EMPTY_STATE,
  isAnswered,
  isEmpty,
  readWords,
  type TriageState,
} from "./state.js";

/** An interpretation as the interpreter returns it, with only what a case sets. */
function read(over: Partial<TriageInterpretation>): TriageInterpretation {
  return { ...nothingRead(), ...over };
}

const chips = (s: TriageState) => [...s.understood.keys()];

describe("triage state", () => {
  it("an understood answer checks its box and is a chip, with the words that led to it", () => {
    const s = readWords(
      EMPTY_STATE,
      read({
        danger: true,
        needs: ["threats"],
        relationship: "ex-partner",
        evidence: [{ reading: "danger", words: ["待ち伏せ"] }],
      }),
    );
    expect(chips(s)).toEqual(["danger", "need:threats", "relationship:ex-partner"]);
    expect([isAnswered(s.answers, "danger"), isAnswered(s.answers, "need:threats")]).toEqual([true, true]);
    expect(s.answers.relationship).toBe("ex-partner");
    expect(s.understood.get("danger")).toEqual(["待ち伏せ"]);
  });

  it("removing a chip unchecks its box, and the same words never set it again", () => {
    const words = read({ needs: ["personal-info", "remove-posts"] });
    let s = readWords(EMPTY_STATE, words);
    s = choose(s, "need:personal-info", false);
    expect(isAnswered(s.answers, "need:personal-info")).toBe(false);
    expect(chips(s)).toEqual(["need:remove-posts"]);
    s = readWords(s, words);
    expect(isAnswered(s.answers, "need:personal-info")).toBe(false);
    expect(chips(s)).toEqual(["need:remove-posts"]);
  });

  it("unchecking an understood box removes its chip; checking a box is the person's answer (no chip)", () => {
    let s = readWords(EMPTY_STATE, read({ needs: ["tracking"] }));
    s = choose(s, "need:tracking", false);
    expect(chips(s)).toEqual([]);
    s = choose(s, "need:talk", true);
    expect(chips(s)).toEqual([]);
    expect(dataAnswers(s.answers).needs).toEqual(["talk"]);
  });

  it("new words take back what the old words set, but never what the person chose", () => {
    let s = choose(EMPTY_STATE, "need:talk", true);
    s = readWords(s, read({ needs: ["talk", "tracking"] }));
    expect(chips(s)).toEqual(["need:tracking"]);
    s = readWords(s, read({ needs: ["impersonation"] }));
    expect([...s.answers.needs].sort()).toEqual(["impersonation", "talk"]);
    s = readWords(s, undefined);
    expect([...s.answers.needs]).toEqual(["talk"]);
  });

  it("a relationship the person chose is not replaced by one read from the words", () => {
    let s = choose(EMPTY_STATE, "relationship:stranger", true);
    s = readWords(s, read({ relationship: "ex-partner" }));
    expect(s.answers.relationship).toBe("stranger");
    expect(chips(s)).toEqual([]);
  });

  it("crisis is its own answer and its own chip, apart from danger", () => {
    const s = readWords(EMPTY_STATE, read({ crisis: true, needs: ["talk"] }));
    expect(chips(s)).toEqual(["crisis", "need:talk"]);
    expect(dataAnswers(s.answers)).toEqual({ crisis: true, needs: ["talk"], audiences: [] });
  });

  it("an unsure reading is asked, not answered, until confirmed; no declines it for good", () => {
    const unsure = read({ ask: ["danger", "children"], evidence: [{ reading: "ask:danger", words: ["外に"] }] });
    let s = readWords(EMPTY_STATE, unsure);
    expect([...s.asks.keys()]).toEqual(["danger", "children"]);
    expect(s.answers.danger).toBeUndefined();
    s = answerAsk(s, "danger", true);
    expect(s.answers.danger).toBe(true);
    expect(s.understood.get("danger")).toEqual(["外に"]);
    s = answerAsk(s, "children", false);
    expect(s.answers.audiences.has("children")).toBe(false);
    s = readWords(s, unsure);
    expect([...s.asks.keys()]).toEqual([]);
  });

  it("questions still asked go to the data's triage as asked, which routes them; no takes them out", () => {
    let s = readWords(EMPTY_STATE, read({ ask: ["crisis", "children"], understood: false }));
    // Only a question was raised: there is still something to rank (never an empty list while crisis is asked).
    expect(isEmpty(s.answers, s.asks)).toBe(false);
    expect(dataAnswers(s.answers, s.asks)).toEqual({ needs: [], audiences: [], asked: ["crisis", "children"] });
    // The data's own rule routes an asked crisis as if given; a child only asked about is not ranked as one.
    expect(mergeAnswers(dataAnswers(s.answers, s.asks))).toMatchObject({ crisis: true, audiences: [] });
    s = answerAsk(s, "crisis", false);
    expect(mergeAnswers(dataAnswers(s.answers, s.asks))).toMatchObject({ crisis: false, asked: ["children"] });
    expect(isEmpty(s.answers, s.asks)).toBe(false);
    expect(isEmpty(answerAsk(s, "children", false).answers, answerAsk(s, "children", false).asks)).toBe(true);
    // The person's own "no" to danger wins over a question the words raise.
    s = chooseNoDanger(readWords(EMPTY_STATE, read({ ask: ["danger"] })));
    expect(mergeAnswers(dataAnswers(s.answers, s.asks))).toMatchObject({ danger: false, asked: [] });
  });

  it("beside crisis, an unsure danger stays a question (a line that listens first) until yes makes it danger", () => {
    const s = readWords(EMPTY_STATE, read({ crisis: true, ask: ["danger"] }));
    expect(mergeAnswers(dataAnswers(s.answers, s.asks))).toMatchObject({
      crisis: true,
      danger: false,
      asked: ["danger"],
    });
    const yes = answerAsk(s, "danger", true);
    expect(mergeAnswers(dataAnswers(yes.answers, yes.asks))).toMatchObject({ crisis: true, danger: true, asked: [] });
    // Without crisis, danger only asked about is still ranked as if given.
    const alone = readWords(EMPTY_STATE, read({ ask: ["danger"] }));
    expect(mergeAnswers(dataAnswers(alone.answers, alone.asks))).toMatchObject({ danger: true, asked: ["danger"] });
  });

  it("answering no to danger removes a danger chip and answers no", () => {
    let s = readWords(EMPTY_STATE, read({ danger: true }));
    s = chooseNoDanger(s);
    expect(s.answers.danger).toBe(false);
    expect(chips(s)).toEqual([]);
  });

  it("words understood as nothing say so", () => {
    expect(readWords(EMPTY_STATE, read({ understood: false })).nothingUnderstood).toBe(true);
  });
});
