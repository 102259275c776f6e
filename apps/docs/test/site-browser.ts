import { chromiumLaunchOptions } from "@netstalker/testing/chromium";
import type { TestServer } from "@netstalker/testing/static-server";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { requireBuild, serveDist } from "./built-site.js";

/** Real headless Chromium against the built site on 127.0.0.1, for one suite. */
export interface SiteBrowser {
  /** The browser (after the suite's beforeAll). */
  readonly browser: Browser;
  /** The site's origin, e.g. http://127.0.0.1:41234. */
  readonly origin: string;
  /** Every URL a page opened with `open` asked for outside the site (data: URLs aside), in order. */
  readonly foreignRequests: readonly string[];
  /** Opens a page of the site in a new tab and expects it to answer 200. */
  open(path: string): Promise<Page>;
}

/**
 * Registers the suite's beforeAll/afterAll: serve the built site, launch the system's Chromium (Playwright cannot
 * download its own here), and close both afterwards.
 */
export function useSiteBrowser(): SiteBrowser {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    requireBuild();
    server = await serveDist();
    browser = await chromium.launch(chromiumLaunchOptions());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const site: SiteBrowser = {
    get browser() {
      if (!browser) throw new Error("the browser is launched in beforeAll: use it inside a test");
      return browser;
    },
    get origin() {
      if (!server) throw new Error("the site is served in beforeAll: use it inside a test");
      return server.origin;
    },
    foreignRequests,
    async open(path) {
      const page = await site.browser.newPage();
      const origin = site.origin;
      page.on("request", (req) => {
        if (!req.url().startsWith(origin) && !req.url().startsWith("data:")) foreignRequests.push(req.url());
      });
      const response = await page.goto(`${origin}${path}`, { waitUntil: "load" });
      expect(response?.status(), path).toBe(200);
      return page;
    },
  };
  return site;
}
