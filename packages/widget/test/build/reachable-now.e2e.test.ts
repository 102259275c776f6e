// "Reachable now", the first screen, in real Chromium with a fixed clock: at the five moments (Japan time, seen from a
// device in Los Angeles), at 390 × 844 and 1280 × 900, in ja and en, with and without "I can't talk on the phone" and
// a region, the first contact a person can reach other than 110 shows its action on the first screen, every action is
// a 44 × 44 px target, and on a phone the panel is at most three screens before "all contacts".
import { REACH_MOMENTS } from "@netstalker/testing/moments";
import type { Browser, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/test-support/chromium.js";
import { page, startServer, type TestServer } from "../../src/test-support/static-server.js";

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  const widget = `<stalker-help-widget></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`;
  server = await startServer({ "/ja": page(widget, "", "ja"), "/en": page(widget, "", "en") });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the test reads of a record on the page. */
interface Regional {
  id: string;
  coverage: { scope: string };
}

interface FirstScreen {
  /** The first card other than 110, in reading order, and its status. */
  id: string;
  status: string;
  /** Its action's box, relative to the top of the page. */
  action: { top: number; bottom: number; width: number; height: number; href: string };
  /** The smallest action box on the first screen. */
  smallest: { width: number; height: number };
  /** Top of "all contacts" (or the end of the panel), relative to the top of the page. */
  showAll: number;
  /** Ids of the cards folded under "for people in …". */
  elsewhere: string[];
  /** Ids of the regional contacts on screen (every one of them serves Tokyo, among other prefectures). */
  regional: string[];
}

/** Reads the first screen (scrolled to the top) out of the shadow root. */
function firstScreen(tab: Page): Promise<FirstScreen> {
  return tab.evaluate(() => {
    window.scrollTo(0, 0);
    const root = document.querySelector("stalker-help-widget")?.shadowRoot;
    if (!root) throw new Error("no widget");
    const box = (el: Element | null | undefined) => {
      const r = el?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, width: r.width, height: r.height } : null;
    };
    const ranked = [...root.querySelectorAll<HTMLElement>(".reach > .reach-cards > [part~=card]")];
    const first = ranked.find((c) => c.dataset.contactId !== "police-emergency-110");
    const action = first?.querySelector<HTMLAnchorElement>(":scope > [part~=action]");
    const sizes = ranked.map((c) => box(c.querySelector(":scope > [part~=action]"))).filter((b) => b !== null);
    const end = root.querySelector("#show-all") ?? root.querySelector(".reach")?.lastElementChild;
    return {
      id: first?.dataset.contactId ?? "",
      status: first?.dataset.openStatus ?? "",
      action: {
        ...(box(action) ?? { top: 0, bottom: 0, width: 0, height: 0 }),
        href: action?.getAttribute("href") ?? "",
      },
      smallest: {
        width: Math.min(...sizes.map((b) => b.width)),
        height: Math.min(...sizes.map((b) => b.height)),
      },
      showAll: box(end)?.top ?? 0,
      elsewhere: [...root.querySelectorAll<HTMLElement>(".elsewhere [part~=card]")].map(
        (c) => c.dataset.contactId ?? "",
      ),
      regional: (
        (document.querySelector("stalker-help-widget") as unknown as { data?: { contacts: Regional[] } }).data
          ?.contacts ?? []
      )
        .filter((c) => c.coverage.scope === "regional")
        .map((c) => c.id),
    };
  });
}

const VIEWPORTS = [
  [390, 844],
  [1280, 900],
] as const;

describe.each(VIEWPORTS)("reachable now at %i × %i", (width, height) => {
  it.each(["ja", "en"] as const)(
    "%s: the first reachable contact's action is on the first screen at every moment",
    async (lang) => {
      const context = await browser.newContext({ viewport: { width, height }, timezoneId: "America/Los_Angeles" });
      const tab = await context.newPage();
      try {
        const [, first] = REACH_MOMENTS[0];
        await tab.clock.setFixedTime(new Date(`${first}+09:00`));
        await tab.goto(`${server.origin}/${lang}`);
        await tab.locator("stalker-help-widget [part~=card]").first().waitFor();
        for (const [moment, local] of REACH_MOMENTS) {
          for (const textOnly of [false, true]) {
            for (const region of [undefined, "13"]) {
              const label = `${moment} ${textOnly ? "can't talk" : "any"} ${region ? `region ${region}` : "no region"}`;
              await tab.clock.setFixedTime(new Date(`${local}+09:00`));
              await tab.evaluate(
                async ([textOnly, region]) => {
                  const el = document.querySelector<
                    HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> }
                  >("stalker-help-widget");
                  if (!el) throw new Error("no widget");
                  if (region) el.setAttribute("region", String(region));
                  else el.removeAttribute("region");
                  el.requestUpdate();
                  await el.updateComplete;
                  const button = el.shadowRoot?.querySelector<HTMLButtonElement>(".cannot-talk");
                  if ((button?.getAttribute("aria-pressed") === "true") !== textOnly) button?.click();
                  await el.updateComplete;
                },
                [textOnly, region] as const,
              );
              const screen = await firstScreen(tab);
              expect(screen.id, label).not.toBe("");
              expect(screen.action.bottom, `${label}: ${screen.id}'s action`).toBeLessThanOrEqual(height);
              expect(screen.action.height, label).toBeGreaterThanOrEqual(44);
              expect(screen.smallest.height, label).toBeGreaterThanOrEqual(44);
              expect(screen.smallest.width, label).toBeGreaterThanOrEqual(44);
              // Can't talk: the action is never a call.
              if (textOnly) expect(screen.action.href.startsWith("tel:"), label).toBe(false);
              if (!textOnly) {
                // 110 answers at every hour; the next one is reachable too, or else its hours are unknown, never closed
                // while something else is open.
                expect(["open", "unknown"], `${label}: ${screen.id}`).toContain(screen.status);
              }
              // Regional desks: folded under "for people in …" without a region; each of them serves Tokyo, so
              // with region 13 they rank with the national ones.
              if (!textOnly) {
                expect(screen.regional.length, label).toBeGreaterThan(0);
                expect(screen.elsewhere.sort(), label).toEqual(region ? [] : [...screen.regional].sort());
              }
              if (width === 390) expect(screen.showAll, label).toBeLessThanOrEqual(3 * height);
            }
          }
        }
      } finally {
        await context.close();
      }
    },
  );
});
