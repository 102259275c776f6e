// `pnpm bench`: prints the brotli sizes (with their budgets and targets) and, side by side in the same headless
// Chromium run, two times from "script starts" to "first contact card visible" (the first animation frame in which
// it has a box; median of several cold loads):
// - widget: dist/stalker-help-widget.js, which fetches its contacts file, validates it and renders;
// - plain DOM: a few lines that fetch the same data file, parse it and draw each contact's name and numbers as
//   plain elements: the floor any renderer of this data has to stand on.
// Targets (issue #19): widget ≤ 8 × plain DOM (aim 3×); the first screen, every file the page downloaded before the
// first card was visible, ≤ 35 KB brotli. Run after `pnpm build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchChromium } from "../src/test-support/chromium.js";
import { DIST_DIR, page, startServer } from "../src/test-support/static-server.js";
import { brotliSize, measure, report } from "./check-size.js";

const RUNS = 15;
const TARGET_RATIO = 8;
const AIM_RATIO = 3;
const FIRST_SCREEN_BUDGET = 35_000;

for (const line of report(measure())) console.log(line);

// The first card appears before stalker-help-data fires (that event waits for the records loaded right after it), so
// the page looks for it in every animation frame: the first frame in which the card has a box is when it is visible.
// The files fetched before that mark are the first screen's downloads.
const MARK_WIDGET = `performance.mark("start");
const el = document.querySelector("stalker-help-widget");
const look = () => {
  const card = el.shadowRoot?.querySelector("[part~=card]");
  if (card && card.getBoundingClientRect().height > 0) performance.mark("first-card");
  else requestAnimationFrame(look);
};
requestAnimationFrame(look);`;

const PLAIN_DOM = `performance.mark("start");
const data = await (await fetch("/stalker-help-widget.data.ja.json")).json();
const list = document.createElement("ul");
for (const c of data.contacts) {
  const li = document.createElement("li");
  const h = document.createElement("h3");
  h.textContent = c.name;
  li.append(h);
  for (const ch of c.channels) {
    const p = document.createElement("p");
    p.textContent = ch.number ?? ch.code ?? ch.url ?? "";
    li.append(p);
  }
  list.append(li);
}
document.body.append(list);
// The same definition as the widget's: the first animation frame in which the card has a box.
requestAnimationFrame(() => performance.mark("first-card"));`;

// Inline-free pages: a tiny module marks the start before the measured script evaluates (module scripts run in order).
const server = await startServer(
  {
    "/widget": page(
      `<script type="module" src="/mark.js"></script><stalker-help-widget></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
    ),
    "/plain": page(`<script type="module" src="/plain.js"></script>`),
  },
  (_req, res, url) => {
    const body = url.pathname === "/mark.js" ? MARK_WIDGET : url.pathname === "/plain.js" ? PLAIN_DOM : null;
    if (body === null) return false;
    res.writeHead(200, { "content-type": "text/javascript" });
    res.end(body);
    return true;
  },
);

const browser = await launchChromium();
const times: Record<"widget" | "plain", number[]> = { widget: [], plain: [] };
/** The dist files the widget page had fetched when its first card became visible, on the last cold load. */
let firstScreenFiles: string[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    // Alternating, so that both see the same machine load.
    for (const kind of ["widget", "plain"] as const) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${server.origin}/${kind}`);
      // A string, not a function: tsx would wrap a function with helpers that do not exist in the page.
      const ms = await tab.evaluate<number>(`new Promise((resolve) => {
        const done = () => {
          const [start] = performance.getEntriesByName("start");
          const [card] = performance.getEntriesByName("first-card");
          if (start && card) resolve(card.startTime - start.startTime);
          else setTimeout(done, 10);
        };
        done();
      })`);
      times[kind].push(ms);
      if (kind === "widget") {
        firstScreenFiles = await tab.evaluate<string[]>(`(() => {
          const [card] = performance.getEntriesByName("first-card");
          return performance.getEntriesByType("resource")
            .filter((r) => r.startTime < card.startTime)
            .map((r) => new URL(r.name).pathname)
            .filter((p) => p !== "/mark.js");
        })()`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? Number.NaN;
for (const kind of ["widget", "plain"] as const) {
  const sorted = [...times[kind]].sort((a, b) => a - b);
  console.log(
    `${kind === "widget" ? "widget   " : "plain DOM"} start → first contact card (Chromium, ${RUNS} cold loads): median ${median(sorted).toFixed(1)} ms, min ${(sorted[0] ?? 0).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
  );
}
const ratio = median(times.widget) / median(times.plain);
console.log(
  `first card visible, widget / plain DOM: ${ratio.toFixed(1)}× (target ≤ ${TARGET_RATIO}×: ${ratio <= TARGET_RATIO ? "met" : "NOT met"}; aim ${AIM_RATIO}×: ${ratio <= AIM_RATIO ? "met" : "not yet"})`,
);
// Every file downloaded before the first card was visible (the page itself is the partner's, not counted).
const distDir = fileURLToPath(new URL(`file://${DIST_DIR}`));
// Only the widget's own files (the browser's own favicon request is not the widget's).
firstScreenFiles = firstScreenFiles.filter((path) => existsSync(distDir + path.slice(1)));
const firstScreen = firstScreenFiles.reduce((total, path) => total + brotliSize(distDir + path.slice(1)), 0);
console.log(
  `first screen, ja, measured (${firstScreenFiles.join(" + ")}): ${(firstScreen / 1000).toFixed(1)} KB brotli (budget ${(FIRST_SCREEN_BUDGET / 1000).toFixed(0)} KB: ${firstScreen <= FIRST_SCREEN_BUDGET ? "met" : "NOT met"})`,
);
if (firstScreenFiles.some((p) => p.startsWith("/chunks/"))) {
  console.log("NOT paint-first: a lazy chunk was fetched before the first card was visible");
}
