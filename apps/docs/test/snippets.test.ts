// Every embed snippet of the BUILT embed guides, run in Chromium exactly as pasted. Only the network is stood in
// for: the CDN's and the API host's URLs are answered with the files the widget package builds, and a partner's
// site is a page on 127.0.0.1 holding nothing but the snippet. The framework snippets are the recipes the widget's
// framework test compiles and runs in Chromium; here they must be exactly those texts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromiumLaunchOptions } from "@netstalker/testing/chromium";
import { contentTypeOf, startStaticServer, type TestServer } from "@netstalker/testing/static-server";
import { react18Recipe, reactRecipe } from "@netstalker/widget/recipes/react";
import { svelteRecipe } from "@netstalker/widget/recipes/svelte";
import { vueRecipe } from "@netstalker/widget/recipes/vue";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveExport } from "../src/lib/workspace-files.js";
import { DIST, requireBuild } from "./built-site.js";

const WIDGET_DIST = path.dirname(resolveExport("@netstalker/widget/stalker-help-widget.js").file ?? "");
const VERSION = (JSON.parse(readFileSync(path.join(WIDGET_DIST, "..", "package.json"), "utf8")) as { version: string })
  .version;

/** The code blocks of a built page, as their copy buttons hold them (Expressive Code writes newlines as U+007F). */
function snippets(page: string): string[] {
  const html = readFileSync(path.join(DIST, page, "index.html"), "utf8");
  return [...html.matchAll(/data-code="([^"]*)"/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .replace(/\u007f/g, "\n"),
  );
}
const one = (list: string[], test: (s: string) => boolean, what: string): string => {
  const found = list.filter(test);
  if (found.length !== 1) throw new Error(`expected one ${what} snippet in the built guide, found ${found.length}`);
  return found[0] ?? "";
};

let browser: Browser;
let site: TestServer;
/** The partner's page currently served at "/", and the widget files it may reach. */
let partnerPage = "";
let selfHosted: "folder" | "entry-only" = "folder";

beforeAll(async () => {
  requireBuild();
  site = await startStaticServer({
    handlers: [
      (_req, res, url) => {
        if (url.pathname === "/") {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          res.end(partnerPage);
          return true;
        }
        // The folder the guide says to copy, as /stalker-help/ (or, to test the warning, its entry file alone).
        const rel = url.pathname.startsWith("/stalker-help/") ? url.pathname.slice("/stalker-help/".length) : null;
        const single =
          url.pathname === "/stalker-help-widget.standalone.js" ? "stalker-help-widget.standalone.js" : null;
        const file = rel ?? single;
        if (!file || (selfHosted === "entry-only" && rel !== null && rel !== "stalker-help-widget.js")) return false;
        try {
          const body = readFileSync(path.join(WIDGET_DIST, path.posix.normalize(file)));
          res.writeHead(200, { "content-type": contentTypeOf(file) });
          res.end(body);
          return true;
        } catch {
          return false;
        }
      },
    ],
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** A fresh page whose requests to the CDN and to the API host are answered from the widget's dist/. */
async function partner(html: string): Promise<Page> {
  partnerPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title></head><body>${html}</body></html>`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(`https://cdn.jsdelivr.net/npm/@netstalker/widget@${VERSION}/dist/**`, (route) => {
    const file = new URL(route.request().url()).pathname.split("/dist/")[1] ?? "";
    return route.fulfill({
      path: path.join(WIDGET_DIST, file),
      headers: { "access-control-allow-origin": "*", "content-type": contentTypeOf(file) },
    });
  });
  // The iframe snippet's host, which the guide says to replace: here it is the widget's own embed page.
  await page.route("https://api.example.org/**", (route) => {
    const url = new URL(route.request().url());
    const file = url.pathname === "/embed" ? "embed.html" : url.pathname.slice(1);
    return route.fulfill({
      path: path.join(WIDGET_DIST, file),
      headers: { "content-type": contentTypeOf(file), "content-security-policy": "frame-ancestors *" },
    });
  });
  await page.goto(`${site.origin}/`);
  return page;
}

/** The widget's contact cards, once the contacts file has been read (more than the emergency numbers). */
async function contactCards(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const el = document.querySelector("stalker-help-widget");
    return (el?.shadowRoot?.querySelectorAll("[part~=card]").length ?? 0) > 5;
  });
  return page.evaluate(
    () => document.querySelector("stalker-help-widget")?.shadowRoot?.querySelectorAll("[part~=card]").length ?? 0,
  );
}

