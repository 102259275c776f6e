// "Reachable now" on the docs home, in real Chromium with a fixed clock (Japan time, seen from Los Angeles): at the
// five moments, at 390 × 844 and 1280 × 900, in ja and en, with and without "I can't talk on the phone", the first
// contact shown has its one action on the first screen, at least 44 px high, and "can't talk" never offers a call.
import { japanTime, REACH_MOMENTS } from "@netstalker/testing/moments";
import { describe, expect, it } from "vitest";
import { useSiteBrowser } from "./site-browser.js";

const site = useSiteBrowser();

describe.each([
  [390, 844],
  [1280, 900],
] as const)("the docs home's first screen at %i × %i", (width, height) => {
  it.each(["ja", "en"] as const)("%s", async (lang) => {
    const context = await site.browser.newContext({ viewport: { width, height }, timezoneId: "America/Los_Angeles" });
    const page = await context.newPage();
    try {
      for (const [moment, local] of REACH_MOMENTS) {
        await page.clock.setFixedTime(japanTime(local));
        await page.goto(`${site.origin}${lang === "en" ? "/en/" : "/"}`);
        for (const textOnly of [false, true]) {
          const label = `${moment} ${textOnly ? "can't talk" : "any"}`;
          if (textOnly) await page.locator("[data-cannot-talk]").click();
          const first = await page.evaluate(() => {
            window.scrollTo(0, 0);
            const row = document.querySelector<HTMLElement>("[data-reach-now] [data-group] .reach-row:not([hidden])");
            const action = row?.querySelector<HTMLElement>(".reach-action:not([hidden])");
            const box = action?.getBoundingClientRect();
            return {
              id: row?.dataset.contactId ?? "",
              status: row?.dataset.openStatus ?? "",
              bottom: box?.bottom ?? Number.POSITIVE_INFINITY,
              height: box?.height ?? 0,
              href: action?.getAttribute("href") ?? "",
            };
          });
          expect(first.id, label).not.toBe("");
          expect(first.bottom, `${label}: ${first.id}`).toBeLessThanOrEqual(height);
          expect(first.height, label).toBeGreaterThanOrEqual(44);
          if (textOnly) expect(first.href.startsWith("tel:"), label).toBe(false);
          else expect(["open", "unknown"], label).toContain(first.status);
        }
      }
    } finally {
      await context.close();
    }
  });
});
