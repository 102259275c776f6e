// One test per finding of the second December 2026 audit (law currency, missing windows, corrections), on the real
// dataset: each fails if the old text or fact comes back. The sources named in the comments are the official pages
// the records now cite.
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";
import { isOpenAt } from "../../src/query/open-now.js";
import { contact, faq, remedy } from "./records.js";

const steps = (id: string) => remedy(id).steps.map((s) => s.ja);
const allText = (id: string) => JSON.stringify(remedy(id));
/** A moment in Japan time, for open-now checks. */
const jst = (local: string) => new Date(`${local}:00+09:00`);

const MPD_AMENDMENT_PAGE =
  "https://www.keishicho.metro.tokyo.lg.jp/about_mpd/keiyaku_horei_kohyo/horei_jorei/stalker.html";
const AICHI_STALKER_PAGE = "https://www.pref.aichi.jp/police/anzen/stalker/index.html";

describe("A1: the Anti-Stalking Act as the official pages state it now", () => {
  it("legal-status states the 2025 tracker rule as law (earphones included), not as news", () => {
    const ja = faq("legal-status").answer.ja;
    expect(ja).toContain("2025年12月30日");
    expect(ja).toContain("紛失防止タグ");
    expect(ja).toContain("イヤホン");
    expect(ja).not.toContain(
      "紛失防止タグ(AirTagなど)も対象になり、警察が被害者の申出を待たずに警告できるようになりました(報道による)",
    );
  });

  it("legal-status names the other official 2025 points: employers and school heads, information requests from 2026-03-10", () => {
    const ja = faq("legal-status").answer.ja;
    expect(ja).toContain("勤務先");
    expect(ja).toContain("学校の長");
    expect(ja).toContain("2026年3月10日");
    expect(faq("legal-status").answer.en).toContain("10 March 2026");
  });

  it("legal-status hedges only the police-initiative warning, and says no official page states it", () => {
    const ja = faq("legal-status").answer.ja;
    expect(ja).toMatch(
      /申出を待たずに警告できるようになったことは報道によるもので、警察の公式ページではまだ確認できていません/,
    );
  });

  it("legal-status gives the 2021 points beyond GPS: where the victim actually is, and repeated letters", () => {
    const ja = faq("legal-status").answer.ja;
    expect(ja).toContain("実際にいる場所");
    expect(ja).toContain("文書を送る");
    expect(faq("legal-status").sources.map((s) => s.url)).toContain(AICHI_STALKER_PAGE);
  });

  it("no legalBasis labels the 警視庁 page (the 2025 amendment) as the 2021 amendment", () => {
    for (const r of dataset.remedies) {
      for (const basis of r.legalBasis) {
        if (basis.url !== MPD_AMENDMENT_PAGE) continue;
        expect(basis.law.ja, r.id).not.toContain("2021年");
        expect(basis.law.en, r.id).not.toContain("2021");
      }
    }
    const labels = (id: string) => remedy(id).legalBasis.filter((b) => b.url === MPD_AMENDMENT_PAGE);
    expect(labels("stalker-act-warning-order")[0]?.law.ja).toContain("2025年の改正");
    expect(labels("stalkerware-caution")[0]?.law.ja).toContain("2025年の改正");
  });

  it("the 2021 amendment is cited to the 愛知県警 page, which states it", () => {
    for (const id of ["stalker-act-warning-order", "stalkerware-caution"]) {
      const basis = remedy(id).legalBasis.find((b) => b.law.ja.includes("2021年の改正"));
      expect(basis?.url, id).toBe(AICHI_STALKER_PAGE);
    }
  });

  it("stalker-act-warning-order states the official 2025 points and keeps only 職権警告 as news", () => {
    const text = steps("stalker-act-warning-order").join("\n");
    expect(text).toContain("イヤホン");
    expect(text).toContain("学校の長");
    expect(text).toContain("2026年3月10日");
    const caveat = remedy("stalker-act-warning-order").caveat?.ja ?? "";
    expect(caveat).not.toContain("紛失防止タグの規制");
    expect(caveat).toContain("報道");
    expect(caveat).toContain("警告");
  });

  it("stalker-act-warning-order cites a police page for the penalties it states", () => {
    expect(remedy("stalker-act-warning-order").sources.map((s) => s.url)).toContain(
      "https://www.police.pref.kanagawa.jp/assets/entry/txt/d0025_01.txt",
    );
  });

  it("stalkerware-caution drops the news caveat on trackers, adds earphones and the motive condition", () => {
    const r = remedy("stalkerware-caution");
    expect(r.caveat?.ja ?? "").not.toContain("報道");
    const step = steps("stalkerware-caution").find((s) => s.includes("紛失防止タグ")) ?? "";
    expect(step).toContain("イヤホン");
    expect(step).toContain("恋愛感情");
    expect(step).toContain("外す前に警察に相談");
  });

  it("the tracking rule's reason states the motive condition and covers lost-item trackers", () => {
    const rule = dataset.triage.rules.find((r) => r.id === "tracking");
    const reason = rule?.contacts.find((c) => c.id === "police-consultation-9110")?.reason;
    expect(reason?.ja).toContain("恋愛感情");
    expect(reason?.ja).toContain("紛失防止タグ");
    expect(reason?.ja).not.toMatch(/^GPS機器などで無断で位置を知られるのは、ストーカー規制法で規制される行為です/);
    expect(reason?.en).toContain("romantic feelings");
  });
});

