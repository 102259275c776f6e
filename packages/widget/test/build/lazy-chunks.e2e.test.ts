// The CDN build's lazy chunks (vite.config.ts LAZY_ENTRIES), in real Chromium: the first card needs only the code file
// and the data file; the triage chunk is fetched from the same directory with the other lazy chunks, before anything
// is typed or asked (a request on the first keystroke would tell the CDN that a person started to write); every chunk
// is in integrity.json, and an import map's `integrity` makes the browser refuse a chunk that does not match.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lazyChunks } from "../../scripts/check-size.js";
import { EMBED_CSP } from "../../src/embed/embed-html.js";
import { uiText } from "../../src/i18n.js";
import { launchChromium } from "../../src/test-support/chromium.js";
import { afterFirstCard, DIST_DIR, page, startServer, type TestServer } from "../../src/test-support/static-server.js";
import { VIEW_TEXT } from "../../src/view-text.js";

const sha384 = (file: string) =>
  `sha384-${createHash("sha384")
    .update(readFileSync(DIST_DIR + file))
    .digest("base64")}`;
const [triageChunk] = lazyChunks(DIST_DIR).filter((f) => /^chunks\/triage-[\w-]{8}\.js$/.test(f));
const [reasonsChunk] = lazyChunks(DIST_DIR).filter((f) => f.startsWith("chunks/triage-reasons-en-"));
const [viewsChunk] = lazyChunks(DIST_DIR).filter((f) => f.startsWith("chunks/views-"));
const [liveDataChunk] = lazyChunks(DIST_DIR).filter((f) => f.startsWith("chunks/live-data-"));

