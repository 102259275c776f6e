import { contacts, remedies } from "@netstalker/data";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { builtPages, readPage } from "./built-site.js";
import { useSiteBrowser } from "./site-browser.js";

// Real headless Chromium (the system's; Playwright cannot download its own here) against the built site on 127.0.0.1.
const site = useSiteBrowser();
const open = site.open;

describe("accessibility", () => {
  it("axe finds no serious or critical violation on any built page", async () => {
    const pages = builtPages();
    const problems: string[] = [];
    const queue = [...pages];
    // One context with axe injected into every document; two tabs share the queue (2 cores).
    const context = await site.browser.newContext();
    await context.addInitScript({ content: axe.source });
    const worker = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const response = await page.goto(`${site.origin}${path}`, { waitUntil: "load" });
        if (response?.status() !== 200) problems.push(`${path} answered ${response?.status()}`);
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, {
            resultTypes: ["violations"],
          });
          return result.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        });
        problems.push(...violations.map((v) => `${path} ${v}`));
      }
      await page.close();
    };
    await Promise.all([worker(), worker()]);
    await context.close();
    expect(problems).toEqual([]);
    // 167 pages took 189 s in the fresh-clone run of 2026-12-07 (two tabs, 2 cores, other suites beside it): room
    // for a slower machine and more pages.
  }, 480_000);
});

describe("live widget", () => {
  for (const path of ["/embed/", "/en/embed/"]) {
    it(`renders on ${path} from the self-hosted bundle`, async () => {
      const page = await open(path);
      const widget = page.locator("stalker-help-widget").first();
      await widget.waitFor();
      const rendered = await page.waitForFunction(() => {
        const el = document.querySelector("stalker-help-widget");
        return (
          customElements.get("stalker-help-widget") !== undefined &&
          (el?.shadowRoot?.textContent ?? "").trim().length > 0
        );
      });
      expect(await rendered.jsonValue()).toBe(true);
      // The quick exit is the widget's promise to the people we help: it must be on the page.
      expect(await widget.locator("[part~='exit']").count()).toBeGreaterThan(0);
      await page.close();
    });
  }
});

describe("privacy", () => {
  it("the pages we tested asked no other origin for anything", () => {
    expect(site.foreignRequests).toEqual([]);
  });
});

describe("open-now note", () => {
  it("is computed in the browser on a contact page", async () => {
    const contact = contacts[0];
    expect(contact).toBeDefined();
    const page = await open(`/contacts/${contact?.id}/`);
    const note = page.locator(".open-now").first();
    await note.waitFor({ state: "visible" });
    expect((await note.textContent())?.trim().length).toBeGreaterThan(0);
    await page.close();
  });
});

