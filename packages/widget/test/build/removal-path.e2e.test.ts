// The removal path of the built files, in real Chromium: a triage for "remove posts" shows the platforms' own routes
// that the triage ranked (rule platform-removal-routes in @netstalker/data), each with its reason, and the caution that
// a request may reach the poster before the first route. The CDN build reads the platforms and cautions from its
// data file; the single-file build carries them inside.
import { existsSync, readFileSync } from "node:fs";
import type { Dataset, Lang } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { createTriage, localize, TRIAGE_NEED_LABELS } from "@netstalker/data/query";
import type { Browser } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/test-support/chromium.js";
import { DIST_DIR, type Handler, page, startServer, type TestServer } from "../../src/test-support/static-server.js";

const dataset = datasetJson as unknown as Dataset;
const BUILDS = { cdn: "stalker-help-widget.js", standalone: "stalker-help-widget.standalone.js" } as const;

/** What the data package's own triage ranks for remove-posts, in `lang`: the expectation, not a hard-coded list. */
function expected(lang: Lang) {
  const l = <T extends object>(r: T) => localize(r as never, lang) as T;
  const result = createTriage({
    contacts: dataset.contacts.map(l),
    remedies: dataset.remedies.map(l),
    platforms: dataset.platforms.map(l),
    cautions: dataset.cautions.map(l),
    triage: dataset.triage,
  })({ danger: false, needs: ["remove-posts"], audiences: [] });
  return {
    platforms: result.platforms.map((p) => ({ id: p.id, reason: p.reason[lang] })),
    cautions: result.cautions.map((c) => c.id),
  };
}

/**
 * dist/ under /tampered/, except that the details file's first platform route is plain http: a CDN or a newer data
 * file serving a record that fails the published platform-localized schema.
 */
