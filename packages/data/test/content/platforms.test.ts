// The platform records cover what issue #11 promises: the five providers designated on 2025-04-30, each with the
// caution that a request may reach the poster, and the names people type for their services.
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/generated/dataset.js";

const PRESS_RELEASE = "https://www.soumu.go.jp/menu_news/s-news/01ryutsu02_02000435.html";
const POSTER_CAUTION = "removal-request-may-reach-poster";

describe("platforms", () => {
  it("include the five providers of the first designation (総務省, 2025-04-30)", () => {
    const firstDesignation = dataset.platforms.filter(
      (p) => p.designation.since === "2025-04-30" && p.designation.source.url === PRESS_RELEASE,
    );
    expect(firstDesignation.map((p) => p.operator.legalName).sort()).toEqual(
      ["Google LLC", "LINEヤフー株式会社", "Meta Platforms, Inc.", "TikTok Pte. Ltd.", "X Corp."].sort(),
    );
  });

  it("list the designated services the press release names", () => {
    const designated = dataset.platforms.flatMap((p) => p.services.filter((s) => s.designated).map((s) => s.name));
    for (const name of [
      "YouTube",
      "Yahoo!知恵袋",
      "Yahoo!ファイナンス",
      "LINEオープンチャット",
      "LINE VOOM",
      "Facebook",
      "Instagram",
      "Threads",
      "TikTok",
      "TikTok Lite",
      "X",
    ]) {
      expect(designated, name).toContain(name);
    }
  });

  it("say that private LINE chats are not designated", () => {
    const line = dataset.platforms.flatMap((p) => p.services).find((s) => s.name === "LINE");
    expect(line?.designated).toBe(false);
  });

  it("carry the names people type, so search can find them", () => {
    const names = (id: string) =>
      dataset.platforms.find((p) => p.id === id)?.services.flatMap((s) => [s.name, ...s.aliases]) ?? [];
    expect(names("meta")).toContain("インスタ");
    expect(names("x")).toEqual(expect.arrayContaining(["Twitter", "X/Twitter", "ツイッター"]));
    expect(names("line-yahoo")).toContain("知恵袋");
    expect(names("youtube-google")).toContain("ユーチューブ");
  });

  it("all name the caution that what a person sends may reach the poster", () => {
    for (const p of dataset.platforms) expect(p.cautions, p.id).toContain(POSTER_CAUTION);
  });

  it("show a caveat whenever no route has an address confirmed on an official page", () => {
    for (const p of dataset.platforms) {
      const official = p.routes.some((r) => r.type === "web" && r.foundOn === "official");
      if (!official) {
        expect(p.confidence, p.id).not.toBe("high");
        expect(p.caveat?.ja, p.id).toBeTruthy();
      }
    }
  });
});

describe("the caution that a request may reach the poster", () => {
  const caution = dataset.cautions.find((c) => c.id === POSTER_CAUTION);

  it("exists and names the services that can ask or advise without the person's name reaching the poster", () => {
    expect(caution).toBeDefined();
    expect(caution?.contacts).toEqual(
      expect.arrayContaining([
        "moj-minna-no-jinken-110",
        "moj-internet-human-rights-form",
        "sia-slander-hotline",
        "sia-safe-line",
        "ihaho-illegal-harmful-info-center",
      ]),
    );
  });

  it("says it plainly in both languages", () => {
    expect(caution?.body.ja).toContain("投稿者");
    expect(caution?.body.ja).toContain("法務局");
    expect(caution?.body.en).toContain("poster");
    expect(caution?.body.en).toContain("Legal Affairs Bureau");
  });
});
