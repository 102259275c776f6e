// Every text is a real translation: both languages present, different, and each in its own script.
//
// Rule for English: no Japanese script at all, except a short proper name in parentheses right after its English
// rendering, e.g. "Legal Affairs Bureau (法務局)", so a reader can match it to Japanese signage. The dataset
// currently needs none; the allowance is capped at MAX_JAPANESE_IN_PARENS characters so whole sentences cannot hide.
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";
import { localizedTexts } from "../../src/test-support/dataset-walk.js";

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\u3000-\u303f\uff01-\uff5e]/u;
const PARENTHESISED = /\(([^()]*)\)|（([^（）]*)）/g;
const MAX_JAPANESE_IN_PARENS = 20;

const texts = localizedTexts(dataset);
const label = (t: { record: string; path: string }) => `${t.record} ${t.path}`;

describe("translation parity", () => {
  it("finds texts to check, the triage rules' reasons among them", () => {
    expect(texts.length).toBeGreaterThan(dataset.contacts.length + dataset.remedies.length + dataset.faqs.length);
    expect(texts.filter((t) => t.record.startsWith("triage/")).length).toBeGreaterThan(dataset.triage.rules.length);
  });

  it("no text is empty in either language", () => {
    for (const t of texts) {
      expect(t.ja.trim(), `${label(t)}: ja is empty`).not.toBe("");
      expect(t.en.trim(), `${label(t)}: en is empty`).not.toBe("");
    }
  });

  it("no Japanese text is copied into English", () => {
    for (const t of texts) expect(t.ja.trim(), `${label(t)}: ja equals en`).not.toBe(t.en.trim());
  });

  it("every Japanese text contains Japanese script", () => {
    for (const t of texts) expect(JAPANESE.test(t.ja), `${label(t)}: ja has no Japanese: ${t.ja}`).toBe(true);
  });

  it("English texts contain no Japanese script outside short parenthesised names", () => {
    for (const t of texts) {
      const outside = t.en.replace(PARENTHESISED, "");
      expect(JAPANESE.test(outside), `${label(t)}: en contains Japanese: ${t.en}`).toBe(false);
      for (const match of t.en.matchAll(PARENTHESISED)) {
        const inner = match[1] ?? match[2] ?? "";
        if (JAPANESE.test(inner)) {
          expect(inner.length, `${label(t)}: Japanese in parentheses is too long: ${inner}`).toBeLessThanOrEqual(
            MAX_JAPANESE_IN_PARENS,
          );
        }
      }
    }
  });

  it("English texts do not use full-width punctuation", () => {
    for (const t of texts) expect(/[（）：、。]/.test(t.en), `${label(t)}: ${t.en}`).toBe(false);
  });
});