describe("A2, A4: platform duty, forms and civil time limits", () => {
  it("deletion-request no longer states a flat 7-day duty; any 7 days is reported, with the law's exceptions", () => {
    const text = allText("deletion-request");
    expect(text).not.toContain("7日以内に対応を判断し、結果を知らせる義務があります");
    expect(text).not.toContain("7日以内の対応義務");
    const step = steps("deletion-request").find((s) => s.includes("7日")) ?? "";
    expect(step).toContain("報じられて");
    expect(step).toContain("例外");
  });

  it("deletion-request names the forms' current author, not the Telecom Services Association", () => {
    const text = steps("deletion-request").join("\n");
    expect(text).toContain("情報流通プラットフォーム対処法ガイドライン等検討協議会");
    expect(text).not.toContain("テレコムサービス協会");
    expect(remedy("deletion-request").sources.map((s) => s.url)).toContain(
      "https://www.soumu.go.jp/main_sosiki/joho_tsusin/d_syohi/ihoyugai_02.html",
    );
  });

  it("deletion-request cites the 総務省 release for the April designations and hedges the May ones as news", () => {
    const r = remedy("deletion-request");
    expect(r.sources.map((s) => s.url)).toContain("https://www.soumu.go.jp/menu_news/s-news/01ryutsu02_02000435.html");
    const step = steps("deletion-request").find((s) => s.includes("爆サイ")) ?? "";
    expect(step).toMatch(/報道によると、2025年5月30日に/);
    expect(r.caveat?.ja).toContain("2025年5月30日");
  });

  it("plain LINE is not named a designated service anywhere: only OpenChat and VOOM", () => {
    const lineYahoo = dataset.platforms.find((p) => p.id === "line-yahoo");
    expect(lineYahoo?.services.find((s) => s.name === "LINE")?.designated).toBe(false);
    expect(steps("deletion-request").join("\n")).toContain("個人どうしのLINEのトークは含まれません");
  });

  it.each([
    ["time-limits", () => faq("time-limits").answer.ja],
    ["damages-claim", () => remedy("damages-claim").timeLimit?.ja ?? ""],
    ["civil-lawsuit", () => remedy("civil-lawsuit").timeLimit?.ja ?? ""],
  ])("%s gives 5 years for harm to life or body (民法724条の2)", (_id, text) => {
    expect(text()).toContain("724条の2");
    expect(text()).toContain("5年");
  });

  it("no record says deletion requests have no deadline (no official page says so)", () => {
    expect(faq("time-limits").answer.ja).not.toContain("削除の依頼に期限はありません");
    expect(remedy("deletion-request").timeLimit?.ja ?? "").not.toContain("期限はありません");
  });
});

