// What the docs site leaves behind, on the device and with other sites (issue #20): no storage, no Referer, no page
// content from anywhere else. In real headless Chromium against the built site on 127.0.0.1.
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { contacts } from "@netstalker/data";
import { chromiumLaunchOptions } from "@netstalker/testing/chromium";
import { profileFilesHolding } from "@netstalker/testing/profile-files";
import { chromium, type Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtPages, DIST, readPage } from "./built-site.js";
import { useSiteBrowser } from "./site-browser.js";

const site = useSiteBrowser();
const WEATHER = "https://tenki.jp/";
/** What a person typed, to be looked for in every file of the browser profile afterwards. */
const MARKER = "元交際相手つきまとい印XQZ";

/** Records every CSP violation of the page from the start. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

describe("the site's policy", () => {
  it("every page carries a Content Security Policy and the referrer policy no-referrer in its <head>", () => {
    const missing = builtPages().filter((page) => {
      const head = readPage(page).split("</head>")[0] ?? "";
      return (
        !/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self'/i.test(head) ||
        !head.includes('<meta name="referrer" content="no-referrer"')
      );
    });
    expect(missing).toEqual([]);
  });

  it("every inline script of every page is allowed by that page's policy, by its hash", () => {
    const unhashed = builtPages().flatMap((page) => {
      const html = readPage(page);
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? "";
      // Scripts that run: tags (right after another tag, not "<script" written inside an attribute or a code
      // sample's data), and not data blocks (JSON-LD), which a policy does not govern.
      return [...html.matchAll(/(?<=[>\n])<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter(([, attributes]) => !(attributes ?? "").includes('type="application/ld+json"'))
        .map(
          ([, , text]) =>
            `'sha256-${createHash("sha256")
              .update(text ?? "")
              .digest("base64")}'`,
        )
        .filter((hash) => !policy.replaceAll("&#39;", "'").includes(hash))
        .map((hash) => `${page} ${hash}`);
    });
    expect(unhashed).toEqual([]);
  });

  it("ships a headers file for static hosts, with what a <meta> cannot say (frame-ancestors)", () => {
    const headers = readFileSync(path.join(DIST, "_headers"), "utf8");
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(/^ {2}Content-Security-Policy: frame-ancestors 'none'/m);
    expect(headers).toMatch(/^ {2}Referrer-Policy: no-referrer$/m);
  });

  it("every link to another site carries rel=noreferrer (loopback addresses in the change notes aside)", () => {
    const bare = builtPages().flatMap((page) =>
      [...readPage(page).matchAll(/<a\s[^>]*href="(https?:\/\/[^"]+)"[^>]*>/g)]
        .filter(
          ([tag, href]) =>
            !/\brel="[^"]*noreferrer/.test(tag) && !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(href ?? ""),
        )
        .map(([, href]) => `${page} ${href}`),
    );
    expect(bare).toEqual([]);
  });

  it("blocks nothing the site itself needs: no CSP violation on the home page, a contact page, the widget demo or search", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const violations = await recordViolations(page);
    const seen: string[] = [];
    const contact = contacts[0]?.id ?? "";
    for (const path of ["/", `/contacts/${contact}/`, "/embed/", "/en/triage/"]) {
      await page.goto(`${site.origin}${path}`, { waitUntil: "load" });
      if (path === "/embed/") await page.locator("stalker-help-widget [part~=card]").first().waitFor();
      seen.push(...(await violations()).map((v) => `${path}: ${v}`));
    }
    await page.locator("site-search button").first().click();
    await page.locator("dialog[open] input").first().fill("stalking");
    await page.locator("dialog[open] .pagefind-ui__result").first().waitFor();
    seen.push(...(await violations()).map((v) => `search: ${v}`));
    expect(seen).toEqual([]);
    await context.close();
  });
});

describe("the threat model page", () => {
  it("names, in both languages, test files that exist", () => {
    const root = fileURLToPath(new URL("../../../", import.meta.url));
    for (const file of ["threat-model.mdx", "en/threat-model.mdx"]) {
      const text = readFileSync(fileURLToPath(new URL(`../src/content/docs/${file}`, import.meta.url)), "utf8");
      const paths = [...text.matchAll(/`((?:apps|packages)\/[\w./-]+\.test\.ts)`/g)].map((m) => m[1] ?? "");
      expect(paths.length, file).toBeGreaterThan(10);
      expect(
        paths.filter((p) => !existsSync(path.join(root, p))),
        file,
      ).toEqual([]);
    }
  });
});

describe("traces on the device", () => {
  it("a persistent browser profile holds nothing typed, and the site writes nothing to storage", async () => {
    const profile = mkdtempSync(path.join(tmpdir(), "netstalker-docs-profile-"));
    try {
      const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
      const page = context.pages()[0] ?? (await context.newPage());
      const stored: Record<string, number> = {};
      const storage = async (where: string) => {
        stored[where] = await page.evaluate(() => localStorage.length + sessionStorage.length);
      };
      await page.goto(`${site.origin}/`, { waitUntil: "load" });
      await storage("home");
      // The sidebar's groups (Starlight keeps their state in sessionStorage) and the search, with words typed in it.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${site.origin}/en/remedies/`, { waitUntil: "load" });
      await page.locator("#starlight__sidebar details > summary:visible").first().click();
      await storage("sidebar");
      await page.locator("site-search button").first().click();
      await page.locator("dialog[open] input").first().fill(MARKER);
      // Long enough for Chromium to write the tab's session (with its fields' state) to the profile: 500 ms let the
      // test pass by luck on a quiet machine while the words reached the disk on a busy one.
      await page.waitForTimeout(3000);
      await page.keyboard.press("Escape");
      await page.goto(`${site.origin}/triage/`, { waitUntil: "load" });
      await storage("next page");
      expect(stored).toEqual({ home: 0, sidebar: 0, "next page": 0 });
      await context.close();
      expect(profileFilesHolding(profile, MARKER)).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("the quick exit reaches the weather page with no Referer", async () => {
    const context = await site.browser.newContext();
    const referers: (string | undefined)[] = [];
    await context.route(`${WEATHER}**`, (route) => {
      referers.push(route.request().headers().referer);
      return route.fulfill({ status: 200, contentType: "text/html", body: "<title>weather</title>" });
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/contacts/`, { waitUntil: "load" });
    await page.getByRole("button", { name: "すぐにこのページを離れる" }).click();
    await page.waitForURL(WEATHER);
    expect(referers).toEqual([undefined]);
    await context.close();
  });
});
