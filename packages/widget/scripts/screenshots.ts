// Screenshots of every view, in ja and en, light and dark, narrow and wide, for a person to look at.
// Usage: pnpm build && tsx scripts/screenshots.ts [cdn|standalone]  → screenshots/*.png
// Default: the CDN build (stalker-help-widget.js with its data files and chunks), as the embed guide's one tag loads it.
import { mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { LANGS } from "@netstalker/data";
import type { Page } from "playwright";
import { launchChromium } from "../src/test-support/chromium.js";
import { page, startServer } from "../src/test-support/static-server.js";

const views = ["contacts", "remedies", "faq", "triage"] as const;
/** What a person might type: an ex-partner exposing their address (the removal path, with ex-partner understood). */
const WORDS = { ja: "元カレにSNSで住所をさらされた", en: "My ex posted my address on social media" } as const;

/** A screenshot of one element (scrolled into view, its folds opened), taller than the viewport if need be. */
async function shoot(tab: Page, selector: string, name: string): Promise<void> {
  const target = tab.locator(selector).first();
  await target.evaluate((el) => {
    for (const d of el.querySelectorAll("details")) d.open = true;
  });
  // From the top of the page: the sticky exit bar then sits above the element instead of over it.
  await tab.evaluate(() => window.scrollTo(0, 0));
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  const scroll = 0;
  // The first 1600 px of it: what a person reads first (the whole of a long list helps nobody look at it).
  await tab.screenshot({
    path: new URL(name, out).pathname,
    fullPage: true,
    clip: { x: box.x, y: box.y + scroll, width: box.width, height: Math.min(box.height, 1600) },
  });
}
const out = new URL("../screenshots/", import.meta.url);
mkdirSync(out, { recursive: true });

const build =
  parseArgs({ allowPositionals: true }).positionals[0] === "standalone"
    ? "stalker-help-widget.standalone.js"
    : "stalker-help-widget.js";
const server = await startServer({
  "/": page(`<main><stalker-help-widget></stalker-help-widget></main><script type="module" src="/${build}"></script>`),
  "/en": page(
    `<main><stalker-help-widget></stalker-help-widget></main><script type="module" src="/${build}"></script>`,
    "",
    "en",
  ),
});
const browser = await launchChromium();
try {
  for (const lang of LANGS) {
    for (const scheme of ["light", "dark"] as const) {
      for (const [width, height] of [
        [390, 844],
        [1280, 900],
      ] as const) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
        const tab = await context.newPage();
        await tab.goto(`${server.origin}${lang === "en" ? "/en" : "/"}?theme=${scheme}`);
        await tab.evaluate((t) => document.querySelector("stalker-help-widget")?.setAttribute("theme", t), scheme);
        await tab.locator("stalker-help-widget [part~=card]").first().waitFor();
        for (const view of views) {
          await tab.locator(`stalker-help-widget #tab-${view}`).click();
          if (view === "remedies" || view === "faq") {
            await tab.locator("stalker-help-widget .panel:not([hidden]) details[part] > summary").first().click();
          }
          if (view === "triage") {
            // The person's own words, what was understood (chips) and the results, as one frightened reader sees them.
            await tab.locator("stalker-help-widget #triage-text").fill(WORDS[lang]);
            await tab.locator("stalker-help-widget .chip").first().waitFor();
            await tab.locator("stalker-help-widget input[type=radio]").nth(1).check();
            await tab.screenshot({ path: new URL(`triage-text-${lang}-${scheme}-${width}.png`, out).pathname });
            await tab.locator("stalker-help-widget button[type=submit]").click();
            await tab.locator("stalker-help-widget #triage-results").waitFor();
            await shoot(tab, "stalker-help-widget .triage-results", `triage-results-${lang}-${scheme}-${width}.png`);
            await shoot(tab, "stalker-help-widget .triage-results .removal", `removal-${lang}-${scheme}-${width}.png`);
          }
          const file = new URL(`${view}-${lang}-${scheme}-${width}.png`, out);
          await tab.screenshot({ path: file.pathname, fullPage: false });
        }
        // A card with a short code: the code as text, how to dial it by hand, the alternatives.
        await tab.locator("stalker-help-widget #tab-contacts").click();
        await shoot(
          tab,
          'stalker-help-widget [data-contact-id="police-consultation-9110"]',
          `card-9110-${lang}-${scheme}-${width}.png`,
        );
        if (scheme === "light" && width === 1280) {
          // What a person gets on paper: the contacts list, whichever tab was open.
          await tab.emulateMedia({ media: "print" });
          await tab.screenshot({ path: new URL(`print-${lang}.png`, out).pathname, fullPage: false });
        }
        await context.close();
      }
    }
  }
  console.log(`screenshots written to ${out.pathname}`);
} finally {
  await browser.close();
  await server.close();
}
