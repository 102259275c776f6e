import { nothingRead } from "@netstalker/testing/triage-reading";
import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { AUDIENCES } from "../schema/taxonomy.js";
import type { TriageContent, TriageInterpretation } from "../schema/triage.js";
import { askStillOpen } from "./ask-still-open.js";
import { localize } from "./localize.js";
import { createTriage, mergeAnswers, TRIAGE_NEEDS, type TriageAnswers, type TriageResult } from "./triage.js";

const triage = createTriage(dataset);
const contactIds = (r: TriageResult) => r.contacts.map((c) => c.id);
const remedyIds = (r: TriageResult) => r.remedies.map((c) => c.id);

// A two-rule fixture: its texts are made up for the test, not the real rules.
const reason = { ja: "テスト", en: "test" };
const fixture: TriageContent = {
  rules: [
    {
      id: "a",
      title: reason,
      when: { needs: ["talk"] },
      contacts: [
        { id: "police-consultation-9110", strength: "some", reason },
        { id: "moj-minna-no-jinken-110", strength: "strong", reason },
      ],
      remedies: [],
      sources: [{ url: "https://example.org/", title: "x" }],
    },
    {
      id: "b",
      title: reason,
      when: { relationship: ["stranger"] },
      contacts: [{ id: "police-consultation-9110", strength: "some", reason: { ja: "二つ目", en: "second" } }],
      remedies: [],
      sources: [{ url: "https://example.org/", title: "x" }],
    },
  ],
  lexicon: [],
};

describe("ranking by named strengths", () => {
  it("ranks by the strongest level first, then by the levels added up", () => {
    const rank = createTriage({ ...dataset, triage: fixture });
    expect(contactIds(rank({}))).toEqual(["moj-minna-no-jinken-110", "police-consultation-9110"]);
    // Two "some" add up to as much as one "strong", but a stronger level still wins.
    const both = rank({ relationship: "stranger" });
    expect(contactIds(both)).toEqual(["moj-minna-no-jinken-110", "police-consultation-9110"]);
    expect(both.contacts[1]?.score).toBeGreaterThanOrEqual(both.contacts[0]?.score ?? 0);
    expect(both.rules).toEqual(["a", "b"]);
  });

  it("keeps the reason of the first strongest suggestion", () => {
    const rank = createTriage({ ...dataset, triage: fixture });
    expect(rank({ relationship: "stranger" }).contacts[1]?.reason).toEqual(reason);
  });
});

describe("triage over the real rules", () => {
  it("danger now puts 110 first, whatever else is asked", () => {
    const result = triage({
      danger: true,
      needs: [...TRIAGE_NEEDS],
      audiences: ["women", "children", "foreign-residents"],
    });
    expect(result.contacts[0]?.id).toBe("police-emergency-110");
    expect(result.contacts[0]?.strength).toBe("emergency");
    expect(contactIds(triage({ danger: false }))).not.toContain("police-emergency-110");
  });

  it("talk alone never brings 110, with any audience or relationship", () => {
    for (const audience of dataset.contacts.flatMap((c) => c.audiences)) {
      for (const relationship of ["partner", "ex-partner", "acquaintance", "stranger", "unknown"] as const) {
        expect(contactIds(triage({ needs: ["talk"], audiences: [audience], relationship }))).not.toContain(
          "police-emergency-110",
        );
      }
    }
  });

  it("a man never gets a women-only line, even when women is also answered", () => {
    for (const need of TRIAGE_NEEDS) {
      expect(contactIds(triage({ needs: [need], audiences: ["men", "women"] }))).not.toContain(
        "moj-womens-rights-hotline",
      );
    }
    expect(contactIds(triage({ audiences: ["women"] }))).toContain("moj-womens-rights-hotline");
  });

  it("tracking: stalkerware-caution is the first remedy whatever else is asked", () => {
    for (const need of TRIAGE_NEEDS) {
      expect(triage({ needs: ["tracking", need] }).remedies[0]?.id, need).toBe("stalkerware-caution");
    }
  });

  it("whenever a step will follow, preserve-evidence is among the first three remedies", () => {
    const steps = TRIAGE_NEEDS.filter((n) => n !== "talk");
    for (const need of steps)
      expect(remedyIds(triage({ needs: [need] })).slice(0, 3), need).toContain("preserve-evidence");
    expect(remedyIds(triage({ needs: steps })).slice(0, 3)).toContain("preserve-evidence");
  });

  it("every audience is usable: each but anyone and men changes the suggestions", () => {
    const plain = JSON.stringify(contactIds(triage({})));
    // Every audience the schema declares, so a new one no rule uses fails here.
    for (const audience of AUDIENCES.filter((a) => a !== "anyone" && a !== "men")) {
      expect(JSON.stringify(contactIds(triage({ audiences: [audience] }))), audience).not.toBe(plain);
    }
  });

  it("no needs is read as wanting to talk", () => {
    expect(triage({}).contacts).toEqual(triage({ needs: ["talk"] }).contacts);
    expect(triage({}).answers.needs).toEqual(["talk"]);
  });
});

