// Screenshots of every view, in ja and en, light and dark, narrow and wide, for a person to look at.
// Usage: pnpm build && tsx scripts/screenshots.ts  → screenshots/*.png
import { mkdirSync } from "node:fs";
import { launchChromium } from "../src/test-support/chromium.js";
import { page, startServer } from "../src/test-support/static-server.js";

const views = ["contacts", "remedies", "faq", "triage"] as const;
const out = new URL("../screenshots/", import.meta.url);
mkdirSync(out, { recursive: true });

const server = await startServer({
  "/": page(
    `<main><stalker-help-widget></stalker-help-widget></main><script type="module" src="/stalker-help-widget.js"></script>`,
  ),
  "/en": page(
    `<main><stalker-help-widget></stalker-help-widget></main><script type="module" src="/stalker-help-widget.js"></script>`,
    "",
    "en",
  ),
});
const browser = await launchChromium();
try {
  for (const lang of ["ja", "en"] as const) {
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
            await tab.locator("stalker-help-widget input[type=radio]").nth(1).check();
            await tab.locator("stalker-help-widget input[type=checkbox]").nth(2).check();
            await tab.locator("stalker-help-widget button[type=submit]").click();
            await tab.locator("stalker-help-widget #triage-results").waitFor();
          }
          const file = new URL(`${view}-${lang}-${scheme}-${width}.png`, out);
          await tab.screenshot({ path: file.pathname, fullPage: false });
        }
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
