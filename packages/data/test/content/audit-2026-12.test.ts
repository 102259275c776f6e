// One test per finding of the December 2026 audit, on the real dataset: each fails if the misleading text comes back.
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";
import { contact, faq, remedy } from "./records.js";

/** The full-length phone numbers of a contact, in order. */
const numbers = (id: string) => contact(id).channels.flatMap((ch) => (ch.type === "phone" ? [ch] : []));

describe("contacts", () => {
  it("法テラス 犯罪被害者支援ダイヤル shows both numbers, each with care, and is not high confidence", () => {
    const c = contact("houterasu-crime-victim-dial");
    expect(numbers(c.id).map((p) => p.number)).toEqual(["0120-079714", "0570-079714"]);
    expect(c.confidence).not.toBe("high");
    for (const phone of numbers(c.id)) expect(phone.notes?.ja, phone.number).toBeDefined();
    const navi = numbers(c.id).find((p) => p.number === "0570-079714");
    expect(navi?.kind).toBe("navi-dial");
    expect(navi?.cost).toBe("call-charges");
    expect(c.caveat?.ja).toContain("0570-079714");
  });

  it("#9110 offers official full-length numbers for lines that cannot reach it, including Aichi's", () => {
    const alternatives = numbers("police-consultation-9110").filter((p) => p.alternativeFor?.includes("rotary-dial"));
    expect(alternatives.map((p) => p.number)).toContain("052-953-9110");
    const aichi = alternatives.find((p) => p.number === "052-953-9110");
    expect(aichi?.schedule).toMatchObject({ type: "weekly", rules: [{ opens: "09:00", closes: "17:00" }] });
  });

  it("こどもの人権110番 no longer cites the みんなの人権110番 page as its own and names SOS-eメール and SOSミニレター", () => {
    const c = contact("moj-childrens-rights-110");
    expect(c.sources.find((s) => s.url.endsWith("jinken20.html"))?.title).toContain("みんなの人権110番");
    expect(c.description.ja).toContain("SOS-eメール");
    expect(c.description.ja).toContain("SOSミニレター");
    expect(c.confidence).not.toBe("high");
  });

  it("the MOJ LINE consultation exists, with medium confidence, a caveat and the line-friend trace", () => {
    // The ID itself is checked against the official page in audit-2026-12-t3.test.ts (the second audit).
    const c = contact("moj-line-jinken-soudan");
    const line = c.channels.find((ch) => ch.type === "line");
    expect(c.confidence).toBe("medium");
    expect(c.caveat?.ja).toContain("@snsjinkensoudan");
    expect(line?.traces).toContain("line-friend");
  });

  it("the bar associations' booking lets users choose the date themselves", () => {
    const form = contact("bar-association-himawari").channels.find((ch) => ch.type === "form");
    expect(form?.schedule?.type).toBe("deferred");
    const note = form?.schedule && "note" in form.schedule ? form.schedule.note : undefined;
    expect(note?.ja).toContain("自分で選びます");
    expect(note?.en).not.toContain("the bar association arranges");
  });

  it.each(["bar-association-himawari", "moj-foreign-language-dial", "nnvs-victim-support"])(
    "%s says its IP-phone exclusion is a general navi-dial caution, not sourced",
    (id) => {
      const navi = numbers(id).find((p) => p.kind === "navi-dial");
      expect(navi?.unreachableFrom).toContain("ip-phone");
      expect(navi?.notes?.ja).toContain("公式に確かめたものではありません");
      expect(navi?.notes?.en).toContain("not something an official page states");
    },
  );
});

describe("remedies", () => {
  it("security-software warns about stalkerware before it says to install anything", () => {
    const [first] = remedy("security-software").steps;
    expect(first?.ja).toContain("監視");
    expect(first?.ja).toContain("気づかれる");
    expect(first?.ja).not.toMatch(/^信頼できる提供元/);
  });

  it("suspicious-links keeps the harasser's mail as evidence instead of deleting it", () => {
    const steps = remedy("suspicious-links").steps;
    expect(steps.some((s) => s.ja.includes("開かずに削除"))).toBe(false);
    expect(steps.some((s) => s.ja.includes("証拠") && s.ja.includes("消さずに残します"))).toBe(true);
  });

  it("preserve-evidence warns that screenshots sync to shared cloud or family accounts", () => {
    expect(remedy("preserve-evidence").steps.some((s) => s.ja.includes("同期") && s.ja.includes("家族"))).toBe(true);
  });

  it("sns-privacy-settings warns first that a sudden change can alert a watcher", () => {
    const [first] = remedy("sns-privacy-settings").steps;
    expect(first?.ja).toContain("気づかれて");
  });

  it("deletion-request names LINEオープンチャット and LINE VOOM, not plain LINE", () => {
    const text = remedy("deletion-request")
      .steps.map((s) => s.ja)
      .join("\n");
    expect(text).toContain("LINEオープンチャット");
    expect(text).toContain("LINE VOOM");
    expect(text).not.toMatch(/知恵袋やLINE、/);
  });

  it("sender-disclosure says the provider asks the poster, not the court", () => {
    const text = remedy("sender-disclosure")
      .steps.map((s) => s.ja)
      .join("\n");
    expect(text).toContain("プロバイダは、開示してよいかを投稿者に尋ねます");
    expect(text).not.toContain("裁判所は投稿者側の意見も聞いて");
  });

  it.each(["damages-claim", "civil-lawsuit", "injunction"])("%s cites 民法709・710条 on e-Gov", (id) => {
    const civil = remedy(id).legalBasis.find((b) => b.law.ja === "民法");
    expect(civil?.article?.ja).toMatch(/第709条.*第710条/);
    expect(civil?.url).toBe("https://laws.e-gov.go.jp/law/129AC0000000089");
  });
});