describe("free text", () => {
  it("merges what the text says with the explicit answers, explicit winning", () => {
    const result = triage({ relationship: "stranger", audiences: ["women"], text: "元カレに殺すと言われた" });
    expect(result.interpreted?.relationship).toBe("ex-partner");
    expect(result.answers).toMatchObject({ danger: true, relationship: "stranger", audiences: ["women"] });
    expect(result.answers.needs).toContain("threats");
    expect(result.contacts[0]?.id).toBe("police-emergency-110");
  });

  it("empty text interprets nothing", () => {
    expect(triage({ text: "  " }).interpreted).toBeUndefined();
  });

  const read = (over: Partial<TriageInterpretation>): TriageInterpretation => ({ ...nothingRead(), ...over });
  it("mergeAnswers unions needs and audiences", () => {
    expect(mergeAnswers({ needs: ["talk"] }, read({ needs: ["tracking"], audiences: ["men"] }))).toEqual({
      danger: false,
      crisis: false,
      needs: ["talk", "tracking"],
      audiences: ["men"],
      asked: [],
    });
  });
  it("mergeAnswers: crisis from either side counts, like danger", () => {
    expect(mergeAnswers({ crisis: false }, read({ crisis: true })).crisis).toBe(true);
    expect(mergeAnswers({ crisis: true }, read({})).crisis).toBe(true);
    expect(mergeAnswers({}, read({})).crisis).toBe(false);
  });
  it("askStillOpen: an asked signal counts until it is answered no, and nothing counts that was not asked", () => {
    expect([undefined, true, false].map((answer) => askStillOpen(true, answer))).toEqual([true, true, false]);
    expect([undefined, true, false].map((answer) => askStillOpen(false, answer))).toEqual([false, false, false]);
  });

  it("mergeAnswers: danger or crisis only asked about is routed as if read, until the person answers no", () => {
    expect(mergeAnswers({}, read({ ask: ["danger"], understood: false }))).toMatchObject({
      danger: true,
      asked: ["danger"],
    });
    expect(mergeAnswers({}, read({ ask: ["crisis"] }))).toMatchObject({ crisis: true, danger: false });
    expect(mergeAnswers({ danger: false }, read({ ask: ["danger"] }))).toMatchObject({ danger: false, asked: [] });
    expect(mergeAnswers({ crisis: false }, read({ ask: ["crisis"] })).crisis).toBe(false);
    // A child or a tracker only asked about is not routed as read, but the list is never empty for it.
    const child = mergeAnswers({}, read({ ask: ["children"], understood: false }));
    expect(child.audiences).toEqual([]);
    expect(child.needs).toEqual(["talk"]);
    expect(child.asked).toEqual(["children"]);
  });
  it("mergeAnswers: beside crisis read or confirmed, danger only asked about stays a question, not danger", () => {
    expect(mergeAnswers({}, read({ crisis: true, ask: ["danger"] }))).toMatchObject({
      crisis: true,
      danger: false,
      asked: ["danger"],
    });
    expect(mergeAnswers({ crisis: true }, read({ ask: ["danger"] }))).toMatchObject({
      danger: false,
      asked: ["danger"],
    });
    // Yes closes the question as danger; a question a surface keeps (`asked`) is the same as one the words raise.
    expect(mergeAnswers({ crisis: true, danger: true }, read({ ask: ["danger"] }))).toMatchObject({
      danger: true,
      asked: [],
    });
    expect(mergeAnswers({ crisis: true, asked: ["danger"] })).toEqual(
      mergeAnswers({}, read({ crisis: true, ask: ["danger"] })),
    );
    // Both unsure: danger is routed as if read (it may be someone else's doing: a stalker at the door).
    expect(mergeAnswers({}, read({ ask: ["danger", "crisis"] }))).toMatchObject({ danger: true, crisis: true });
  });
  it("words not understood, and nothing answered, are not guessed as talk (no list led by a weekday line)", () => {
    expect(mergeAnswers({}, read({ understood: false })).needs).toEqual([]);
    const result = triage({ text: "あいうえお かきくけこ" });
    expect(result.interpreted?.understood).toBe(false);
    expect(result.contacts).toEqual([]);
    // An answer given beside the words still counts, and no answer at all still reads as talk.
    expect(mergeAnswers({ audiences: ["women"] }, read({ understood: false })).needs).toEqual(["talk"]);
    expect(triage({}).contacts[0]?.id).toBe("moj-minna-no-jinken-110");
  });
});

