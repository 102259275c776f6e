// Whole-page tests of the built self-contained bundle, as a partner embeds it: one <script type="module"> and the tag
// on plain HTML pages served from 127.0.0.1, driven by Playwright in Debian's Chromium.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Dataset } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };
import { localize } from "@netstalker/data/query";
import type { Browser, BrowserContext, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./test-support/chromium.js";
import { afterFirstCard, page, startServer, type TestServer } from "./test-support/static-server.js";

const dataset = datasetJson as unknown as Dataset;
/** A 300,000-character source URL ending in a space: the earlier https pattern took minutes on it, on the main thread. */
const CRAFTED_URL = `https://${"a.".repeat(150_000)} `;
const SCRIPT = `<script type="module" src="/stalker-help-widget.js"></script>`;
const HOSTILE_CSS = `<link rel="stylesheet" href="/hostile.css">`;
const STRICT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'">`;

/** The fake API: /api/<mode>/v1/<contacts|remedies|faqs|platforms>?lang=xx, failing in the way <mode> says. */
async function fakeApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const match =
    /^\/api\/(ok|500|badjson|badshape|slow|noemergency|hostile)\/v1\/(contacts|remedies|faqs|platforms)$/.exec(
      url.pathname,
    );
  if (!match) return false;
  const [, mode, kind] = match;
  const lang = url.searchParams.get("lang") === "en" ? "en" : "ja";
  const json = { "content-type": "application/json" };
  if (mode === "500") {
    res.writeHead(500, json).end(`{"title":"boom"}`);
    return true;
  }
  if (mode === "badjson") {
    res.writeHead(200, json).end(`{"data": [`);
    return true;
  }
  if (mode === "slow") {
    await new Promise((r) => setTimeout(r, 3000));
    if (!req.destroyed) res.writeHead(200, json).end(`{"data":[]}`);
    return true;
  }
  if (kind === "platforms") {
    // The platforms travel with the cautions they name, as GET /v1/platforms answers.
    const body = {
      data: dataset.platforms.map((p) => localize(p, lang)),
      cautions: dataset.cautions.map((c) => localize(c, lang)),
      meta: { count: dataset.platforms.length, lang, dataVersion: "9.9.9" },
    };
    res.writeHead(200, json).end(JSON.stringify(body));
    return true;
  }
  const records =
    kind === "contacts"
      ? dataset.contacts.map((c) => ({ ...localize(c, lang), name: `[live] ${localize(c, lang).name}` }))
      : kind === "remedies"
        ? dataset.remedies.map((r) => localize(r, lang))
        : dataset.faqs.map((f) => localize(f, lang));
  const data =
    mode === "badshape"
      ? records.map((r) => ({ ...r, id: "NOT A VALID ID" }))
      : mode === "noemergency" && kind === "contacts"
        ? records.filter((r) => "urgency" in r && r.urgency !== "emergency")
        : mode === "hostile" && kind === "contacts"
          ? // One source URL crafted for the https pattern the widget used to run: 300,000 characters of "a.".
            records.map((r, i) =>
              i === 1 && "sources" in r ? { ...r, sources: [{ ...r.sources[0], url: CRAFTED_URL }] } : r,
            )
          : records;
  res.writeHead(200, json).end(JSON.stringify({ data, meta: { count: data.length, lang, dataVersion: "9.9.9" } }));
  return true;
}

