// `pnpm bench`: prints the two brotli sizes and the time from the bundle starting to evaluate to the first contact
// card on screen, in headless Chromium (median of several cold page loads). Run after `pnpm build`.
import { launchChromium } from "../src/test-support/chromium.js";
import { page, startServer } from "../src/test-support/static-server.js";
import { measure, report } from "./check-size.js";

const RUNS = 15;

for (const line of report(measure())) console.log(line);

// An inline-free page: a tiny module marks the moment before the bundle evaluates (module scripts run in order), and
// a listener stamps the first frame in which a contact card exists in the widget's shadow root.
const server = await startServer(
  {
    "/": page(
      `<script type="module" src="/mark.js"></script><stalker-help-widget></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
    ),
  },
  (_req, res, url) => {
    if (url.pathname !== "/mark.js") return false;
    res.writeHead(200, { "content-type": "text/javascript" });
    res.end(`performance.mark("bundle-start");
const el = document.querySelector("stalker-help-widget");
const check = () => el.shadowRoot?.querySelector("[part~=card]") ? performance.mark("first-card") : requestAnimationFrame(check);
el.addEventListener("stalker-help-data", () => { el.updateComplete.then(() => { if (el.shadowRoot?.querySelector("[part~=card]")) performance.mark("first-card"); else check(); }); }, { once: true });`);
    return true;
  },
);
const browser = await launchChromium();
const times: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(server.origin);
    // A string, not a function: tsx would wrap a function with helpers that do not exist in the page.
    const ms = await tab.evaluate<number>(`new Promise((resolve) => {
      const done = () => {
        const [start] = performance.getEntriesByName("bundle-start");
        const [card] = performance.getEntriesByName("first-card");
        if (start && card) resolve(card.startTime - start.startTime);
        else setTimeout(done, 10);
      };
      done();
    })`);
    times.push(ms);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
console.log(
  `script evaluation → first contact card (Chromium, ${RUNS} cold loads): median ${median.toFixed(1)} ms, min ${(times[0] ?? 0).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms`,
);