describe("other data", () => {
  it("skips ids missing from the data passed in", () => {
    const partial = createTriage({
      contacts: dataset.contacts.filter((c) => c.id !== "police-emergency-110"),
      remedies: [],
      triage: dataset.triage,
    });
    const result = partial({ danger: true });
    expect(contactIds(result)).not.toContain("police-emergency-110");
    expect(result.remedies).toEqual([]);
  });

  it("works on localized data", () => {
    const en = createTriage({
      contacts: dataset.contacts.map((c) => localize(c, "en")),
      remedies: dataset.remedies.map((r) => localize(r, "en")),
      triage: dataset.triage,
    });
    const result = en({ needs: ["identify-poster"] });
    expect(remedyIds(result as unknown as TriageResult)).toContain("sender-disclosure");
    expect(typeof result.remedies[0]?.record.title).toBe("string");
  });

  it("rejects bad answers with a clear error naming the field and the allowed values", () => {
    expect(() => triage({ needs: ["revenge" as "talk"] })).toThrow(/unknown needs value "revenge"; allowed: talk, /);
    // Audiences are checked by the API's schema (with the allowed values); an unknown one here matches no rule.
    expect(triage({ audiences: ["aliens" as "men"] }).contacts).toEqual(triage({}).contacts);
    expect(() => triage({ relationship: "cousin" as "partner" })).toThrow(
      /unknown relationship "cousin"; allowed: partner/,
    );
    expect(() => triage({ danger: "yes" as unknown as boolean })).toThrow(/"danger" must be true or false/);
    expect(() => triage({ needs: "talk" as unknown as [] })).toThrow(/"needs" must be an array/);
    expect(() => triage({ text: 5 as unknown as string })).toThrow(/"text" must be a string/);
    expect(() => triage({ asked: ["maybe" as "danger"] })).toThrow(/unknown asked value "maybe"; allowed: danger, /);
    expect(() => triage({ text: "あ".repeat(1001) })).toThrow(/at most 1000/);
    expect(() => triage(null as unknown as object)).toThrow(/must be an object/);
  });
});