describe.each([
  ["ja", "embed", "embed-anywhere"],
  ["en", "en/embed", "en/embed-anywhere"],
])("the %s embed guides' snippets, as pasted", (_lang, embedPage, anywherePage) => {
  const guide = () => [...snippets(embedPage), ...snippets(anywherePage)];

  it("CDN: one script and one tag, pinned to this version, show every contact", async () => {
    const cdn = one(guide(), (s) => s.includes("cdn.jsdelivr.net") && !s.includes("importmap"), "CDN");
    expect(cdn).toContain(`@netstalker/widget@${VERSION}/dist/`);
    const page = await partner(cdn);
    expect(await contactCards(page)).toBeGreaterThan(5);
    await page.close();
  });

  it("CDN, pinned with integrity and an import map: loads and runs", async () => {
    const pinned = one(guide(), (s) => s.includes("importmap"), "pinned");
    expect(pinned).toMatch(/integrity="sha384-[A-Za-z0-9+/=]+"/);
    const page = await partner(pinned);
    expect(await contactCards(page)).toBeGreaterThan(5);
    await page.close();
  });

  it("self-hosted: the folder the guide names works, and without it the page says so visibly", async () => {
    const folder = one(guide(), (s) => s.includes('src="/stalker-help/'), "self-hosted folder");
    expect(folder).toContain("node_modules/@netstalker/widget/dist/");
    selfHosted = "folder";
    const page = await partner(folder);
    expect(await contactCards(page)).toBeGreaterThan(5);
    await page.close();

    selfHosted = "entry-only";
    const broken = await partner(folder);
    const notice = broken.locator("stalker-help-widget").locator("[part=files-missing]");
    await notice.waitFor({ state: "visible" });
    expect(await notice.textContent()).toContain("stalker-help-widget.standalone.js");
    selfHosted = "folder";
    await broken.close();
  });

  it("self-hosted single file: works alone", async () => {
    const single = one(guide(), (s) => s.includes('src="/stalker-help-widget.standalone.js"'), "single-file");
    const page = await partner(single);
    expect(await contactCards(page)).toBeGreaterThan(5);
    await page.close();
  });

  it("iframe: says which host to replace, is usable without the listener, and fits its content with it", async () => {
    const iframe = one(guide(), (s) => s.includes("<iframe"), "iframe");
    const listener = one(guide(), (s) => s.includes("addEventListener"), "listener");
    expect(iframe).toMatch(/<!--[^>]*api\.example\.org[^>]*www\.example\.org[^>]*-->/);
    // The two replacements the snippet's comment asks for: the API host stays routed here; the page's origin is ours.
    const ours = iframe.replace("https%3A%2F%2Fwww.example.org", encodeURIComponent(site.origin));
    const page = await partner(ours);
    const frame = page.frameLocator("#stalker-help");
    await frame.locator("stalker-help-widget").locator("[part~=card]").first().waitFor();
    // Without the listener: a good part of the window, and the rest scrolls inside the frame.
    const height = await page.locator("#stalker-help").evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(480);
    const scrollable = await frame.locator("html").evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(scrollable).toBe(true);
    await page.close();

    const fitted = await partner(`${ours}\n<script>${listener}</script>`);
    await fitted.frameLocator("#stalker-help").locator("stalker-help-widget").locator("[part~=card]").first().waitFor();
    await fitted.waitForFunction(() => {
      const el = document.getElementById("stalker-help");
      return el?.style.height.endsWith("px") ?? false;
    });
    // The listener set the frame to the page's own height: no scrolling inside any more.
    const inner = await fitted
      .frameLocator("#stalker-help")
      .locator("html")
      .evaluate((el) => el.scrollHeight);
    const outer = await fitted.locator("#stalker-help").evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
    await fitted.close();
  });

  it("frameworks: the guide shows exactly the recipes the widget's framework test runs in Chromium", () => {
    const lang = _lang as "ja" | "en";
    const shown = guide();
    for (const recipe of [reactRecipe(lang), react18Recipe(lang), vueRecipe(lang), svelteRecipe(lang)]) {
      expect(shown).toContain(recipe.trimEnd());
    }
  });
});
