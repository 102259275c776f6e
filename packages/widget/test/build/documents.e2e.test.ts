// The documents view of the built CDN files, in real Chromium: each document filled in Japanese and English, checked
// against renderDocument from @netstalker/data, print-previewed (print media, A4 PDF), copied as text, and proven to
// stay on the device: no request while filling, copying or printing, nothing typed in any request, storage or the
// URL, and everything gone on pagehide and on a back/forward-cache restore.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "@netstalker/data";
import { type DocumentValues, documentText, renderDocument } from "@netstalker/data/documents";
import type { Browser, BrowserContext, Page } from "playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/test-support/chromium.js";
import { page, startServer, type TestServer } from "../../src/test-support/static-server.js";

/** Typed into every text field: found in a request, the storage or the URL, it would prove a leak. */
const MARK = "NSHDOC7F3A";
/** Set to a folder to keep the print previews as PNG files (for looking at them). */
const SHOTS = process.env.DOCUMENT_SHOTS;

/** What the test types, per document: the same values renderDocument is given, so the page is checked against it. */
const FILL: Record<string, (lang: Lang) => DocumentValues> = {
  "takedown-request": (lang) => ({
    date: "2026-12-06",
    operator: `${MARK} Board`,
    address: lang === "ja" ? `東京都千代田区${MARK}` : `1-1 ${MARK} Street, Tokyo`,
    name: lang === "ja" ? `山田${MARK}` : `Hanako ${MARK}`,
    contact: `${MARK.toLowerCase()}@example.jp`,
    posts: [
      {
        url: "https://board.example.jp/thread/123#res-45",
        content: lang === "ja" ? `この人は前科がある ${MARK}` : `This person has a record ${MARK}`,
        rights: ["honor", "privacy"],
        reason: lang === "ja" ? `事実ではありません ${MARK}` : `Untrue ${MARK}`,
      },
    ],
    "show-name": "do-not-disclose",
  }),
  "disclosure-request": (lang) => ({
    date: "2026-12-06",
    operator: `${MARK} Mobile`,
    address: `${MARK} address`,
    name: lang === "ja" ? `山田${MARK}` : `Hanako ${MARK}`,
    contact: `${MARK} 090`,
    posts: [
      {
        url: "https://sns.example.com/status/987",
        content: `${MARK} post`,
        rights: ["privacy"],
        reason: `${MARK} reason`,
      },
    ],
    purposes: ["damages", "removal"],
    information: ["ip-port", "timestamp"],
    "evidence-list": `${MARK} screenshots`,
  }),
  "incident-log": (lang) => ({
    "made-on": "2026-12-06",
    incidents: [
      {
        when: "2026-11-20T21:10",
        where: "LINE",
        what: `${MARK} second`,
        who: lang === "ja" ? "元交際相手" : "ex-partner",
      },
      {
        when: "2026-11-02T08:00",
        where: lang === "ja" ? "自宅前" : "outside home",
        what: `${MARK} first`,
        who: lang === "ja" ? "知らない人" : "a stranger",
      },
    ],
  }),
};

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  const pages: Record<string, string> = {};
  for (const lang of ["ja", "en"] as const) {
    pages[`/documents/${lang}`] = page(
      `<stalker-help-widget view="documents" lang="${lang}"></stalker-help-widget><script type="module" src="/stalker-help-widget.js"></script>`,
      "",
      lang,
    );
  }
  pages["/elsewhere"] = page("<p>elsewhere</p>");
  server = await startServer(pages);
  browser = await launchChromium();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const W = "stalker-help-widget";
const fieldId = (doc: string, path: string) => `#doc-${doc}-${path.replace(/[^a-z0-9-]/gi, "-")}`;

/** Types one value into the page the way a person does: text typed, choices clicked. */
async function fill(tab: Page, doc: string, path: string, value: string | readonly string[]): Promise<void> {
  const id = fieldId(doc, path);
  if (typeof value === "string" && (await tab.locator(`${W} ${id}`).count()) > 0) {
    await tab.locator(`${W} ${id}`).fill(value);
    return;
  }
  // A choice or choices field: its inputs are named after the field.
  for (const choice of typeof value === "string" ? [value] : value) {
    await tab.locator(`${W} input[name="${id.slice(1)}"][value="${choice}"]`).check();
  }
}

async function fillDocument(tab: Page, doc: string, values: DocumentValues): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    if (Array.isArray(value) && typeof value[0] === "object") {
      const entries = value as readonly Record<string, string | string[]>[];
      for (const [index, entry] of entries.entries()) {
        if (index > 0) await tab.locator(`${W} .doc-section > button.secondary`).last().click();
        for (const [field, v] of Object.entries(entry)) await fill(tab, doc, `${key}[${index}].${field}`, v);
      }
    } else {
      await fill(tab, doc, key, value as string | string[]);
    }
  }
}

/** The filled-in copy on the page, as renderDocument's lines: heading, then label and text per line. */
function outputLines(tab: Page, doc: string, copy: "full" | "masked"): Promise<string[]> {
  return tab
    .locator(`${W} [part~=document][data-document="${doc}"][data-copy="${copy}"]`)
    .evaluate((el) =>
      [...el.querySelectorAll("h5, dt, dd")].map((n) => (n.textContent ?? "").trim()).filter((t) => t !== ""),
    );
}
function expectedLines(doc: string, values: DocumentValues, lang: Lang, masked: boolean): string[] {
  return renderDocument(doc, values, lang, { masked }).sections.flatMap((s) => [
    s.heading,
    ...s.body.flatMap((l) => [l.label, l.text]),
  ]);
}

