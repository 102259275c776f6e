// Screenshots of the pages people look at first, in ja and en, for a human to look at (written to ./screenshots/).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { contacts } from "@netstalker/data";
import { chromiumLaunchOptions } from "@netstalker/testing/chromium";
import { chromium } from "playwright-core";
import { requireBuild, serveDist } from "../test/built-site.js";

const OUT = path.resolve("screenshots");
const first = contacts.find((c) => c.urgency !== "emergency") ?? contacts[0];
const pages = [
  "/",
  "/en/",
  `/contacts/${first?.id}/`,
  `/en/contacts/${first?.id}/`,
  "/contacts/police-consultation-9110/",
  "/en/contacts/police-consultation-9110/",
  "/remedies/",
  "/en/remedies/",
  "/triage/",
  "/en/triage/intimate-images/",
  "/platforms/",
  "/en/platforms/x/",
  "/partner-kit/",
  "/embed/",
  "/en/embed/",
];

requireBuild();
mkdirSync(OUT, { recursive: true });
const server = await serveDist();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (const [width, tag] of [
    [1280, "desktop"],
    [390, "mobile"],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: "light" });
    for (const p of pages) {
      await page.goto(`${server.origin}${p}`, { waitUntil: "networkidle" });
      const name = `${tag}${p.replace(/\/$/, "").replace(/\//g, "_") || "_home"}.png`;
      await page.screenshot({ path: path.join(OUT, name), fullPage: tag === "desktop" });
      console.log(path.join(OUT, name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
