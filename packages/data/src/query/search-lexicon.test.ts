// The words people actually type (issue 9): the lexicon widens queries to the words the records use.
import { describe, expect, it } from "vitest";
import { dataset } from "../generated/dataset.js";
import { createSearch } from "./search.js";

const search = createSearch(dataset);
const withoutLexicon = createSearch({ contacts: dataset.contacts, remedies: dataset.remedies, faqs: dataset.faqs });
const top = (query: string, lang: "ja" | "en", n = 3) => search(query, { lang, limit: n }).map((h) => h.id);

describe("search with the lexicon", () => {
  it.each([
    ["子ども", "ja", ["moj-childrens-rights-110"]],
    ["子供", "ja", ["moj-childrens-rights-110"]],
    ["晒された", "ja", ["deletion-request", "sns-privacy-settings"]],
    ["なりすまし", "ja", ["deletion-request", "ihaho-illegal-harmful-info-center"]],
    ["盗撮", "ja", ["npa-sexual-crime-8103"]],
    ["外国人", "ja", ["moj-foreign-language-dial", "houterasu-multilingual"]],
    ["裸の写真", "ja", ["npa-sexual-crime-8103"]],
    ["元カレ しつこい", "ja", ["mpd-stalker-desk", "stalker-act-warning-order"]],
    ["doxxing", "en", ["sns-privacy-settings"]],
    ["impersonation", "en", ["ihaho-illegal-harmful-info-center"]],
    ["spyware", "en", ["stalkerware-caution"]],
  ] as const)("%s finds what helps", (query, lang, expected) => {
    const ids = top(query, lang);
    for (const id of expected) expect(ids, `${query}: ${ids.join(", ")}`).toContain(id);
  });

  it("the failing queries found nothing (or not these) without the lexicon", () => {
    for (const [query, lang, id] of [
      ["晒された", "ja", "deletion-request"],
      ["なりすまし", "ja", "ihaho-illegal-harmful-info-center"],
      ["doxxing", "en", "sns-privacy-settings"],
      ["spyware", "en", "stalkerware-caution"],
    ] as const) {
      expect(withoutLexicon(query, { lang, limit: 3 }).map((h) => h.id)).not.toContain(id);
    }
  });

  it("a record named for the word outranks one that mentions it in passing", () => {
    const hits = search("子ども", { lang: "ja" });
    // Both children's lines are named for children (こどもの人権110番, 24時間子供SOSダイヤル).
    expect(["moj-childrens-rights-110", "mext-child-sos-dial"]).toContain(hits[0]?.id);
    const passing = hits.find((h) => h.id === "internet-hotline-center");
    expect(passing).toBeDefined();
    expect(hits[0]?.score ?? 0).toBeGreaterThan(passing?.score ?? 0);
  });

  it("the word typed counts more than a word the lexicon adds", () => {
    const [typed] = search("ストーカーウェア", { lang: "ja" });
    const [expanded] = search("スパイアプリ", { lang: "ja" });
    expect(typed?.id).toBe("stalkerware-caution");
    expect(expanded?.id).toBe("stalkerware-caution");
    expect(typed?.score ?? 0).toBeGreaterThan(expanded?.score ?? 0);
  });
});