describe("platform routes and their cautions", () => {
  const removal = ["remove-posts", "personal-info", "intimate-images", "impersonation"] as const;

  it.each(removal)("%s shows every designated platform's route with the caution they name", (need) => {
    const result = triage({ needs: [need] });
    expect(result.platforms.map((p) => p.id).sort()).toEqual(dataset.platforms.map((p) => p.id).sort());
    for (const p of result.platforms) expect(p.reason.ja).not.toBe("");
    expect(result.cautions.map((k) => k.id)).toContain("removal-request-may-reach-poster");
    // The intermediaries that can act without the person's name reaching the poster are there too.
    expect(contactIds(result).some((id) => id.startsWith("moj-") || id.startsWith("sia-"))).toBe(true);
  });

  it("talk alone suggests no platform route and no caution", () => {
    const result = triage({ needs: ["talk"] });
    expect(result.platforms).toEqual([]);
    expect(result.cautions).toEqual([]);
  });

  it("a triage built without platforms suggests none (live data from an older API)", () => {
    const { platforms: _p, cautions: _k, ...older } = dataset;
    const result = createTriage(older)({ needs: ["remove-posts"] });
    expect(result.platforms).toEqual([]);
    expect(result.cautions).toEqual([]);
    expect(contactIds(result).length).toBeGreaterThan(0);
  });

  it("a platform's own cautions come with it even when the rule names none", () => {
    const rule = fixture.rules[0];
    if (!rule) throw new Error("no fixture rule");
    const only: TriageContent = {
      rules: [{ ...rule, platforms: [{ id: "x", strength: "strong", reason }] }],
      lexicon: [],
    };
    const result = createTriage({ ...dataset, triage: only })({ needs: ["talk"] });
    expect(result.platforms.map((p) => p.id)).toEqual(["x"]);
    const x = dataset.platforms.find((p) => p.id === "x");
    expect(result.cautions.map((k) => k.id)).toEqual(x?.cautions);
  });
});

describe("crisis, children and threats (issue #18)", () => {
  const at = (r: TriageResult, id: string) => contactIds(r).indexOf(id);

  it("crisis: a line that listens comes first, 110 is offered; acting now puts 110 first", () => {
    const crisis = triage({ crisis: true });
    expect(contactIds(crisis)[0]).toBe("mhlw-kokoro-dial");
    expect(at(crisis, "police-emergency-110")).toBeGreaterThan(0);
    expect(crisis.answers.crisis).toBe(true);
    const now = triage({ crisis: true, danger: true });
    expect(contactIds(now).slice(0, 2)).toEqual(["police-emergency-110", "mhlw-kokoro-dial"]);
  });

  it("crisis read from words, in both languages", () => {
    expect(triage({ text: "もう死にたい" }).answers.crisis).toBe(true);
    expect(contactIds(triage({ text: "もう死にたい" }))[0]).toBe("mhlw-kokoro-dial");
    const tonight = triage({ text: "I am going to kill myself tonight" });
    expect(tonight.answers).toMatchObject({ crisis: true, danger: true });
    expect(contactIds(tonight)[0]).toBe("police-emergency-110");
  });

  it("a child gets the 24-hour line first, next to the weekday children's line", () => {
    const child = triage({ audiences: ["children"] });
    expect(contactIds(child).slice(0, 2)).toEqual(["mext-child-sos-dial", "moj-childrens-rights-110"]);
    const childInCrisis = triage({ crisis: true, audiences: ["children"] });
    expect(contactIds(childInCrisis)[0]).toBe("mext-child-sos-dial");
    expect(at(childInCrisis, "mhlw-kokoro-dial")).toBeGreaterThan(0);
    // The 24-hour line is one that is open whenever it is asked: its schedule says so.
    expect(childInCrisis.contacts[0]?.record.schedule.type).toBe("always");
  });

  it("a child's two lines stay next to each other in the first three, after 110 when 110 leads", () => {
    const lines = ["mext-child-sos-dial", "moj-childrens-rights-110"];
    const cases: TriageAnswers[] = [
      { audiences: ["children"], needs: ["threats"] },
      { audiences: ["children", "parents"], needs: ["threats", "intimate-images", "stop-contact"] },
      { audiences: ["children"], danger: true, needs: ["tracking", "personal-info"] },
      // Acting now on thoughts of dying: 110 first although the child's line is suggested by more rules.
      { audiences: ["children"], danger: true, crisis: true },
    ];
    for (const answers of cases) {
      const ids = contactIds(triage(answers));
      expect(ids[0]).toBe("police-emergency-110");
      expect(ids.slice(1, 3)).toEqual(lines);
    }
    expect(contactIds(triage({ crisis: true, audiences: ["children"] })).slice(0, 2)).toEqual(lines);
  });

  it("threats: 110 first, #9110 next, the online desk never above either", () => {
    for (const answers of [
      { needs: ["threats"] },
      { danger: false, needs: ["threats"] },
      { needs: ["threats", "remove-posts", "talk"] },
      { needs: ["threats", "identify-poster", "punish"] },
    ] as const) {
      const r = triage({ ...answers, needs: [...answers.needs] });
      expect(contactIds(r)[0]).toBe("police-emergency-110");
      expect(at(r, "police-consultation-9110")).toBe(1);
      expect(at(r, "npa-cyber-online-desk")).toBeGreaterThan(at(r, "police-consultation-9110"));
    }
    const desk = triage({ needs: ["threats"] }).contacts.find((c) => c.id === "npa-cyber-online-desk");
    expect(desk?.reason.ja).toContain("110番");
  });

  it("crisis with danger only asked: the line that listens first, 110 right after it; yes puts 110 first", () => {
    const unsure = triage({ crisis: true, asked: ["danger"] });
    expect(contactIds(unsure).slice(0, 2)).toEqual(["mhlw-kokoro-dial", "police-emergency-110"]);
    expect(unsure.rules).toContain("crisis-danger-unsure");
    // 110 stays right after the lines that listen even when a need brings lines of its own.
    const images = triage({ crisis: true, asked: ["danger"], needs: ["intimate-images", "tracking"] });
    expect(contactIds(images).slice(0, 2)).toEqual(["mhlw-kokoro-dial", "police-emergency-110"]);
    // A child: the child's 24-hour line first, the lines that listen, then 110, above anything a need suggests.
    const child = triage({ crisis: true, asked: ["danger"], audiences: ["children"], needs: ["stop-contact"] });
    expect(contactIds(child).slice(0, 4)).toEqual([
      "mext-child-sos-dial",
      "moj-childrens-rights-110",
      "mhlw-kokoro-dial",
      "police-emergency-110",
    ]);
    expect(contactIds(triage({ crisis: true, danger: true, asked: ["danger"] }))[0]).toBe("police-emergency-110");
    const no = triage({ crisis: true, danger: false, asked: ["danger"] });
    expect(no.rules).not.toContain("crisis-danger-unsure");
    expect(no.answers.asked).toEqual([]);
  });
});

