// What a person types must not reach the browser profile on disk, where someone with the device (or a backup of it)
// could read it later: not through the URL (history and the session file keep every address), not through storage,
// not through a field's saved state (Chromium writes a tab's session, with its light-DOM fields' state, a moment
// after typing; the docs' search box had to be marked autocomplete="off" for it). This suite types a marker into the
// triage box and into a document field of the CDN build, as a person would, waits long enough for those writes,
// leaves the page, and looks for the marker in every file of a persistent profile. (Checked by hand: a page that puts
// the marker in its address makes it fail, naming History and the session files.)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromiumLaunchOptions } from "@netstalker/testing/chromium";
import { profileFilesHolding } from "@netstalker/testing/profile-files";
import { chromium } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { page, startServer, type TestServer } from "../../src/test-support/static-server.js";

const MARKER = "zq-profile-marker-7431";
const W = "stalker-help-widget";
const widgetPage = (view: string) =>
  page(`<${W} view="${view}" lang="en"></${W}><script type="module" src="/stalker-help-widget.js"></script>`, "", "en");

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    "/triage": widgetPage("triage"),
    "/documents": widgetPage("documents"),
    "/next": page("<p>next</p>"),
  });
});

afterAll(async () => {
  await server?.close();
});

describe("traces in a persistent browser profile", () => {
  it("holds nothing typed into the triage box or a document field", async () => {
    const profile = mkdtempSync(path.join(tmpdir(), "netstalker-widget-profile-"));
    try {
      const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions());
      const tab = context.pages()[0] ?? (await context.newPage());
      await tab.goto(`${server.origin}/triage`, { waitUntil: "load" });
      await tab.locator(`${W} #triage-text`).fill(`${MARKER} my ex is outside`);
      await tab.goto(`${server.origin}/documents`, { waitUntil: "load" });
      await tab.locator(`${W} .doc-chooser input[type=radio]`).first().check({ timeout: 15_000 });
      const field = tab.locator(`${W} form input[type=text], ${W} form textarea`).first();
      await field.waitFor({ timeout: 15_000 });
      await field.fill(`${MARKER}-document`);
      // Long enough for Chromium to write the session (with its fields' state) to the profile.
      await tab.waitForTimeout(3000);
      await tab.goto(`${server.origin}/next`, { waitUntil: "load" });
      await tab.waitForTimeout(1000);
      await context.close();
      expect(profileFilesHolding(profile, MARKER)).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
