// Writes dist/a11y-report.json: axe-core's WCAG 2.x A/AA rules (JIS X 8341-3:2016 adopts WCAG 2.0 as is) run on every
// view of the built widget, in Japanese and English, light and dark, phone and desktop width, in headless Chromium.
// The docs' partner kit shows it next to the manual checklist. Usage: pnpm build && tsx scripts/a11y-report.ts
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { LANGS } from "@netstalker/data";
import { launchChromium } from "../src/test-support/chromium.js";
import { page, startServer } from "../src/test-support/static-server.js";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const { version: axeVersion } = JSON.parse(readFileSync(require.resolve("axe-core/package.json"), "utf8")) as {
  version: string;
};
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const VIEWS = ["contacts", "remedies", "faq", "triage"] as const;

const server = await startServer(
  Object.fromEntries(
    LANGS.flatMap((lang) =>
      (["light", "dark"] as const).flatMap((theme) =>
        VIEWS.map((view) => [
          `/${lang}/${theme}/${view}`,
          page(
            `<main><stalker-help-widget view="${view}" theme="${theme}"></stalker-help-widget></main><script type="module" src="/stalker-help-widget.js"></script>`,
            "",
            lang,
          ),
        ]),
      ),
    ),
  ),
);
const browser = await launchChromium();
const runs: {
  page: string;
  width: number;
  violations: { id: string; impact: string | null; nodes: number }[];
  passes: number;
}[] = [];
try {
  for (const lang of LANGS) {
    for (const theme of ["light", "dark"]) {
      for (const view of VIEWS) {
        for (const width of [390, 1280]) {
          const context = await browser.newContext({ viewport: { width, height: 900 } });
          const tab = await context.newPage();
          await tab.goto(`${server.origin}/${lang}/${theme}/${view}`);
          await tab.locator("stalker-help-widget .panel").first().waitFor();
          await tab.addScriptTag({ content: axeSource });
          const result = (await tab.evaluate(
            `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } })`,
          )) as {
            violations: { id: string; impact: string | null; nodes: unknown[] }[];
            passes: unknown[];
          };
          runs.push({
            page: `${lang}/${theme}/${view}`,
            width,
            violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
            passes: result.passes.length,
          });
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
const report = {
  widget: version,
  axe: axeVersion,
  tags: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
  generatedAt: new Date().toISOString(),
  runs,
};
writeFileSync("dist/a11y-report.json", `${JSON.stringify(report, null, 2)}\n`);
const failing = runs.filter((r) => r.violations.length > 0);
console.log(`a11y report: ${runs.length} runs, ${failing.length} with violations → dist/a11y-report.json`);
for (const r of failing)
  console.log(`  ${r.page} @${r.width}px: ${r.violations.map((v) => `${v.id} (${v.nodes})`).join(", ")}`);