const tamperedCopy: Handler = (_req, res, url) => {
  const name = url.pathname.replace(/^\/tampered\//, "");
  if (name === url.pathname || !/^(?:chunks\/)?[\w.-]+$/.test(name) || !existsSync(DIST_DIR + name)) return false;
  let body: string | Buffer = readFileSync(DIST_DIR + name);
  if (name === "stalker-help-widget.details.ja.json") {
    const file = JSON.parse(body.toString("utf8")) as { platforms: { routes: { url?: string }[] }[] };
    const route = file.platforms[0]?.routes.find((r) => r.url);
    if (!route) throw new Error("no web route to tamper with");
    route.url = "http://example.com/remove";
    body = JSON.stringify(file);
  }
  res.writeHead(200, { "content-type": name.endsWith(".json") ? "application/json" : "text/javascript" });
  res.end(body);
  return true;
};

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  const pages: Record<string, string> = {};
  for (const [build, file] of Object.entries(BUILDS)) {
    for (const lang of ["ja", "en"] as const) {
      pages[`/${build}/${lang}`] = page(
        `<stalker-help-widget view="triage" lang="${lang}"></stalker-help-widget><script type="module" src="/${file}"></script>`,
        "",
        lang,
      );
    }
  }
  pages["/tampered/ja"] = page(
    `<stalker-help-widget view="all" lang="ja"></stalker-help-widget><script type="module" src="/tampered/stalker-help-widget.js"></script>`,
    "",
    "ja",
  );
  pages["/cdn-all/ja"] = page(
    `<stalker-help-widget view="all" lang="ja"></stalker-help-widget><script type="module" src="/${BUILDS.cdn}"></script>`,
    "",
    "ja",
  );
  server = await startServer(pages, tamperedCopy);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(Object.keys(BUILDS))("the %s build", (build) => {
  it.each(["ja", "en"] as const)(
    "a triage for remove-posts shows the ranked platform routes, the caution first (%s)",
    async (lang) => {
      const want = expected(lang);
      expect(want.platforms.length).toBeGreaterThan(0);
      expect(want.cautions).toContain("removal-request-may-reach-poster");
      const context = await browser.newContext();
      const tab = await context.newPage();
      const errors: string[] = [];
      tab.on("pageerror", (e) => errors.push(e.message));
      await tab.goto(`${server.origin}/${build}/${lang}`);
      const widget = tab.locator("stalker-help-widget");
      await widget
        .locator("label.choice", { hasText: TRIAGE_NEED_LABELS["remove-posts"][lang] })
        .locator("input")
        .check();
      await widget.locator("button[type=submit]").click();
      const removal = widget.locator(".triage-results .removal");
      await removal.waitFor();
      const shown = await removal.evaluate((section) => ({
        platforms: [...section.querySelectorAll<HTMLElement>(".platform")].map((p) => ({
          id: p.dataset.platformId ?? "",
          reason: (p.querySelector(".reason")?.textContent ?? "").trim(),
          routes: p.querySelectorAll(".routes li").length,
        })),
        cautions: [...section.querySelectorAll<HTMLElement>("[part~=caution]")].map((c) => c.dataset.cautionId ?? ""),
        cautionFirst: (() => {
          const caution = section.querySelector("[part~=caution]");
          const platform = section.querySelector(".platform");
          return Boolean(
            caution && platform && caution.compareDocumentPosition(platform) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
        })(),
      }));
      expect(shown.platforms.map(({ id, reason }) => ({ id, reason }))).toEqual(want.platforms);
      for (const p of shown.platforms) expect(p.routes, p.id).toBeGreaterThan(0);
      expect(shown.cautions).toEqual(want.cautions);
      expect(shown.cautionFirst).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe("a details file that fails its schema check", () => {
  it("is not used: the contacts stay, no route is shown, the tabs say so, and the console names the record", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const warnings: string[] = [];
    tab.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await tab.goto(`${server.origin}/tampered/ja`);
    const widget = tab.locator("stalker-help-widget");
    await widget.locator("[part~=card]").first().waitFor();
    await expect.poll(() => warnings.join("\n")).toMatch(/platforms\[0\]/);
    expect(await widget.locator("[part~=card]").count()).toBe(dataset.contacts.length);
    await widget.locator("#tab-remedies").click();
    expect(await widget.locator("[part~=removal]").count()).toBe(0);
    expect(await widget.locator("a[href='http://example.com/remove']").count()).toBe(0);
    // Never an empty tab: the person is told this part failed and that the contacts still work.
    await expect
      .poll(() => widget.locator("#panel-remedies [role=alert]").textContent())
      .toContain("読み込めませんでした");
    await widget.locator("#tab-faq").click();
    await expect.poll(() => widget.locator("#panel-faq [role=alert]").textContent()).toContain("読み込めませんでした");
    // The contacts' own details come in that file too (src/data/contact-details.ts): a card keeps its action, and its
    // fold says the rest could not be loaded instead of showing a summary or sources it does not have.
    await widget.locator("#tab-contacts").click();
    const card = widget.locator(".reach-card").first();
    // Its one action outside the fold (the fold lists the record's other channels, each with its own link: a record
    // with two numbers, first at some hours of the day, has a second action in there).
    expect(await card.locator("[part~=action]:not(details *)").count()).toBe(1);
    await card.locator("details.more > summary").click();
    await expect.poll(() => card.locator(".details-pending").textContent()).toContain("読み込めませんでした");
    expect(await card.locator(".summary, .meta").count()).toBe(0);
    await context.close();
  });
});

describe("the contacts file's compact records (CDN build)", () => {
  it("get their summary and sources from the details file right after the first card", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const contacts: { id: string; summary?: unknown; sources?: unknown }[] = [];
    tab.on("response", async (r) => {
      if (r.url().endsWith("/stalker-help-widget.data.ja.json")) contacts.push(...(await r.json()).contacts);
    });
    await tab.goto(`${server.origin}/cdn-all/ja`);
    const widget = tab.locator("stalker-help-widget");
    const card = widget.locator(".reach-card").first();
    await card.waitFor();
    // The first screen's file has no summary or sources: what the fold shows below came from the details file.
    expect(contacts.length).toBe(dataset.contacts.length);
    expect(contacts.filter((c) => "summary" in c || "sources" in c)).toEqual([]);
    const id = await card.getAttribute("data-contact-id");
    const record = dataset.contacts.find((c) => c.id === id);
    if (!record) throw new Error(`no contact ${id}`);
    await card.locator("details.more > summary").click();
    await expect.poll(() => card.locator(".summary").textContent()).toBe(record.summary.ja);
    expect(await card.locator(".meta a").count()).toBe(record.sources.length);
    expect(await card.locator(".details-pending").count()).toBe(0);
    await context.close();
  });
});