/** Exit destinations; /slow-exit answers after 3 s so the cover can be seen while leaving. */
async function exitPages(_req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (url.pathname === "/hostile.css") {
    res.writeHead(200, { "content-type": "text/css" });
    res.end(`* { font-size: 40px !important; display: block; letter-spacing: 9px; color: red; line-height: 3 }
html { font-size: 5px }`);
    return true;
  }
  if (url.pathname !== "/slow-exit") return false;
  await new Promise((r) => setTimeout(r, 3000));
  res.writeHead(200, { "content-type": "text/html" }).end(page("<p>slow</p>"));
  return true;
}

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(
    {
      "/start": page("<p>start</p>"),
      "/neutral": page("<p>neutral</p>"),
      "/plain": page(`<stalker-help-widget></stalker-help-widget>${SCRIPT}`),
      "/hostile": page(
        `<div class="partner"><stalker-help-widget></stalker-help-widget></div>${SCRIPT}<script type="module" src="/stalker-help-widget.js?second-copy"></script>`,
        `${STRICT_CSP}${HOSTILE_CSS}`,
      ),
      "/exit": page(
        `<p><a href="/start">link</a></p><stalker-help-widget exit-url="/neutral"></stalker-help-widget>${SCRIPT}`,
      ),
      "/exit-slow": page(`<stalker-help-widget exit-url="/slow-exit"></stalker-help-widget>${SCRIPT}`),
      ...Object.fromEntries(
        ["ok", "500", "badjson", "badshape", "slow", "noemergency", "hostile"].map((mode) => [
          `/live-${mode}`,
          // 2 s: the slow API answers after 3 s; the data files (same timeout) get room on a busy machine.
          page(
            `<stalker-help-widget api-base="/api/${mode}" fetch-timeout="2000" exit-url="/neutral"></stalker-help-widget>${SCRIPT}`,
          ),
        ]),
      ),
      ...Object.fromEntries(
        ["NaN", "0", "-1", "abc"].map((value) => [
          `/timeout-${value}`,
          page(`<stalker-help-widget fetch-timeout="${value}"></stalker-help-widget>${SCRIPT}`),
        ]),
      ),
      // Port 9 (discard) is closed on these machines: the connection is refused.
      "/live-down": page(`<stalker-help-widget api-base="http://127.0.0.1:9/"></stalker-help-widget>${SCRIPT}`),
    },
    fakeApi,
    exitPages,
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Loaded {
  context: BrowserContext;
  tab: Page;
  warnings: string[];
  errors: string[];
  requests: string[];
  detail: { source: string; failure?: string; dataVersion: string };
}

/** Opens a page, recording console warnings, page errors and every request, and waits for the widget's data. */
async function open(path: string, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Loaded> {
  const context = await browser.newContext(options);
  const tab = await context.newPage();
  const warnings: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  tab.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
    if (m.type() === "error") errors.push(m.text());
  });
  tab.on("pageerror", (e) => errors.push(String(e)));
  tab.on("request", (r) => requests.push(r.url()));
  // Records the widget's data event from the very start (before the bundle runs).
  await tab.addInitScript(() => {
    const w = window as unknown as { __data: Promise<unknown> };
    w.__data = new Promise((resolve) =>
      document.addEventListener("stalker-help-data", (e) => resolve((e as CustomEvent).detail), { once: true }),
    );
  });
  await tab.goto(server.origin + path);
  // With api-base the widget reports once, after the live data was used or given up on.
  const detail = (await tab.evaluate(
    () => (window as unknown as { __data: Promise<unknown> }).__data,
  )) as Loaded["detail"];
  await tab.locator("stalker-help-widget [part~=card]").first().waitFor();
  return { context, tab, warnings, errors, requests, detail };
}

