import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import type { Contact } from "../schema/contact.js";
import type { Faq } from "../schema/faq.js";
import type { LocalizedText } from "../schema/primitives.js";
import type { Remedy } from "../schema/remedy.js";
import { localize } from "./localize.js";
import { formatReadings, parseReadings } from "./readings.js";
import { createSearch, oneEditApart } from "./search.js";

// Small fixtures: their texts are made up for the test, not facts about real windows.
function contact(id: string, name: LocalizedText, description: LocalizedText, code?: string): Contact {
  return {
    id,
    name,
    organization: { name: { ja: "テスト機関", en: "Test body" }, url: "https://example.org/" },
    summary: { ja: "テスト用の窓口です。", en: "A window for tests." },
    description,
    categories: ["human-rights"],
    audiences: ["anyone"],
    services: ["listen"],
    urgency: "anytime",
    coverage: { scope: "national" },
    channels: code
      ? [{ type: "shortcode", code, unreachableFrom: [] }]
      : [{ type: "web", url: "https://example.org/form" }],
    schedule: { type: "always" },
    cost: "free",
    languages: ["ja"],
    remedies: [],
    confidence: "high",
    sources: [{ url: "https://example.org/", title: "Example" }],
    verifiedAt: "2026-11-01",
  };
}
function remedy(id: string, title: LocalizedText, step: LocalizedText): Remedy {
  return {
    id,
    kind: "legal-action",
    title,
    summary: { ja: "テスト用の手段です。", en: "A remedy for tests." },
    steps: [step],
    legalBasis: [],
    contacts: [],
    next: [],
    sources: [{ url: "https://example.org/", title: "Example" }],
    verifiedAt: "2026-11-01",
  };
}
function faq(id: string, question: LocalizedText, answer: LocalizedText): Faq {
  return {
    id,
    question,
    answer,
    related: { contacts: [], remedies: [] },
    sources: [{ url: "https://example.org/", title: "Example" }],
    verifiedAt: "2026-11-01",
  };
}

const fixtures = {
  contacts: [
    contact(
      "body-mentions-rights",
      { ja: "よろず相談", en: "General advice" },
      { ja: "人権の問題も聞きます。", en: "Also hears human rights problems." },
    ),
    contact(
      "rights-line",
      { ja: "みんなの人権110番", en: "Human Rights Hotline" },
      { ja: "ネットの書き込みの相談。", en: "Advice on online posts and harassment." },
    ),
    contact(
      "stalker-line",
      { ja: "ストーカー相談", en: "Stalking line" },
      { ja: "つきまといの相談。", en: "Being followed." },
      "#9110",
    ),
  ],
  remedies: [
    remedy(
      "disclosure",
      { ja: "発信者情報開示請求", en: "Request to identify the poster" },
      { ja: "裁判所に申し立てます。", en: "Apply to the court." },
    ),
  ],
  faqs: [
    faq(
      "anonymous",
      { ja: "匿名の投稿者は特定できますか", en: "Can an anonymous poster be identified?" },
      { ja: "開示を求める手続があります。", en: "There is a procedure for disclosure." },
    ),
  ],
};
const search = createSearch(fixtures);
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe("Japanese queries (no spaces)", () => {
  it("人権 finds みんなの人権110番, ranked above a body-only mention", () => {
    const hits = search("人権", { lang: "ja" });
    expect(ids(hits)).toEqual(["rights-line", "body-mentions-rights"]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY);
  });

  it("開示 finds 発信者情報開示請求 first, and the FAQ that mentions it in its answer", () => {
    expect(ids(search("開示"))).toEqual(["disclosure", "anonymous"]);
  });

  it("folds katakana/hiragana and full-/half-width forms", () => {
    expect(ids(search("すとーかー"))).toContain("stalker-line");
    expect(ids(search("ｽﾄｰｶｰ"))).toContain("stalker-line");
    expect(ids(search("＃９１１０"))).toEqual(["stalker-line"]);
  });

  it("finds a near miss by shared bigrams, below exact matches", () => {
    expect(ids(search("情報開示の請求"))).toContain("disclosure");
    expect(search("情報開示の請求")[0]?.score ?? 0).toBeLessThan(search("情報開示請求")[0]?.score ?? 0);
  });

  it("ranks entries matching every term first", () => {
    expect(ids(search("人権 書き込み"))[0]).toBe("rights-line");
  });

  it("finds nothing for text no record has", () => {
    expect(search("宇宙旅行")).toEqual([]);
  });
});

describe("English queries", () => {
  it("is case-insensitive and matches word prefixes", () => {
    expect(ids(search("HUMAN RIGHTS", { lang: "en" }))).toEqual(["rights-line", "body-mentions-rights"]);
    expect(ids(search("harass", { lang: "en" }))).toEqual(["rights-line"]);
  });

  it("ranks title hits above body hits", () => {
    const hits = search("rights", { lang: "en" });
    expect(ids(hits)).toEqual(["rights-line", "body-mentions-rights"]);
    expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? Number.POSITIVE_INFINITY);
    expect(ids(search("disclosure", { lang: "en" }))).toEqual(["anonymous"]);
  });

  it("meets other forms of a word", () => {
    expect(ids(search("identified", { lang: "en" }))).toEqual(["disclosure", "anonymous"]);
    expect(ids(search("posting", { lang: "en" }))).toContain("rights-line");
    expect(ids(search("followed", { lang: "en" }))).toEqual(["stalker-line"]);
  });

  it("searches the Japanese texts for a query in Japanese script whatever the language", () => {
    expect(ids(search("人権", { lang: "en" }))[0]).toBe("rights-line");
  });
});

