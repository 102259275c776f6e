// Whole-page tests of issue #14's embedding and hardening: the iframe embed page in a cross-origin frame, integrity
// hashes, per-language data files and the single-file build, themes, IME composition, the back/forward cache and
// Trusted Types. Run after `pnpm build`.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Browser, BrowserContext, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./test-support/chromium.js";
import { afterFirstCard, DIST_DIR, page, startServer, type TestServer } from "./test-support/static-server.js";

const TT_CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html">`;

/** Pages of the partner site (asked for on localhost): the embed frame, the pinned and the tampered script tag. */
function partnerPages(_req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const ours = server.origin;
  const hashes = JSON.parse(readFileSync(`${DIST_DIR}integrity.json`, "utf8")) as Record<string, string>;
  // The pinned snippet of the embed guide: the code by its integrity, the records by data-integrity.
  const dataIntegrity = ["data", "details"].map((f) => hashes[`stalker-help-widget.${f}.en.json`] ?? "").join(" ");
  const script = (integrity: string) =>
    `<stalker-help-widget data-integrity="${dataIntegrity}"></stalker-help-widget><script type="module" src="${ours}/stalker-help-widget.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
  let body: string;
  if (url.pathname === "/partner") {
    const sandbox = url.searchParams.get("sandbox");
    body = page(
      `<p>partner</p><script src="/partner.js"></script><iframe id="help" title="help" style="width:100%;border:0" src="${ours}/embed.html?${url.searchParams.get("q") ?? ""}"${
        sandbox === null ? "" : ` sandbox="${sandbox}"`
      }></iframe>`,
    );
  } else if (url.pathname === "/partner.js") {
    // The three-line listener of the embed guide, plus a record of the heights for the test.
    res.writeHead(200, { "content-type": "text/javascript" });
    // Like any script on a partner page (analytics, ads), it also records every message the page receives.
    res.end(`window.heights = [];
window.messages = [];
addEventListener("message", (e) => {
  window.messages.push({ origin: e.origin, data: JSON.stringify(e.data) });
  if (e.origin !== "${ours}" || e.data?.type !== "stalker-help-widget:height") return;
  window.heights.push(e.data.height);
  document.getElementById("help").style.height = e.data.height + "px";
});`);
    return true;
  } else if (url.pathname === "/pinned") body = page(script(hashes["stalker-help-widget.js"] ?? ""), "", "en");
  else if (url.pathname === "/tampered") body = page(script(`sha384-${"A".repeat(64)}`));
  else return false;
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(body);
  return true;
}

let server: TestServer;
let browser: Browser;
/** The same server under a second name: a different origin, as a partner site embedding the frame would be. */
let partner: string;

beforeAll(async () => {
  server = await startServer(
    {
      "/neutral": page("<p>neutral</p>"),
      "/standalone": page(
        `<stalker-help-widget lang="en"></stalker-help-widget><script type="module" src="/stalker-help-widget.standalone.js"></script>`,
      ),
      "/en": page(
        `<stalker-help-widget></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
        "",
        "en",
      ),
      "/themes": page(
        `<stalker-help-widget id="light"></stalker-help-widget><stalker-help-widget id="dark" theme="dark"></stalker-help-widget><stalker-help-widget id="auto" theme="auto"></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
      ),
      "/typing": page(
        `<input id="field"><stalker-help-widget exit-url="/neutral" view="triage"></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
      ),
      "/trusted-types-page": page(
        `<stalker-help-widget></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
        TT_CSP,
      ),
    },
    partnerPages,
  );
  partner = server.origin.replace("127.0.0.1", "localhost");
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function cards(tab: Page, selector = "stalker-help-widget"): Promise<void> {
  await tab.locator(`${selector} [part~=card]`).first().waitFor();
}

describe("the iframe embed page", () => {
  async function openPartner(query: string, sandbox?: string) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requests: { url: string; referer?: string }[] = [];
    tab.on("request", (r) => requests.push({ url: r.url(), referer: r.headers().referer }));
    // The partner is a real page on another origin (localhost vs 127.0.0.1) that listens as the docs say.
    const params = new URLSearchParams({ q: query, ...(sandbox === undefined ? {} : { sandbox }) });
    await tab.goto(`${partner}/partner?${params}`);
    const frame = tab.frameLocator("#help");
    await frame.locator("stalker-help-widget [part~=card]").first().waitFor();
    return { context, tab, frame, requests };
  }

  it("is framable from another origin, configured by the query, and posts its height to the parent it names, once", async () => {
    const { context, tab, frame, requests } = await openPartner(
      `lang=en&view=contacts&theme=dark&compact=1&parent-origin=${encodeURIComponent(partner)}`,
    );
    await tab.waitForFunction(() => (window as unknown as { heights: number[] }).heights.length > 0);
    const heights = await tab.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(heights).toHaveLength(1);
    expect(heights[0]).toBeGreaterThan(300);
    expect(await tab.locator("#help").evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(heights[0]);
    const attrs = await frame.locator("stalker-help-widget").evaluate((el) => ({
      lang: el.getAttribute("lang"),
      view: el.getAttribute("view"),
      theme: el.getAttribute("theme"),
      compact: el.hasAttribute("compact"),
    }));
    expect(attrs).toEqual({ lang: "en", view: "contacts", theme: "dark", compact: true });
    expect(await frame.locator("stalker-help-widget [part~=exit]").textContent()).toContain("Exit this page now");
    // Only the partner page and our own origin; and our files are asked for without a referrer.
    const ours = requests.filter((r) => r.url.startsWith(server.origin));
    expect(requests.every((r) => r.url.startsWith(server.origin) || r.url.startsWith(partner))).toBe(true);
    expect(requests.filter((r) => r.url.startsWith(partner)).map((r) => new URL(r.url).pathname)).toEqual([
      "/partner",
      "/partner.js",
    ]);
    expect(ours.slice(0, 4).map((r) => new URL(r.url).pathname)).toEqual([
      "/embed.html",
      "/stalker-help-widget.js",
      "/embed.js",
      "/stalker-help-widget.data.en.json",
    ]);
    // Right after the first card: the other tabs' code and records, whatever tab is open.
    await expect
      .poll(() =>
        requests
          .filter((r) => r.url.startsWith(server.origin))
          .slice(4)
          .map((r) => new URL(r.url).pathname)
          .sort(),
      )
      .toEqual(afterFirstCard("en"));
    // No referrer value on any of our requests (the embed page says no-referrer).
    expect(ours.slice(1).every((r) => !r.referer)).toBe(true);
    await context.close();
  });

  it("tells the partner page nothing about what the person opens or types: one message, whatever happens inside", async () => {
    const { context, tab, frame } = await openPartner(`lang=ja&parent-origin=${encodeURIComponent(partner)}`);
    await tab.waitForFunction(() => (window as unknown as { messages: unknown[] }).messages.length > 0);
    const widget = frame.locator("stalker-help-widget");
    // Every tab, then words that bring the danger line into the triage form, then the results.
    for (const i of [1, 2, 3]) await widget.locator("[role=tab]").nth(i).click();
    await widget.locator("#triage-text").fill("殺すと脅されている。元カレに住所をさらされた");
    await widget.locator(".chip").first().waitFor();
    await widget.locator("button[type=submit]").click();
    await widget.locator("#triage-results").waitFor();
    await widget.locator("[role=tab]").nth(0).click();
    // Let any late ResizeObserver callback or message arrive before counting.
    await tab.waitForTimeout(400);
    const messages = await tab.evaluate(() => (window as unknown as { messages: { origin: string }[] }).messages);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.origin).toBe(server.origin);
    // The frame kept the height it reported at load (it scrolls inside).
    const reported = await tab.evaluate(() => (window as unknown as { heights: number[] }).heights[0] ?? 0);
    expect(await tab.locator("#help").evaluate((f) => Math.round(f.getBoundingClientRect().height))).toBe(reported);
    await context.close();
  });

  it("posts nothing at all without parent-origin, or to a parent of another origin than the one named", async () => {
    for (const query of ["lang=en", `lang=en&parent-origin=${encodeURIComponent("https://other.example")}`]) {
      const { context, tab, frame } = await openPartner(query);
      await frame.locator("stalker-help-widget [role=tab]").nth(3).click();
      await tab.waitForTimeout(300);
      expect(await tab.evaluate(() => (window as unknown as { messages: unknown[] }).messages), query).toEqual([]);
      await context.close();
    }
  });

  it("ignores unknown or unsafe query values and keeps safe defaults", async () => {
    const { context, frame } = await openPartner(
      `view=%3Cscript%3E&theme=neon&category=police%22%3E%3Cb%3E&exit-url=${encodeURIComponent("javascript:alert(1)")}`,
    );
    const attrs = await frame.locator("stalker-help-widget").evaluate((el) => ({
      view: el.getAttribute("view"),
      theme: el.getAttribute("theme"),
      category: el.getAttribute("category"),
      exit: el.getAttribute("exit-url"),
      lang: document.documentElement.lang,
    }));
    expect(attrs).toEqual({ view: "all", theme: "light", category: null, exit: "https://tenki.jp/", lang: "ja" });
    await context.close();
  });

  /** Answers the exit destinations (neutral sites on the internet) here, recording the requests made to them. */
  async function exitSites(context: BrowserContext): Promise<{ url: string; referer?: string }[]> {
    const seen: { url: string; referer?: string }[] = [];
    for (const site of ["https://tenki.jp/**", "https://www.jma.go.jp/**"]) {
      await context.route(site, (route) => {
        seen.push({ url: route.request().url(), referer: route.request().headers().referer });
        return route.fulfill({ contentType: "text/html", body: "<p>weather</p>" });
      });
    }
    return seen;
  }

  it("quick exit takes the whole tab to a listed destination, with no Referer", async () => {
    const jma = "https://www.jma.go.jp/jma/index.html";
    const context = await browser.newContext();
    const seen = await exitSites(context);
    const tab = await context.newPage();
    await tab.goto(`${partner}/partner?${new URLSearchParams({ q: `exit-url=${encodeURIComponent(jma)}` })}`);
    const frame = tab.frameLocator("#help");
    await frame.locator("stalker-help-widget [part~=exit]").click();
    await tab.waitForURL(jma);
    expect(tab.mainFrame().url()).toBe(jma);
    expect(seen).toEqual([{ url: jma, referer: undefined }]);
    await context.close();
  });

  it("an exit-url that is not on the shipped list goes to the default instead (no open redirect)", async () => {
    const context = await browser.newContext();
    const seen = await exitSites(context);
    const tab = await context.newPage();
    const q = `exit-url=${encodeURIComponent(`${server.origin}/neutral`)}`;
    await tab.goto(`${partner}/partner?${new URLSearchParams({ q })}`);
    const frame = tab.frameLocator("#help");
    expect(await frame.locator("stalker-help-widget").getAttribute("exit-url")).toBe("https://tenki.jp/");
    await frame.locator("stalker-help-widget [part~=exit]").click();
    await tab.waitForURL("https://tenki.jp/");
    expect(seen).toEqual([{ url: "https://tenki.jp/", referer: undefined }]);
    await context.close();
  });

  it("when the partner's sandbox forbids top navigation, the frame itself leaves", async () => {
    const context = await browser.newContext();
    await exitSites(context);
    const tab = await context.newPage();
    await tab.goto(`${partner}/partner?${new URLSearchParams({ q: "", sandbox: "allow-scripts allow-same-origin" })}`);
    const frame = tab.frameLocator("#help");
    await frame.locator("stalker-help-widget [part~=exit]").click();
    await frame.locator("text=weather").waitFor();
    expect(tab.url()).toMatch(new RegExp(`^${partner}/partner\\?`));
    await context.close();
  });
});

describe("pinned code, fresh data", () => {
  it("integrity.json holds the sha384 of every shipped file", () => {
    const hashes = JSON.parse(readFileSync(`${DIST_DIR}integrity.json`, "utf8")) as Record<string, string>;
    for (const file of [
      "stalker-help-widget.js",
      "stalker-help-widget.standalone.js",
      "embed.html",
      "embed.js",
      "stalker-help-widget.data.ja.json",
      "stalker-help-widget.data.en.json",
      "stalker-help-widget.details.ja.json",
      "stalker-help-widget.details.en.json",
    ]) {
      const expected = `sha384-${createHash("sha384")
        .update(readFileSync(DIST_DIR + file))
        .digest("base64")}`;
      expect(hashes[file], file).toBe(expected);
    }
  });

  it("the script loads with its integrity hash and crossorigin, and reads only its language's data file", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await tab.goto(`${partner}/pinned`);
    await cards(tab);
    expect(requests.slice(0, 3)).toEqual(["/pinned", "/stalker-help-widget.js", "/stalker-help-widget.data.en.json"]);
    await expect.poll(() => requests.slice(3).sort()).toEqual(afterFirstCard("en"));
    expect(await tab.locator("stalker-help-widget [part~=exit]").textContent()).toContain("Exit this page now");
    await context.close();
  });

  it("a data file changed under a pinned snippet is refused: the emergency numbers from the code stay, and the console says why", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const warnings: string[] = [];
    tab.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    // A well-formed file with one number changed: it passes every schema check, only its hash gives it away.
    const original = readFileSync(`${DIST_DIR}stalker-help-widget.data.en.json`, "utf8");
    const tampered = original.replace(/"number": ?"0570-[\d-]+"/, '"number":"0570-000-000"');
    expect(tampered).not.toBe(original);
    await tab.route("**/stalker-help-widget.data.en.json", (route) =>
      route.fulfill({ contentType: "application/json", body: tampered }),
    );
    await tab.goto(`${partner}/pinned`);
    await cards(tab);
    const ids = await tab
      .locator("stalker-help-widget [part~=card]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-contact-id")));
    expect(ids).toEqual(["police-emergency-110"]);
    expect(await tab.locator("stalker-help-widget").evaluate((el) => el.shadowRoot?.textContent)).not.toContain(
      "0570-000-000",
    );
    await expect
      .poll(() => warnings.join("\n"))
      .toMatch(/data file not used \(integrity\).*does not match data-integrity/);
    await context.close();
  });

  it("a wrong integrity hash stops the script (the browser refuses it)", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${partner}/tampered`);
    await tab.waitForTimeout(500);
    expect(await tab.evaluate(() => customElements.get("stalker-help-widget") === undefined)).toBe(true);
    await context.close();
  });

  it("a broken data file leaves the emergency numbers on screen and says why", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const warnings: string[] = [];
    tab.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    await tab.route("**/stalker-help-widget.data.en.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({ lang: "en", contacts: [{ id: 1 }], remedies: [], faqs: [] }),
      }),
    );
    await tab.goto(`${server.origin}/en`);
    await cards(tab);
    const ids = await tab
      .locator("stalker-help-widget [part~=card]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-contact-id")));
    expect(ids).toEqual(["police-emergency-110"]);
    // The warning comes once the rest has settled (after the views chunk), a moment after the fallback card.
    await expect.poll(() => warnings.join("\n")).toMatch(/data file not used \(shape\)/);
    await context.close();
  });

  it("the single-file build needs no data file", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requests: string[] = [];
    tab.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await tab.goto(`${server.origin}/standalone`);
    await cards(tab);
    expect(requests).toEqual(["/standalone", "/stalker-help-widget.standalone.js"]);
    expect(await tab.locator("stalker-help-widget [part~=card]").count()).toBeGreaterThan(10);
    await context.close();
  });
});