describe("a plain page with one script tag", () => {
  it("shows the help in Japanese with no set-up: the code, then its own data file, and no other request", async () => {
    const { context, tab, requests, errors, detail } = await open("/plain");
    expect(detail).toMatchObject({ source: "bundled", dataVersion: dataset.version });
    const first = await tab.locator("stalker-help-widget [part~=card] h3").allTextContents();
    expect(first.length).toBe(dataset.contacts.length);
    expect(await tab.locator("stalker-help-widget [part~=exit]").textContent()).toContain("すぐにこのページを離れる");
    // The first card needs the code and the contacts file; right after it come the other tabs' code and records,
    // whatever tab is open, and nothing else.
    expect(requests.slice(0, 3)).toEqual([
      `${server.origin}/plain`,
      `${server.origin}/stalker-help-widget.js`,
      `${server.origin}/stalker-help-widget.data.ja.json`,
    ]);
    await expect
      .poll(() =>
        requests
          .slice(3)
          .map((r) => new URL(r).pathname)
          .sort(),
      )
      .toEqual(afterFirstCard("ja"));
    expect(await context.cookies()).toEqual([]);
    const storage = await tab.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      cookie: document.cookie,
      caches: (await caches.keys()).length,
    }));
    expect(storage).toEqual({ local: 0, session: 0, idb: 0, cookie: "", caches: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a hostile host page", () => {
  it("renders correctly under hostile CSS, a strict CSP and the script loaded twice", async () => {
    const { context, tab, warnings, errors } = await open("/hostile");
    const violations = await tab.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          document.addEventListener("securitypolicyviolation", () => count++);
          setTimeout(() => resolve(count), 300);
        }),
    );
    expect(violations).toBe(0);
    // The second copy of the bundle (another module instance) warned instead of throwing.
    expect(warnings.filter((w) => w.includes("already defined"))).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(await tab.locator("stalker-help-widget").count()).toBe(1);
    const style = await tab.evaluate(() => {
      const root = document.querySelector("stalker-help-widget")?.shadowRoot;
      const title = root?.querySelector("h2");
      const exit = root?.querySelector("[part~=exit]");
      const card = root?.querySelector("[part~=card]");
      if (!title || !exit || !card) throw new Error("widget did not render");
      const t = getComputedStyle(title);
      const e = getComputedStyle(exit);
      return {
        titleSize: t.fontSize,
        letterSpacing: t.letterSpacing,
        exitBackground: e.backgroundColor,
        exitHeight: exit.getBoundingClientRect().height,
        cardWidth: card.getBoundingClientRect().width,
        viewport: window.innerWidth,
      };
    });
    // 16px base × 1.2 for the title: neither the page's 40px !important nor its 5px rem got in.
    expect(style.titleSize).toBe("19.2px");
    expect(style.letterSpacing).toBe("normal");
    // Lit's adopted stylesheets apply under style-src 'self' (no inline <style> or style="" needed).
    expect(style.exitBackground).toBe("rgb(164, 38, 44)");
    expect(style.exitHeight).toBeGreaterThanOrEqual(44);
    expect(style.cardWidth).toBeLessThanOrEqual(style.viewport);
    await context.close();
  });
});

describe("live data from api-base", () => {
  it("uses validated live records and asks only the api-base origin, without cookies or referrer", async () => {
    const { context, tab, warnings, requests, detail } = await open("/live-ok");
    expect(detail).toEqual({ source: "api", lang: "ja", dataVersion: "9.9.9" });
    // Every live record is used, except the emergency ones: those come from the code, always.
    const cards = await tab
      .locator("stalker-help-widget [part~=card]")
      .evaluateAll((els) =>
        els.map((e) => ({ id: e.getAttribute("data-contact-id"), name: e.querySelector("h3")?.textContent?.trim() })),
      );
    const emergencyIds = new Set(dataset.contacts.filter((c) => c.urgency === "emergency").map((c) => c.id));
    expect(cards.filter((c) => !emergencyIds.has(c.id ?? "")).every((c) => c.name?.startsWith("[live] "))).toBe(true);
    expect(cards.filter((c) => emergencyIds.has(c.id ?? "")).some((c) => c.name?.startsWith("[live] "))).toBe(false);
    expect(warnings).toEqual([]);
    const api = requests.filter((r) => r.includes("/api/"));
    expect(api.sort()).toEqual(
      ["contacts", "faqs", "platforms", "remedies"].map((k) => `${server.origin}/api/ok/v1/${k}?lang=ja`).sort(),
    );
    expect(requests.every((r) => r.startsWith(server.origin))).toBe(true);
    await context.close();
  });

  it.each([
    ["500", "http"],
    ["badjson", "json"],
    ["badshape", "shape"],
    ["slow", "timeout"],
    ["down", "network"],
  ])("falls back to the bundled data when the API gives %s (%s), with one warning", async (mode, failure) => {
    const { context, tab, warnings, errors, detail } = await open(`/live-${mode}`);
    expect(detail).toMatchObject({ source: "bundled", failure, dataVersion: dataset.version });
    expect(warnings, warnings.join("\n")).toHaveLength(1);
    expect(warnings[0]).toContain(`(${failure})`);
    const names = await tab.locator("stalker-help-widget [part~=card] h3").allTextContents();
    expect(names.some((n) => n.includes("[live]"))).toBe(false);
    expect(names.length).toBe(dataset.contacts.length);
    // Nothing for the person to see: no error text in the widget.
    expect(await tab.locator("stalker-help-widget").evaluate((el) => el.shadowRoot?.textContent)).not.toContain(
      failure,
    );
    expect(errors.filter((e) => !e.includes("Failed to load resource"))).toEqual([]);
    await context.close();
  });
});