let browser: Browser;
let server: TestServer;
const triagePage = (head = "") =>
  page(
    `<stalker-help-widget view="triage" lang="en"></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
    head,
    "en",
  );
/** An import map pinning the triage chunk to `hash` (resolved against the page, like the chunk's own URL). */
const importMap = (hash: string) =>
  `<script type="importmap">${JSON.stringify({ integrity: { [`/${triageChunk}`]: hash } })}</script>`;

beforeAll(async () => {
  if (!triageChunk || !reasonsChunk || !viewsChunk || !liveDataChunk) {
    throw new Error(
      "no dist/chunks/triage-*.js, triage-reasons-en-*.js, views-*.js or live-data-*.js: run pnpm build first",
    );
  }
  server = await startServer({
    // The embed page's policy: scripts from 'self' only, Trusted Types with Lit's policy alone. The chunk must load
    // under it (an inline import map would need its hash in script-src, so the pinned pages below go without).
    "/triage": triagePage(`<meta http-equiv="Content-Security-Policy" content="${EMBED_CSP}">`),
    "/pinned": triagePage(importMap(sha384(triageChunk))),
    "/tampered": triagePage(importMap(`sha384-${"A".repeat(64)}`)),
    "/reasons-tampered": triagePage(
      `<script type="importmap">${JSON.stringify({ integrity: { [`/${reasonsChunk}`]: `sha384-${"A".repeat(64)}` } })}</script>`,
    ),
    "/views-tampered": page(
      `<script type="importmap">${JSON.stringify({ integrity: { [`/${viewsChunk}`]: `sha384-${"A".repeat(64)}` } })}</script><stalker-help-widget lang="en"></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
      "",
      "en",
    ),
    "/live-data-tampered": page(
      `<script type="importmap">${JSON.stringify({ integrity: { [`/${liveDataChunk}`]: `sha384-${"A".repeat(64)}` } })}</script><stalker-help-widget lang="en" api-base="/no-api"></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
      "",
      "en",
    ),
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openAndAsk(
  path: string,
  // What the page fetches right after the first card (a refused triage chunk never asks for its reasons).
  fetched: readonly string[] = afterFirstCard("en"),
): Promise<{ tab: Page; requests: string[]; before: string[]; errors: string[] }> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  tab.on("request", (r) => requests.push(new URL(r.url()).pathname));
  tab.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  tab.on("pageerror", (e) => errors.push(e.message));
  await tab.goto(`${server.origin}${path}`);
  const widget = tab.locator("stalker-help-widget");
  await widget.locator("[part~=emergency]").waitFor();
  await widget.locator('input[data-answer^="need:"]').first().waitFor();
  // Everything fetched right after the first card (the triage chunk included) has been asked for before any answer.
  await expect.poll(() => requests.slice(3).sort()).toEqual(fetched);
  const before = [...requests];
  await widget.locator('input[data-answer^="need:"]').first().check();
  await widget.locator("button[type=submit]").click();
  return { tab, requests, before, errors };
}

describe("lazy chunks of the CDN build", () => {
  it("integrity.json lists every chunk with its sha384", () => {
    const hashes = JSON.parse(readFileSync(`${DIST_DIR}integrity.json`, "utf8")) as Record<string, string>;
    const chunks = lazyChunks(DIST_DIR);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) expect(hashes[chunk], chunk).toBe(sha384(chunk));
  });

  it("shows the triage form with the code and data file only, fetches the triage chunk before any question, under the embed CSP", async () => {
    const { tab, requests, before, errors } = await openAndAsk("/triage");
    expect(before.slice(0, 3)).toEqual(["/triage", "/stalker-help-widget.js", "/stalker-help-widget.data.en.json"]);
    expect(before.slice(3)).toContain(`/${triageChunk}`);
    await tab.locator("stalker-help-widget #triage-results").waitFor();
    // Asking (and typing) sends nothing more.
    await tab.locator("stalker-help-widget #triage-text").fill("my ex posted my address");
    await tab.locator("stalker-help-widget .chip").first().waitFor();
    expect(requests.slice(before.length)).toEqual([]);
    expect(await tab.locator("stalker-help-widget .triage-results [part~=card]").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await tab.context().close();
  });

  it("an import map with the chunk's integrity lets it run; a wrong hash makes the browser refuse it, and the person is told", async () => {
    const pinned = await openAndAsk("/pinned");
    await pinned.tab.locator("stalker-help-widget #triage-results").waitFor();
    expect(pinned.errors).toEqual([]);
    await pinned.tab.context().close();

    const tampered = await openAndAsk(
      "/tampered",
      afterFirstCard("en").filter((f) => f !== `/${reasonsChunk}`),
    );
    await expect.poll(() => tampered.errors.join("\n")).toMatch(/integrity/i);
    expect(tampered.requests).toContain(`/${triageChunk}`);
    // The person who asked is told that the suggestions cannot come, instead of a button that does nothing.
    const message = tampered.tab.locator("stalker-help-widget #triage-results[role=alert]");
    await expect.poll(() => message.textContent()).toBe(VIEW_TEXT.en.triageUnavailable);
    expect(await tampered.tab.locator("stalker-help-widget .triage-results [part~=card]").count()).toBe(0);
    await expect
      .poll(() => tampered.tab.locator("stalker-help-widget [role=status]").textContent())
      .toBe(VIEW_TEXT.en.triageUnavailable);
    // The reasons of the page's language are a chunk of their own: refused, the person is told the same.
    const noReasons = await openAndAsk("/reasons-tampered");
    await expect.poll(() => noReasons.errors.join("\n")).toMatch(/integrity/i);
    expect(noReasons.requests).toContain(`/${reasonsChunk}`);
    await expect
      .poll(() => noReasons.tab.locator("stalker-help-widget #triage-results[role=alert]").textContent())
      .toBe(VIEW_TEXT.en.triageUnavailable);
    await noReasons.tab.context().close();
    // The emergency numbers stay on screen whatever happens to the chunk.
    expect(await tampered.tab.locator("stalker-help-widget [part~=emergency] a[href^='tel:']").count()).toBeGreaterThan(
      0,
    );
    await tampered.tab.context().close();
  });

  it("a views chunk refused by its integrity leaves the contacts on screen and says so in the other tabs", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
    });
    await tab.goto(`${server.origin}/views-tampered`);
    const widget = tab.locator("stalker-help-widget");
    await widget.locator("[part~=card]").first().waitFor();
    await expect.poll(() => errors.join("\n")).toMatch(/integrity/i);
    await widget.locator("#tab-remedies").click();
    await expect
      .poll(() => widget.locator("#panel-remedies [role=alert]").textContent())
      .toBe(uiText("en").viewUnavailable);
    await widget.locator("#tab-contacts").click();
    expect(await widget.locator("[part~=card]").count()).toBeGreaterThan(0);
    expect(await widget.locator("[part~=emergency] a[href^='tel:']").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("a live-data chunk refused by its integrity keeps the data file's records and reports why", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await tab.addInitScript(() => {
      document.addEventListener("stalker-help-data", (e) => {
        (window as unknown as { detail: unknown }).detail = (e as CustomEvent).detail;
      });
    });
    await tab.goto(`${server.origin}/live-data-tampered`);
    const detail = await tab.waitForFunction(() => (window as unknown as { detail?: unknown }).detail);
    expect(await detail.jsonValue()).toMatchObject({ source: "bundled", lang: "en", failure: "network" });
    expect(await tab.locator("stalker-help-widget [part~=card]").count()).toBeGreaterThan(1);
    // Refused before it ran: the API was never asked.
    expect(requests.some((p) => p.startsWith("/no-api"))).toBe(false);
    await context.close();
  });
});