describe("themes, IME, back/forward cache, Trusted Types", () => {
  it("is light by default even under a dark OS; dark when asked; auto follows the OS", async () => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/themes`);
    await cards(tab, "#auto");
    const bg = (id: string) =>
      tab
        .locator(`#${id}`)
        .evaluate((el) => getComputedStyle(el.shadowRoot?.querySelector(".root") as Element).backgroundColor);
    expect(await bg("light")).toBe("rgb(255, 255, 255)");
    expect(await bg("dark")).toBe("rgb(23, 25, 28)");
    expect(await bg("auto")).toBe("rgb(23, 25, 28)");
    await tab.emulateMedia({ colorScheme: "light" });
    expect(await bg("auto")).toBe("rgb(255, 255, 255)");
    expect(await bg("dark")).toBe("rgb(23, 25, 28)");
    await context.close();
  });

  it("on a phone each card shows name, its action (44 px), open-now, who and cost first, the rest behind 詳しく; print unfolds", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/themes`);
    await cards(tab, "#light");
    const card = tab.locator("#light [part~=card]").first();
    await card.locator("details.more").waitFor();
    expect((await card.locator("details.more > summary").textContent())?.trim()).toBe("詳しく");
    expect(await card.locator("details.more").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Before the fold: the name, the badge, who it is for and the cost, and the one action (at least 44 px).
    expect(await card.locator(":scope > h3").isVisible()).toBe(true);
    expect(await card.locator(":scope > .for [part~=badge]").isVisible()).toBe(true);
    const action = await card.locator(":scope > [part~=action]").boundingBox();
    expect(action?.height).toBeGreaterThanOrEqual(44);
    // The languages are behind the fold on screen (once the views chunk has drawn it), and open when printing.
    await card.locator("details.more dt.languages").waitFor({ state: "attached" });
    expect(await card.locator("details.more dt.languages").textContent()).toBe("対応言語");
    await tab.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await expect
      .poll(() => tab.locator("#light details").evaluateAll((all) => all.every((d) => (d as HTMLDetailsElement).open)))
      .toBe(true);
    // Every outgoing link opens without telling the next site where the person came from.
    const rels = await tab
      .locator("#light a[href^='http']")
      .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("rel")))]);
    expect(rels).toEqual(["noopener noreferrer"]);
    await context.close();
  });

  it("Shift pressed while an IME composes never counts towards leaving", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/typing`);
    await tab.locator("stalker-help-widget [part~=exit]").waitFor();
    // What Chromium sends for Shift during a Japanese composition: isComposing and keyCode 229.
    await tab.evaluate(() => {
      for (let i = 0; i < 4; i++) {
        for (const type of ["keydown", "keyup"]) {
          document
            .getElementById("field")
            ?.dispatchEvent(
              new KeyboardEvent(type, { key: "Shift", keyCode: 229, isComposing: true, bubbles: true, composed: true }),
            );
        }
      }
    });
    await tab.waitForTimeout(300);
    expect(tab.url()).toBe(`${server.origin}/typing`);
    // A Shift whose keydown belonged to the composition, released after it ended: the keyup alone never counts.
    await tab.evaluate(() => {
      const field = document.getElementById("field");
      for (let i = 0; i < 4; i++) {
        const init = { key: "Shift", bubbles: true, composed: true };
        field?.dispatchEvent(new KeyboardEvent("keydown", { ...init, keyCode: 229, isComposing: true }));
        field?.dispatchEvent(new KeyboardEvent("keyup", { ...init, keyCode: 16 }));
      }
    });
    await tab.waitForTimeout(300);
    expect(tab.url()).toBe(`${server.origin}/typing`);
    // The same presses outside a composition do leave.
    await tab.locator("#field").focus();
    for (let i = 0; i < 3; i++) await tab.keyboard.press("Shift");
    await tab.waitForURL(`${server.origin}/neutral`);
    await context.close();
  });

  it("clears triage answers on pagehide and on a back/forward-cache restore", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/typing`);
    const widget = tab.locator("stalker-help-widget");
    const answer = async () => {
      await widget.locator("#triage-text").fill("元カレに住所をさらされた");
      await widget.locator(".chip").first().waitFor();
      await widget.locator('input[data-answer="need:talk"]').check();
      await widget.locator("button[type=submit]").click();
      await widget.locator("#triage-results").waitFor();
      // The box checked here, and the boxes the words checked (their chips).
      expect(await widget.locator("input:checked").count()).toBe(1 + (await widget.locator(".chip").count()));
    };
    const shown = () =>
      tab.evaluate(async () => {
        const el = document.querySelector("stalker-help-widget") as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const root = el.shadowRoot;
        return {
          checked: root?.querySelectorAll("input:checked").length,
          results: root?.querySelectorAll("#triage-results").length,
          text: root?.querySelector<HTMLTextAreaElement>("#triage-text")?.value,
          chips: root?.querySelectorAll(".chip").length,
        };
      });
    for (const type of ["pagehide", "pageshow"]) {
      await answer();
      await tab.evaluate((t) => window.dispatchEvent(new PageTransitionEvent(t, { persisted: true })), type);
      expect(await shown(), type).toEqual({ checked: 0, results: 0, text: "", chips: 0 });
    }
    await context.close();
  });

  it("renders under a Trusted Types CSP allowing only the lit-html policy, with no violation", async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    tab.on("pageerror", (e) => errors.push(String(e)));
    await tab.goto(`${server.origin}/trusted-types-page`);
    await cards(tab);
    await tab.locator("stalker-help-widget [role=tab]").nth(3).click();
    await tab.locator("stalker-help-widget form").waitFor();
    expect(await tab.evaluate(() => typeof (window as unknown as { trustedTypes?: unknown }).trustedTypes)).toBe(
      "object",
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