describe("what outside data can never do", () => {
  it("remove the emergency numbers: an API answer without them keeps the line from the code, with a warning", async () => {
    const { context, tab, warnings, detail } = await open("/live-noemergency");
    expect(detail).toMatchObject({ source: "api" });
    const emergency = tab.locator("stalker-help-widget [part~=emergency]");
    expect(await emergency.locator("a[href='tel:110']").count()).toBe(1);
    expect(await tab.locator("stalker-help-widget [part~=card][data-contact-id=police-emergency-110]").count()).toBe(1);
    expect(warnings.join("\n")).toMatch(/api records have no emergency record police-emergency-110/);
    await context.close();
  });

  it("freeze the page: a crafted 300,000-character field is refused, and the quick exit answers while data comes in", async () => {
    const refused = await open("/live-hostile");
    expect(refused.detail).toMatchObject({ source: "bundled", failure: "shape" });
    expect(refused.warnings.join("\n")).toMatch(/contacts\[1\] \.sources\[0\]\.url: too long/);
    await refused.context.close();
    // Again, pressing the exit the moment the hostile answer has arrived.
    const context = await browser.newContext();
    const tab = await context.newPage();
    const answered = tab.waitForResponse((r) => r.url().includes("/api/hostile/v1/contacts"));
    await tab.goto(`${server.origin}/live-hostile`);
    await (await answered).finished();
    await tab.locator("stalker-help-widget [part~=exit]").click({ timeout: 10_000 });
    await tab.waitForURL(`${server.origin}/neutral`, { timeout: 10_000 });
    await context.close();
  });

  it.each(["NaN", "0", "-1", "abc"])(
    "leave only the emergency card through a bad fetch-timeout (%s): the default is used, with a warning",
    async (value) => {
      const { context, tab, warnings, detail } = await open(`/timeout-${value}`);
      expect(detail).toMatchObject({ source: "bundled" });
      expect(detail).not.toHaveProperty("failure");
      expect(await tab.locator("stalker-help-widget [part~=card]").count()).toBe(dataset.contacts.length);
      expect(warnings.join("\n")).toContain(`fetch-timeout="${value === "abc" ? "NaN" : value}"`);
      await context.close();
    },
  );
});