async function leaks(context: BrowserContext, tab: Page): Promise<Record<string, unknown>> {
  return {
    cookies: await context.cookies(),
    url: tab.url(),
    ...(await tab.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      cookie: document.cookie,
      caches: (await caches.keys()).length,
      history: history.length,
    }))),
  };
}

describe.each(["ja", "en"] as const)("documents (%s)", (lang) => {
  it("fills, checks, copies and print-previews each document without a request or a trace", {
    timeout: 90_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.origin });
    const tab = await context.newPage();
    const requests: { url: string; body: string }[] = [];
    tab.on("request", (r) => requests.push({ url: r.url(), body: r.postData() ?? "" }));
    const errors: string[] = [];
    tab.on("pageerror", (e) => errors.push(String(e)));
    await tab.goto(`${server.origin}/documents/${lang}`);
    await tab.locator(`${W} .doc-chooser input[type=radio]`).first().waitFor();
    await tab.waitForLoadState("networkidle");
    const before = await leaks(context, tab);
    const loaded = requests.length;

    for (const [doc, make] of Object.entries(FILL)) {
      const values = make(lang);
      await tab.locator(`${W} .doc-chooser input[value="${doc}"]`).check();
      // The warnings come before the form.
      const order = await tab.locator(W).evaluate((el) => {
        const root = el.shadowRoot as ShadowRoot;
        const warnings = root.querySelector(".doc-warnings");
        const form = root.querySelector(".doc-form");
        return warnings && form ? warnings.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order, `${doc}: warnings first`).toBeGreaterThan(0);

      if (doc !== "incident-log") {
        // A page address without its scheme is refused next to the field, and left out of the document.
        const url = `${W} ${fieldId(doc, "posts[0].url")}`;
        await tab.locator(url).fill("board.example.jp/thread/123");
        await expect.poll(() => tab.locator(url).getAttribute("aria-invalid")).toBe("true");
        expect(await tab.locator(`${W} .field-error`).count()).toBe(1);
      }
      await fillDocument(tab, doc, values);
      expect(await tab.locator(`${W} [aria-invalid=true]`).count()).toBe(0);

      expect(await outputLines(tab, doc, "full")).toEqual(expectedLines(doc, values, lang, false));
      if (doc !== "incident-log") {
        const masked = await outputLines(tab, doc, "masked");
        expect(masked).toEqual(expectedLines(doc, values, lang, true));
        for (const secret of [values.name, values.address, values.contact]) {
          expect(masked.join("\n")).not.toContain(secret as string);
        }
      }

      await tab.locator(`${W} .doc-result .actions button.secondary`).first().click();
      const copied = await tab.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(documentText(renderDocument(doc, values, lang)));

      // Print preview: the document alone (no header, tabs, form or contacts), laid out for A4.
      await tab.emulateMedia({ media: "print" });
      const shown = await tab.locator(W).evaluate((el) => {
        const root = el.shadowRoot as ShadowRoot;
        const visible = (sel: string) =>
          [...root.querySelectorAll<HTMLElement>(sel)].some((n) => n.getClientRects().length > 0);
        return {
          document: visible("[part~=document]"),
          header: visible(".header"),
          form: visible(".doc-form"),
          warnings: visible(".doc-warnings"),
          contacts: visible("#panel-contacts"),
        };
      });
      expect(shown).toEqual({ document: true, header: false, form: false, warnings: false, contacts: false });
      if (SHOTS) await tab.screenshot({ path: join(SHOTS, `print-${lang}-${doc}.png`), fullPage: true });
      await tab.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
      const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
      // A4 portrait, 595 × 842 points (Chromium rounds through CSS pixels), from the @page rule the widget puts in the
      // page while printing; without it the page would be US Letter (612 × 792).
      expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/);
      await tab.evaluate(() => window.dispatchEvent(new Event("afterprint")));
      expect(await tab.locator("head style[data-stalker-help]").count()).toBe(0);
      await tab.emulateMedia({ media: "screen" });
      if (SHOTS && doc === "takedown-request") {
        await tab.screenshot({ path: join(SHOTS, `screen-${lang}-${doc}.png`), fullPage: true });
      }
    }

    // Nothing was asked of any server while filling, copying or printing, and nothing typed left in any request.
    expect(requests.slice(loaded)).toEqual([]);
    expect(requests.filter((r) => `${r.url}\n${r.body}`.includes(MARK))).toEqual([]);
    expect(await leaks(context, tab)).toEqual(before);

    // Leaving: pagehide, a back/forward-cache restore, and a real navigation away and back forget everything.
    await tab.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: true })));
    await tab.locator(W).evaluate((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
    expect(await tab.locator(`${W} [part~=document]`).count()).toBe(0);
    expect(await tab.locator(`${W} .doc-chooser input:checked`).count()).toBe(0);
    await tab.locator(`${W} .doc-chooser input[value="incident-log"]`).check();
    await fill(tab, "incident-log", "incidents[0].what", MARK);
    await tab.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pageshow", { persisted: true })));
    await tab.locator(W).evaluate((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
    expect(await tab.locator(`${W} .doc-form`).count()).toBe(0);
    await tab.locator(`${W} .doc-chooser input[value="incident-log"]`).check();
    await fill(tab, "incident-log", "incidents[0].what", MARK);
    await tab.goto(`${server.origin}/elsewhere`);
    await tab.goBack();
    await tab.locator(`${W} .doc-chooser`).waitFor();
    expect(await tab.locator(`${W} .doc-form`).count()).toBe(0);
    expect(await tab.locator(`${W} .doc-chooser input:checked`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
