import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { localize } from "./localize.js";
import { createTriage, TRIAGE_NEEDS, type TriageResult } from "./triage.js";
import { type AUDIENCE_RULES, NEED_RULES, triageRuleIds } from "./triage-rules.js";

const triage = createTriage(dataset);
const contactIds = (r: TriageResult) => r.contacts.map((c) => c.id);
const remedyIds = (r: TriageResult) => r.remedies.map((c) => c.id);
/** The position of an id in a ranked list; -1 when absent. */
const rankOf = (list: string[], id: string) => list.indexOf(id);

describe("the rules and the dataset", () => {
  it("every id the triage rules name exists in the dataset", () => {
    const { contacts, remedies } = triageRuleIds();
    expect(contacts.filter((id) => !dataset.contacts.some((c) => c.id === id))).toEqual([]);
    expect(remedies.filter((id) => !dataset.remedies.some((r) => r.id === id))).toEqual([]);
  });

  it("every need has a rule with a non-empty reason in both languages", () => {
    for (const need of TRIAGE_NEEDS) {
      const rule = NEED_RULES[need];
      for (const s of [...rule.contacts, ...rule.remedies]) {
        expect(s.reason.ja.length, `${need} ${s.id}`).toBeGreaterThan(0);
        expect(s.reason.en.length, `${need} ${s.id}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("triage over the real dataset", () => {
  it("danger now puts 110 first, whatever else is asked", () => {
    const result = triage({ danger: true, needs: ["remove-posts", "compensation"], audiences: ["women"] });
    expect(result.contacts[0]?.id).toBe("police-emergency-110");
    expect(result.contacts[0]?.reason.ja).toMatch(/110/);
    expect(contactIds(triage({ danger: false }))).not.toContain("police-emergency-110");
  });

  it("wanting the poster identified suggests sender disclosure first, with a lawyer or 法テラス", () => {
    const result = triage({ needs: ["identify-poster"] });
    expect(result.remedies[0]?.id).toBe("sender-disclosure");
    expect(contactIds(result).slice(0, 2).sort()).toEqual(["bar-association-himawari", "houterasu-support-dial"]);
  });

  it("wanting posts removed suggests deletion routes", () => {
    const result = triage({ needs: ["remove-posts"] });
    expect(result.remedies[0]?.id).toBe("deletion-request");
    for (const id of ["moj-minna-no-jinken-110", "sia-slander-hotline", "ihaho-illegal-harmful-info-center"]) {
      expect(contactIds(result)).toContain(id);
    }
    expect(contactIds(result)[0]).toBe("moj-minna-no-jinken-110");
  });

  it("wanting the contact to stop suggests #9110, a warning or order, and evidence", () => {
    const result = triage({ needs: ["stop-contact"] });
    expect(result.contacts[0]?.id).toBe("police-consultation-9110");
    expect(result.remedies[0]?.id).toBe("stalker-act-warning-order");
    expect(remedyIds(result)).toContain("preserve-evidence");
  });

  it("compensation and punishment lead to their remedies", () => {
    const compensation = triage({ needs: ["compensation"] });
    expect(remedyIds(compensation).slice(0, 2)).toEqual(["damages-claim", "civil-lawsuit"]);
    expect(contactIds(compensation)).toContain("bar-association-himawari");
    const punish = triage({ needs: ["punish"] });
    expect(punish.remedies[0]?.id).toBe("criminal-complaint");
    expect(punish.contacts[0]?.id).toBe("police-consultation-9110");
  });

  it("no needs is read as wanting to talk", () => {
    expect(triage({})).toEqual(triage({ needs: ["talk"] }));
    expect(triage({}).contacts[0]?.id).toBe("moj-minna-no-jinken-110");
  });

  it("each audience brings its own windows to the top of the talk list", () => {
    const cases: [keyof typeof AUDIENCE_RULES, string[]][] = [
      ["women", ["moj-womens-rights-hotline"]],
      ["children", ["moj-childrens-rights-110"]],
      ["foreign-residents", ["moj-foreign-language-dial", "houterasu-multilingual"]],
      ["low-income", ["houterasu-support-dial"]],
      ["crime-victims", ["houterasu-crime-victim-dial"]],
    ];
    for (const [audience, expected] of cases) {
      const ids = contactIds(triage({ audiences: [audience] }));
      expect(ids.slice(0, expected.length).sort(), audience).toEqual([...expected].sort());
    }
  });

  it("always includes preserve-evidence among the remedies", () => {
    for (const need of TRIAGE_NEEDS) expect(remedyIds(triage({ needs: [need] }))).toContain("preserve-evidence");
    expect(remedyIds(triage({ danger: true }))).toContain("preserve-evidence");
  });

  it("adds up suggestions from several answers", () => {
    const both = triage({ needs: ["identify-poster", "compensation"] });
    const one = triage({ needs: ["identify-poster"] });
    const lawyer = (r: TriageResult) => r.contacts.find((c) => c.id === "bar-association-himawari")?.score ?? 0;
    expect(lawyer(both)).toBeGreaterThan(lawyer(one));
    expect(rankOf(contactIds(both), "bar-association-himawari")).toBe(0);
  });

  it("returns the records themselves, sorted by score, each with a reason in both languages", () => {
    const result = triage({ danger: true, needs: [...TRIAGE_NEEDS], audiences: ["women", "children"] });
    for (const list of [result.contacts, result.remedies]) {
      for (let i = 1; i < list.length; i++) expect(list[i - 1]?.score).toBeGreaterThanOrEqual(list[i]?.score ?? 0);
      for (const item of list) {
        expect(item.reason.ja).not.toBe("");
        expect(item.reason.en).not.toBe("");
      }
    }
    const emergency = dataset.contacts.find((c) => c.id === "police-emergency-110");
    expect(result.contacts[0]?.record).toBe(emergency);
  });
});

describe("other data", () => {
  it("skips ids missing from the data passed in", () => {
    const partial = createTriage({
      contacts: dataset.contacts.filter((c) => c.id !== "police-emergency-110"),
      remedies: [],
      faqs: [],
    });
    const result = partial({ danger: true });
    expect(contactIds(result)).not.toContain("police-emergency-110");
    expect(result.remedies).toEqual([]);
  });

  it("works on localized data", () => {
    const en = createTriage({
      contacts: dataset.contacts.map((c) => localize(c, "en")),
      remedies: dataset.remedies.map((r) => localize(r, "en")),
      faqs: [],
    });
    const result = en({ needs: ["identify-poster"] });
    expect(result.remedies[0]?.id).toBe("sender-disclosure");
    expect(typeof result.remedies[0]?.record.title).toBe("string");
  });

  it("rejects bad answers with a clear error", () => {
    expect(() => triage({ needs: ["revenge" as "talk"] })).toThrow(/unknown triage need "revenge"/);
    expect(() => triage({ danger: "yes" as unknown as boolean })).toThrow(/"danger" must be true or false/);
    expect(() => triage({ needs: "talk" as unknown as [] })).toThrow(/"needs" must be an array/);
    expect(() => triage(null as unknown as object)).toThrow(/must be an object/);
  });
});