describe("withheld records", () => {
  const images = (audiences: TriageAnswers["audiences"]) =>
    contactIds(triage({ needs: ["intimate-images"], audiences }));

  it("StopNCII (images taken at 18 or over) is never shown for a child or a parent; Take It Down is", () => {
    expect(images([])).toContain("stopncii");
    for (const who of [
      ["children"],
      ["parents"],
      ["children", "women"],
      ["parents", "sexual-violence-victims"],
    ] as const) {
      expect(images([...who])).not.toContain("stopncii");
      expect(images([...who])).toContain("ncmec-take-it-down");
    }
    // Whichever rule would add it: every combination of needs, for a child.
    for (const need of TRIAGE_NEEDS) {
      const r = triage({ needs: [need, "intimate-images"], audiences: ["children"], crisis: true, danger: true });
      expect(contactIds(r)).not.toContain("stopncii");
      expect(r.rules).toContain("images-taken-under-18");
    }
  });

  it("a withheld record is not shown, whichever kind it is and whichever rule suggests it", () => {
    const withholding: TriageContent = {
      rules: [
        ...fixture.rules,
        {
          id: "c",
          title: reason,
          when: { audiences: ["children"] },
          contacts: [],
          remedies: [],
          withhold: [
            { id: "moj-minna-no-jinken-110", reason, source: "https://example.org/" },
            { id: "preserve-evidence", reason, source: "https://example.org/" },
          ],
          sources: [{ url: "https://example.org/", title: "x" }],
        },
        {
          id: "d",
          title: reason,
          when: {},
          contacts: [],
          remedies: [{ id: "preserve-evidence", strength: "first", reason }],
          sources: [{ url: "https://example.org/", title: "x" }],
        },
      ],
      lexicon: [],
    };
    const rank = createTriage({ ...dataset, triage: withholding });
    expect(contactIds(rank({}))).toEqual(["moj-minna-no-jinken-110", "police-consultation-9110"]);
    expect(remedyIds(rank({}))).toEqual(["preserve-evidence"]);
    const child = rank({ audiences: ["children"] });
    expect(contactIds(child)).toEqual(["police-consultation-9110"]);
    expect(remedyIds(child)).toEqual([]);
  });
});