describe("faqs", () => {
  it("when-sns-becomes-stalking translates the fear of freedom of movement being restricted", () => {
    expect(faq("when-sns-becomes-stalking").answer.en).toContain(
      "or fear that their freedom of movement will be seriously restricted",
    );
  });

  it("is-it-free does not call the crime-victim dial free without the 0570 caveat", () => {
    const answer = faq("is-it-free").answer;
    expect(answer.ja).toContain("0570-079714");
    expect(answer.ja).not.toContain("法テラスの犯罪被害者支援ダイヤルなどは通話料も無料");
    expect(answer.en).toContain("0570-079714");
  });
});

describe("what to have ready", () => {
  it.each([
    "police-consultation-9110",
    "mpd-stalker-desk",
    "npa-cyber-online-desk",
    "bar-association-himawari",
    "houterasu-support-dial",
    "houterasu-crime-victim-dial",
    "moj-minna-no-jinken-110",
    "moj-womens-rights-hotline",
    "moj-childrens-rights-110",
    "moj-internet-human-rights-form",
    "moj-line-jinken-soudan",
    "sia-slander-hotline",
    "ihaho-illegal-harmful-info-center",
  ])("%s has a prepare list in both languages", (id) => {
    const prepare = contact(id).prepare ?? [];
    expect(prepare.length).toBeGreaterThan(0);
    for (const item of prepare) {
      expect(item.ja.length).toBeGreaterThan(0);
      expect(item.en.length).toBeGreaterThan(0);
    }
  });

  it("police lists name the phone itself and a memo of dates and places", () => {
    const text = (contact("police-consultation-9110").prepare ?? []).map((p) => p.ja).join("\n");
    expect(text).toContain("携帯電話そのもの");
    expect(text).toContain("いつ、どこで");
  });

  it("誹謗中傷ホットライン asks for each post's URL and the person's name and e-mail", () => {
    const text = (contact("sia-slander-hotline").prepare ?? []).map((p) => p.ja).join("\n");
    expect(text).toContain("URL");
    expect(text).toContain("名前とメールアドレス");
  });

  it("法テラス says free consultation depends on income and assets", () => {
    expect((contact("houterasu-support-dial").prepare ?? [])[0]?.ja).toContain("収入と資産");
  });

  it("110 asks nothing to be prepared: in danger, call first", () => {
    expect(contact("police-emergency-110").prepare).toBeUndefined();
  });
});

describe("traces", () => {
  it("every phone number and short code says the call stays in the call history", () => {
    for (const c of dataset.contacts) {
      for (const ch of c.channels) {
        if (ch.type === "phone" || ch.type === "shortcode")
          expect(ch.traces, `${c.id} ${ch.type}`).toContain("call-history");
      }
    }
  });

  it("every navi-dial number says it is charged", () => {
    for (const c of dataset.contacts) {
      for (const ch of c.channels) {
        if (ch.type === "phone" && ch.kind === "navi-dial") expect(ch.traces, c.id).toContain("navi-dial-charge");
      }
    }
  });

  it("forms that reply by e-mail say so", () => {
    for (const id of ["ihaho-illegal-harmful-info-center", "moj-internet-human-rights-form", "npa-cyber-online-desk"]) {
      const form = contact(id).channels.find((ch) => ch.type === "form");
      expect(form?.traces, id).toContain("reply-by-email");
    }
  });
});

describe("secondary findings shown with care", () => {
  it("the foreign-language web consultation no longer claims English and Chinese only", () => {
    const c = dataset.contacts.find((x) => x.id === "moj-foreign-language-dial");
    expect(c?.description.ja).toContain("10言語");
    expect(c?.description.ja).toContain("確かめてください");
    expect(c?.description.en).not.toContain("Online consultation is also available in English and Chinese.");
  });
});
