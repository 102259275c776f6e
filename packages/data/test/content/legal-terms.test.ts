// Legal wording that changed: penalties read 拘禁刑 since 2025-06-01, and the provider law was renamed on 2025-04-01.
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";
import { localizedTexts } from "../../src/test-support/dataset-walk.js";

const texts = localizedTexts(dataset);

describe("current legal terms", () => {
  it("covers the triage rules' reasons too", () => {
    expect(texts.some((t) => t.record.startsWith("triage/"))).toBe(true);
  });

  it("penalties are written as 拘禁刑, not 懲役 or 禁錮 (replaced on 2025-06-01)", () => {
    // The old words may appear only in a text that explains the change, i.e. one that also says 拘禁刑.
    for (const t of texts) {
      const outdated = /懲役|禁錮/.test(t.ja) && !/拘禁刑/.test(t.ja);
      expect(outdated, `${t.record} ${t.path}: ${t.ja}`).toBe(false);
    }
    const penalties = texts.filter((t) => /以下の(?:拘禁刑|懲役|禁錮)/.test(t.ja));
    expect(penalties.length, "no penalty text found to check").toBeGreaterThan(0);
    for (const t of penalties) expect(t.ja, `${t.record} ${t.path}`).not.toMatch(/以下の(?:懲役|禁錮)/);
  });

  it("the provider liability law is named by its current title wherever it is cited as a legal basis", () => {
    const bases = dataset.remedies.flatMap((r) => r.legalBasis.map((b) => ({ id: r.id, law: b.law.ja })));
    for (const { id, law } of bases.filter((b) => /プロバイダ責任制限法/.test(b.law))) {
      expect(law, `${id} cites the old name without the new one`).toMatch(/情報流通プラットフォーム対処法/);
    }
  });

  it("damages amounts are only given with a caveat that they depend on the case", () => {
    for (const r of dataset.remedies) {
      const mentionsAmount = [r.summary, ...r.steps].some((t) => /万円/.test(t.ja) && /慰謝料|賠償/.test(t.ja));
      if (mentionsAmount) expect(r.caveat?.ja, `${r.id} gives an amount without a caveat`).toMatch(/事案/);
    }
    const damages = dataset.remedies.find((r) => r.id === "damages-claim");
    expect(damages?.caveat?.ja).toMatch(/事案によって/);
  });
});