describe("options and bad input", () => {
  it("applies the limit", () => {
    expect(search("人権", { limit: 1 })).toHaveLength(1);
  });

  it("returns nothing for an empty or blank query", () => {
    expect(search("")).toEqual([]);
    expect(search(" \u3000 ")).toEqual([]);
  });

  it("rejects a bad limit, language or query with a clear error", () => {
    expect(() => search("人権", { limit: 0 })).toThrow(/limit must be a positive integer/);
    expect(() => search("人権", { lang: "fr" as "ja" })).toThrow(/lang must be "ja" or "en"/);
    expect(() => search(undefined as unknown as string)).toThrow(/must be a string/);
  });

  it("works on localized records and returns them as given", () => {
    const localized = {
      contacts: fixtures.contacts.map((c) => localize(c, "en")),
      remedies: fixtures.remedies.map((r) => localize(r, "en")),
      faqs: fixtures.faqs.map((f) => localize(f, "en")),
    };
    const hits = createSearch(localized)("human rights", { lang: "en" });
    expect(ids(hits)).toEqual(["rights-line", "body-mentions-rights"]);
    expect(hits[0]?.record).toBe(localized.contacts[1]);
  });
});

describe("the real dataset", () => {
  const real = createSearch(dataset);

  it("人権 finds みんなの人権110番 among the first hits", () => {
    expect(ids(real("人権").slice(0, 5))).toContain("moj-minna-no-jinken-110");
  });

  it("開示 finds 発信者情報開示請求 first", () => {
    expect(real("開示")[0]?.id).toBe("sender-disclosure");
  });

  it("finds every record by its own name or title, in both languages", () => {
    const titled = [
      ...dataset.contacts.map((c) => ({ id: c.id, title: c.name })),
      ...dataset.remedies.map((r) => ({ id: r.id, title: r.title })),
      ...dataset.faqs.map((f) => ({ id: f.id, title: f.question })),
    ];
    for (const { id, title } of titled) {
      expect(ids(real(title.ja, { lang: "ja", limit: 100 })), title.ja).toContain(id);
      expect(ids(real(title.en, { lang: "en", limit: 100 })), title.en).toContain(id);
    }
  });
});

describe("readings, phrases without spaces and typos", () => {
  // A made-up readings table in the generated module's format, for the fixtures' words.
  const readings = parseReadings(
    formatReadings(
      new Map([
        ["人権", "じんけん"],
        ["発信者情報開示請求", "はっしんしゃじょうほうかいじせいきゅう"],
        ["開示", "かいじ"],
        ["裁判所", "さいばんしょ"],
        ["相談", "そうだん"],
        ["すとーかー", "すとーかー"],
      ]),
    ),
  );
  const withReadings = createSearch({ ...fixtures, readings });

  it("a kana spelling finds the kanji word (じんけん → 人権, さいばんしょ → 裁判所)", () => {
    expect(ids(withReadings("じんけん"))[0]).toBe("rights-line");
    expect(ids(withReadings("さいばんしょ"))[0]).toBe("disclosure");
    // Without readings the kana spelling finds nothing: the readings are what does it.
    expect(search("じんけん")).toEqual([]);
  });

  it("a lexicon word typed in kana widens the query as the word does", () => {
    // 待ち伏せ is in no fixture text; the lexicon sends it to ストーカー, which the stalking line's name holds.
    const lexicon = [
      { id: "lying-in-wait", ja: ["待ち伏せ"], en: ["lying in wait"], search: { ja: ["ストーカー"], en: [] } },
    ];
    const kana = parseReadings(formatReadings(new Map([["待ち伏せ", "まちぶせ"]])));
    expect(ids(createSearch({ ...fixtures, readings: kana, triage: { lexicon } })("まちぶせ"))[0]).toBe("stalker-line");
    expect(ids(createSearch({ ...fixtures, triage: { lexicon } })("待ち伏せ"))[0]).toBe("stalker-line");
    // Without the reading, the kana word meets nothing.
    expect(createSearch({ ...fixtures, triage: { lexicon } })("まちぶせ")).toEqual([]);
  });

  it("a phrase typed without spaces is cut into its words, each of which must match", () => {
    expect(ids(withReadings("すとーかーの相談をしたい"))[0]).toBe("stalker-line");
    expect(search("すとーかーの相談をしたい")).toEqual([]);
  });

  it("Intl.Segmenter can cut phrases instead", () => {
    const intl = createSearch({ ...fixtures, readings }, { segmenter: "intl" });
    expect(ids(intl("ストーカーに相談したい"))[0]).toBe("stalker-line");
  });

  it("an English word found nowhere is read as a word one typo away", () => {
    expect(ids(search("disclosur", { lang: "en" }))).toContain("anonymous");
    expect(ids(search("dicslosure", { lang: "en" }))).toContain("anonymous");
    expect(search("xyzzyq", { lang: "en" })).toEqual([]);
  });

  it("function words add to a hit but are not required, and alone find nothing new", () => {
    expect(ids(search("the stalking", { lang: "en" }))).toEqual(ids(search("stalking", { lang: "en" })));
    expect(search("the", { lang: "en" }).length).toBeGreaterThan(0);
  });

  it("oneEditApart counts one insertion, deletion, substitution or swap", () => {
    expect([
      oneEditApart("adress", "address"),
      oneEditApart("deleet", "delete"),
      oneEditApart("stalkng", "stalking"),
      oneEditApart("stalker", "stalkers"),
      oneEditApart("abc", "abd"),
      oneEditApart("abcd", "abdc"),
      oneEditApart("abc", "cba"),
      oneEditApart("stalk", "stalking"),
    ]).toEqual([true, true, true, true, true, true, false, false]);
  });
});