describe("Japanese search (Pagefind)", () => {
  async function searchJa(query: string): Promise<string[]> {
    const page = await open("/");
    // A string, not a function: vitest would rewrite a dynamic import() inside a function body.
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      await pagefind.init();
      const search = await pagefind.search(${JSON.stringify(query)});
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.map((d) => new URL(d.url, location.origin).pathname);
    })()`)) as string[];
    await page.close();
    return urls;
  }

  it("finds the contacts named with 人権 for 人権", async () => {
    const expected = contacts.filter((c) => c.name.ja.includes("人権")).map((c) => `/contacts/${c.id}/`);
    expect(expected.length, "the dataset has a contact named with 人権").toBeGreaterThan(0);
    const found = await searchJa("人権");
    for (const url of expected) expect(found, url).toContain(url);
  });

  it("finds the remedies titled with 開示 for 開示", async () => {
    const expected = remedies.filter((r) => r.title.ja.includes("開示")).map((r) => `/remedies/${r.id}/`);
    expect(expected.length, "the dataset has a remedy titled with 開示").toBeGreaterThan(0);
    const found = await searchJa("開示");
    for (const url of expected) expect(found, url).toContain(url);
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}

describe("quick exit on every page", () => {
  const WEATHER = "https://tenki.jp/";

  /** A tab whose requests to the exit destination get a stand-in page (nothing leaves this machine). */
  async function tab(viewport = { width: 390, height: 800 }) {
    const context = await site.browser.newContext({ viewport });
    await context.route(`${WEATHER}**`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>weather</title>" }),
    );
    return { context, page: await context.newPage() };
  }

  it("is on every built page, in the page's language, with the widget's words", () => {
    const missing = builtPages().filter((path) => {
      const html = readPage(path);
      const label = path.startsWith("/en/") ? "Exit this page now" : "すぐにこのページを離れる";
      return !html.includes(`data-quick-exit="${WEATHER}"`) || !html.includes(`>${label}</button>`);
    });
    expect(missing).toEqual([]);
  });

  it("stays in view on a phone, big enough to tap, and leaves by replacing the page", async () => {
    const { context, page } = await tab();
    await page.goto(`${site.origin}/`);
    await page.goto(`${site.origin}/triage/`);
    await page.mouse.wheel(0, 2000);
    const button = page.getByRole("button", { name: "すぐにこのページを離れる" });
    const box = await button.boundingBox();
    expect(box && box.height >= 44 && box.y + box.height <= 800 && box.y >= 0).toBe(true);
    await button.click();
    await page.waitForURL(WEATHER);
    // replace(), not a new entry: "back" goes to the page before, not to the page that was left.
    await page.goBack();
    expect(page.url()).toBe(`${site.origin}/`);
    await context.close();
  });

  it("leaves on Shift pressed three times, but not while a Japanese IME composes", async () => {
    const { context, page } = await tab({ width: 1280, height: 800 });
    await page.goto(`${site.origin}/en/remedies/`);
    await page.evaluate(() => {
      for (let i = 0; i < 3; i++) {
        for (const type of ["keydown", "keyup"]) {
          document.dispatchEvent(new KeyboardEvent(type, { key: "Shift", keyCode: 229, isComposing: true }));
        }
      }
    });
    await page.waitForTimeout(200);
    expect(page.url()).toBe(`${site.origin}/en/remedies/`);
    await page.keyboard.press("Shift");
    await expect
      .poll(() => page.locator("[data-quick-exit-status]").textContent())
      .toBe("Press Shift 2 more times to exit this page.");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.waitForURL(WEATHER);
    await context.close();
  });

  it("can still be tapped while the search dialog covers the page", async () => {
    const { context, page } = await tab();
    await page.goto(`${site.origin}/triage/`);
    await page.locator("site-search button").first().click();
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    await dialog.locator("input").first().fill("元交際相手");
    // Inside the modal dialog (the rest of the page is inert under it), and in view.
    const button = dialog.getByRole("button", { name: "すぐにこのページを離れる" });
    const box = await button.boundingBox();
    expect(box && box.y + box.height <= 800).toBe(true);
    await button.click();
    await page.waitForURL(WEATHER);
    await context.close();
  });

  it("goes back to its place when the search dialog closes", async () => {
    const { context, page } = await tab();
    await page.goto(`${site.origin}/triage/`);
    await page.locator("site-search button").first().click();
    await page.locator("dialog[open]").waitFor();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await page.evaluate(() => document.querySelector("[data-quick-exit]")?.parentElement?.tagName)).toBe("BODY");
    await page.getByRole("button", { name: "すぐにこのページを離れる" }).click();
    await page.waitForURL(WEATHER);
    await context.close();
  });

  it("forgets the search words when the page is left and restored", async () => {
    const { context, page } = await tab({ width: 1280, height: 800 });
    await page.goto(`${site.origin}/`);
    await page.evaluate(() => {
      const field = document.createElement("input");
      field.id = "typed";
      field.value = "元交際相手 つきまとい";
      document.body.append(field);
      window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true }));
    });
    expect(await page.locator("#typed").inputValue()).toBe("");
    await context.close();
  });
});