describe("quick exit", () => {
  /** Opens /start, then the widget page, so that Back has somewhere to go. */
  async function openFromStart(path: string) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/start`);
    await tab.goto(server.origin + path);
    await tab.locator("stalker-help-widget [part~=card]").first().waitFor();
    return { context, tab };
  }

  it("the exit button leaves with location.replace, sending no Referer from a page without a referrer policy: Back does not return to the help", async () => {
    const { context, tab } = await openFromStart("/exit");
    const exitRequest = tab.waitForRequest(`${server.origin}/neutral`);
    await tab.locator("stalker-help-widget [part~=exit]").click();
    expect((await exitRequest).headers().referer).toBeUndefined();
    await tab.waitForURL(`${server.origin}/neutral`);
    await tab.goBack();
    expect(tab.url()).toBe(`${server.origin}/start`);
    await context.close();
  });

  it("Shift pressed three times leaves, from anywhere on the page; Shift+A does not count", async () => {
    const { context, tab } = await openFromStart("/exit");
    await tab.locator("a").first().focus();
    await tab.keyboard.press("Shift");
    await tab.keyboard.press("Shift+A");
    await tab.keyboard.press("Shift");
    await tab.waitForTimeout(200);
    expect(tab.url()).toBe(`${server.origin}/exit`);
    const status = await tab.locator("stalker-help-widget [role=status]").textContent();
    expect(status).toContain("2");
    await tab.keyboard.press("Shift");
    await tab.keyboard.press("Shift");
    await tab.waitForURL(`${server.origin}/neutral`);
    await context.close();
  });

  it("is reachable by keyboard: Tab to the exit button and press Enter", async () => {
    const { context, tab } = await openFromStart("/exit");
    await tab.locator("a").first().focus();
    await tab.keyboard.press("Tab");
    const focused = await tab.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute("part"));
    expect(focused).toBe("exit");
    const described = await tab.evaluate(() => {
      const root = document.querySelector("stalker-help-widget")?.shadowRoot;
      const id = root?.querySelector("[part~=exit]")?.getAttribute("aria-describedby") ?? "";
      return root?.getElementById(id)?.textContent ?? "";
    });
    expect(described).toContain("Shift");
    await tab.keyboard.press("Enter");
    await tab.waitForURL(`${server.origin}/neutral`);
    await context.close();
  });

  it("covers the widget at once while leaving, and resets when the page comes back from the back-forward cache", async () => {
    const { context, tab } = await open("/exit-slow");
    // Observed from inside the page: Playwright cannot evaluate while a navigation is pending.
    const seen = await tab.evaluate(async () => {
      const el = document.querySelector("stalker-help-widget");
      const root = el?.shadowRoot;
      if (!el || !root) throw new Error("no widget");
      const state = () => {
        const box = root.querySelector(".cover")?.getBoundingClientRect();
        const content = root.querySelector(".content");
        return {
          cover: box ? { width: box.width, height: box.height } : null,
          content: content ? getComputedStyle(content).visibility : "missing",
        };
      };
      root.querySelector<HTMLElement>("[part~=exit]")?.click();
      await el.updateComplete;
      const leaving = state();
      window.stop();
      window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true }));
      await el.updateComplete;
      return { leaving, back: state(), viewport: { width: innerWidth, height: innerHeight } };
    });
    // The cover fills the viewport (not just the widget) and the help underneath is hidden.
    expect(seen.leaving).toEqual({ cover: seen.viewport, content: "hidden" });
    expect(seen.back).toEqual({ cover: null, content: "visible" });
    await context.close();
  });
});

describe("open now, from a browser in New York", () => {
  it("at 23:00 in Japan, always-open windows are open and weekday-hours windows are closed", async () => {
    const context = await browser.newContext({ timezoneId: "America/New_York" });
    const tab = await context.newPage();
    // Wednesday 2 December 2026, 23:00 in Japan = 09:00 the same day in New York.
    await tab.clock.setFixedTime(new Date("2026-12-02T14:00:00Z"));
    await tab.goto(`${server.origin}/plain`);
    await tab.locator("stalker-help-widget [part~=card]").first().waitFor();
    for (const contact of dataset.contacts) {
      const badge = tab.locator(`stalker-help-widget [data-contact-id="${contact.id}"] .card-head [part~=badge]`);
      const shown = (await badge.textContent())?.trim() ?? "";
      if (contact.schedule.type === "always") expect(shown, contact.id).toMatch(/^受付中/);
      else if (contact.schedule.type === "weekly") expect(shown, contact.id).toMatch(/^受付時間外/);
      // A form read later is never "open" at night (the widget's own wording for it is still to come).
      else if (contact.schedule.type === "deferred") expect(shown, contact.id).not.toMatch(/^受付中/);
      else expect(shown, contact.id).toMatch(/^受付時間は地域などで異なります/);
    }
    await context.close();
  });
});
