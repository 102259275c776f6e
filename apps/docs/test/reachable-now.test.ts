// "Reachable now" on the docs home, in real Chromium with a fixed clock (Japan time, seen from Los Angeles): at the
// five moments, at 390 × 844 and 1280 × 900, in ja and en, with and without "I can't talk on the phone", the first
// contact shown has its one action on the first screen, at least 44 px high, and "can't talk" never offers a call.
import { contactReach, contacts, dialText, openBadge } from "@netstalker/data";
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

describe("the time and the dialling note beside each row", () => {
  it.each(["ja", "en"] as const)("is the data package's open-now badge time, in Japan time (%s)", async (lang) => {
    // A weekday at 23:00 in Japan: most windows are closed and open tomorrow morning, a few are open until a time.
    const now = japanTime("2026-12-09T23:00");
    const context = await site.browser.newContext({ timezoneId: "America/Los_Angeles" });
    const page = await context.newPage();
    try {
      await page.clock.setFixedTime(now);
      await page.goto(`${site.origin}${lang === "en" ? "/en/" : "/"}`);
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("[data-reach-now] [data-group] .reach-row:not([hidden])")].map(
          (row) => ({
            id: row.dataset.contactId ?? "",
            state: row.dataset.openStatus ?? "",
            when: row.querySelector("[data-when]")?.textContent ?? "",
            byHand: row.querySelector(".reach-by-hand:not([hidden])")?.textContent?.trim() ?? "",
          }),
        ),
      );
      expect(rows.filter((r) => r.state === "closed" && r.when !== "").length).toBeGreaterThan(0);
      // A # code (#8103, #9110) says how to type it beside its action, in the data package's words; nothing else does.
      expect(rows.filter((r) => r.byHand !== "").length).toBeGreaterThan(0);
      for (const row of rows) {
        const contact = contacts.find((c) => c.id === row.id);
        const reach = contact && contactReach(contact, now);
        if (!reach) throw new Error(`row ${row.id} is not a reachable contact`);
        expect(row.state, row.id).toBe(reach.status.state);
        expect(row.when, row.id).toBe(openBadge(reach.status, now, lang).when ?? "");
        expect(row.byHand, row.id).toBe(dialText(reach.channel, lang)?.byHand ?? "");
      }
    } finally {
      await context.close();
    }
  });
});