describe("B: contacts", () => {
  it("110 answers in other languages through an interpreter (three-way call)", () => {
    const c = contact("police-emergency-110");
    expect(c.languages).toEqual(["ja", "mul"]);
    expect(c.description.ja).toContain("三者通話");
    expect(c.sources.map((s) => s.url)).toContain("https://www.npa.go.jp/hakusyo/h15/html/E2203030.html");
  });

  it("110 cites the 香川県警 page for the public-phone red button", () => {
    expect(contact("police-emergency-110").description.ja).toContain("赤いボタン");
    expect(contact("police-emergency-110").sources.map((s) => s.url)).toContain(
      "https://www.pref.kagawa.lg.jp/police/kstusi/kurashianzen/kurashi/110ban.html",
    );
  });

  it("the crime-victim dial's record-level cost is not 'free' while its official number is charged", () => {
    const c = contact("houterasu-crime-victim-dial");
    expect(c.cost).toBe("call-charges");
    expect(c.costNote?.ja).toContain("0570-079714は通話料がかかります");
  });

  it("the DV legal-aid eligibility follows 法テラス: currently suffering (or suspected), the victim only", () => {
    const text = contact("houterasu-crime-victim-dial").description;
    expect(text.ja).not.toContain("またはそのおそれがある方");
    expect(text.ja).toContain("受けている疑いがある方を含む");
    expect(text.ja).toContain("ご本人に限ります");
    expect(text.en).not.toContain("or may become");
    expect(faq("is-it-free").answer.ja).not.toContain("またはそのおそれがある方");
    expect(faq("is-it-free").answer.en).not.toContain("or may become");
  });

  it("the Tokyo desk no longer calls its official number unofficial, nor the switchboard a consultation line", () => {
    const c = contact("mpd-stalker-desk");
    expect(c.caveat?.ja).not.toContain("公式ページ以外の資料");
    expect(c.caveat?.ja).toContain("2026年1月5日");
    expect(c.summary.ja).not.toContain("代表電話か、お近くの警察署に相談できます");
    expect(c.description.ja).toContain("相談専用の電話ではありません");
    expect(c.coverage.scope).toBe("regional");
  });

  it("the children's line cites the SOSミニレター page and its own MOJ consultation page, not みんなの人権110番 as its home", () => {
    const c = contact("moj-childrens-rights-110");
    expect(c.organization.url).not.toContain("jinken20");
    expect(c.sources.map((s) => s.url)).toContain("https://www.moj.go.jp/JINKEN/jinken03_00013.html");
    expect(c.description.ja).toContain("こどもの人権110番に電話すれば送ってもらえます");
    expect(c.caveat?.ja).not.toContain("専用の法務省のページはまだ確認できていません");
  });

  it("the MOJ LINE account is the one the official page shows, regional as that page says, found from that page", () => {
    const c = contact("moj-line-jinken-soudan");
    const line = c.channels.find((ch) => ch.type === "line");
    expect(line?.type === "line" && line.lineId).toBe("@snsjinkensoudan");
    // An ID no official page shows must appear nowhere, not even in a caveat: a wrong ID can lead to an impostor.
    expect(JSON.stringify(dataset)).not.toContain("@linejinkensoudan");
    expect(c.coverage.scope).toBe("regional");
    expect(c.coverage.area?.ja).toBe("東京都・愛知県・大阪府・福岡県");
    expect(line?.notes?.ja).toContain("法務省のページの検索IDかQRコードから追加");
    expect(line?.notes?.ja).toContain("バックアップ");
    expect(c.confidence).toBe("medium");
    expect(c.sources.length).toBeGreaterThanOrEqual(2);
  });

  it("unsourced quantifiers and flat claims are gone or hedged", () => {
    const onestop = contact("onestop-sexual-violence-8891");
    expect(onestop.schedule.type === "varies" && onestop.schedule.note.ja).not.toContain("センターも多く");
    expect(JSON.stringify(contact("moj-minna-no-jinken-110"))).not.toContain("かけ放題プランの対象外");
    expect(contact("internet-hotline-center").description.ja).toContain("匿名でも通報できます");
  });
});

describe("C: safety order (warn before anything a watcher could notice)", () => {
  it("strengthen-security warns that changing passwords can be noticed before it says to change them", () => {
    const s = steps("strengthen-security");
    const warn = s.findIndex((x) => x.includes("気づかれる") && x.includes("安全の計画"));
    const change = s.findIndex((x) => x.includes("パスワードを、他で使っていないものに変えます"));
    expect(warn).toBe(0);
    expect(change).toBeGreaterThan(warn);
  });

  it("cut-contact warns about escalation first, before blocking", () => {
    const s = steps("cut-contact");
    expect(s[0]).toContain("激しくなる");
    expect(s[0]).toContain("警察に相談");
    expect(s.findIndex((x) => x.includes("ブロック機能"))).toBeGreaterThan(0);
  });

  it("preserve-evidence warns that a watched phone shows the screenshots, and links stalkerware-caution", () => {
    const r = remedy("preserve-evidence");
    expect(r.steps[0]?.ja).toContain("監視アプリ");
    expect(r.next).toContain("stalkerware-caution");
  });
});

describe("D: windows for people who cannot talk, paid-deletion offers and sexual violence by chat", () => {
  const police = contact("police-emergency-110");

  it("the 110 app is a channel of 110 that must be registered for first and shows on the phone", () => {
    const app = police.channels.find((ch) => ch.type === "app");
    expect(app?.type).toBe("app");
    if (app?.type !== "app") return;
    expect(app.needsRegistration).toBe(true);
    expect(app.label?.ja).toContain("110番アプリ");
    expect(app.notes?.ja).toContain("登録しておき");
    expect(app.traces).toContain("app-installed");
    expect(app.url).toMatch(/^https:\/\/www\.police\.pref\.osaka\.lg\.jp\//);
  });

  it("the telephone relay service reaches 110 around the clock, after registration", () => {
    const relay = police.channels.find((ch) => ch.type === "relay");
    expect(relay?.type).toBe("relay");
    if (relay?.type !== "relay") return;
    expect(relay.needsRegistration).toBe(true);
    expect(relay.schedule?.type).toBe("always");
    expect(relay.label?.ja).toContain("110番");
    expect(relay.notes?.ja).toContain("登録が必要");
    expect(isOpenAt(relay, jst("2026-12-06T03:00"))).toBe(true);
    expect(police.sources.map((s) => s.url)).toContain("https://www.soumu.go.jp/soutsu/kanto/info/2021/0709ji.html");
  });

  it("消費者ホットライン 188 is a national window for paid-deletion and detective trouble", () => {
    const c = contact("caa-consumer-hotline-188");
    const code = c.channels.find((ch) => ch.type === "shortcode");
    expect(code?.type === "shortcode" && code.code).toBe("188");
    expect(code?.type === "shortcode" && code.unreachableFrom).toEqual(["ip-phone", "prepaid-mobile"]);
    expect(c.cost).toBe("call-charges");
    expect(c.categories).toContain("consumer");
    expect(c.description.ja).toContain("電話料金のほかに費用はかかりません");
    expect(c.remedies).toContain("deletion-request");
    expect(c.sources[0]?.url).toBe(
      "https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/",
    );
  });

  it("deletion-request warns that public windows never charge for deletion and points to 188", () => {
    const r = remedy("deletion-request");
    expect(r.contacts).toContain("caa-consumer-hotline-188");
    const step = r.steps.find((s) => s.ja.includes("188"));
    expect(step?.ja).toContain("料金を取りません");
    expect(step?.ja).toContain("支払わず");
  });

  it("Cure time is medium, open-now unknown, with the conflicting days in a caveat the reader sees", () => {
    const c = contact("cao-cure-time");
    expect(c.confidence).toBe("medium");
    expect(c.schedule.type).toBe("varies");
    expect(isOpenAt(c, jst("2026-12-07T18:00"))).toBe("unknown");
    const note = c.schedule.type === "varies" ? c.schedule.note.ja : "";
    expect(note).toContain("毎日");
    expect(note).toContain("月・水・土曜日");
    expect(c.caveat?.ja).toContain("曜日は資料によって異なり");
    const chat = c.channels.find((ch) => ch.type === "chat");
    expect(chat?.type === "chat" && chat.url).toBe("https://curetime.jp/");
    expect(chat?.traces).toContain("browser-history");
  });

  it("both new windows are placed in the editorial order", () => {
    const ids = dataset.contacts.map((c) => c.id);
    expect(ids).toContain("cao-cure-time");
    expect(ids).toContain("caa-consumer-hotline-188");
  });
});

describe("verifiedAt moved only for records checked against a stored page this time", () => {
  it.each([
    "police-emergency-110",
    "caa-consumer-hotline-188",
    "cao-cure-time",
    "mpd-stalker-desk",
    "moj-line-jinken-soudan",
    "moj-childrens-rights-110",
    "houterasu-crime-victim-dial",
    "internet-hotline-center",
  ])("contact %s was re-checked on 2026-12-06", (id) => {
    expect(contact(id).verifiedAt).toBe("2026-12-06");
  });

  it.each(["legal-status", "is-it-free"])("faq %s was re-checked on 2026-12-06", (id) => {
    expect(faq(id).verifiedAt).toBe("2026-12-06");
  });

  it.each(["stalker-act-warning-order", "stalkerware-caution", "deletion-request"])(
    "remedy %s was re-checked on 2026-12-06",
    (id) => {
      expect(remedy(id).verifiedAt).toBe("2026-12-06");
    },
  );

  it("records changed without re-reading an official page keep their old date", () => {
    // 民法724条の2 was read in secondary statute copies, not on e-Gov; the safety reorderings rest on no new page.
    for (const id of ["damages-claim", "civil-lawsuit", "strengthen-security", "cut-contact", "preserve-evidence"]) {
      expect(remedy(id).verifiedAt, id).toBe("2026-11-29");
    }
    expect(faq("time-limits").verifiedAt).toBe("2026-11-29");
  });
});
