// Issue #10 on the built site, in real Chromium: short codes as text with how to dial them, official alternatives,
// what to have ready, traces, forms that never say "open now", and the data change log.
import {
  CHANNEL_TYPE_LABELS,
  CONTACT_TEXT_LABELS,
  contacts,
  dialReachNotes,
  shortcodeInstruction,
  TRACE_LABELS,
} from "@netstalker/data";
import { changeLog } from "@netstalker/data/feed";
import { describe, expect, it } from "vitest";
import { useSiteBrowser } from "./site-browser.js";

const { open } = useSiteBrowser();

/** A contact by id; throws when the dataset has no such record. */
function record(id: string): (typeof contacts)[number] {
  const found = contacts.find((c) => c.id === id);
  if (!found) throw new Error(`no contact ${id}`);
  return found;
}

describe("short codes", () => {
  it.each([
    ["ja", "/contacts/police-consultation-9110/"],
    ["en", "/en/contacts/police-consultation-9110/"],
  ] as const)(
    "show #9110 as visible text with how to dial it by hand, the tel: link and Aichi's line (%s)",
    async (lang, path) => {
      const page = await open(path);
      const channel = page.locator(".channel-shortcode").first();
      const code = channel.locator(".dial a.tel");
      expect(await code.getAttribute("href")).toBe("tel:%239110");
      expect((await code.textContent())?.trim()).toBe("#9110");
      const byHand = channel.locator(".dial-by-hand");
      expect(await byHand.isVisible()).toBe(true);
      expect((await byHand.textContent())?.trim()).toBe(shortcodeInstruction("#9110", lang));
      const alternatives = channel.locator(".dial-alternatives a.tel");
      expect(await alternatives.allTextContents()).toEqual(expect.arrayContaining(["03-3501-0110", "052-953-9110"]));
      // Which lines cannot dial it: the data package's sentence, the same the widget shows.
      const reach = await channel.locator(".dial-reach").allTextContents();
      const shortcode = record("police-consultation-9110").channels.find((c) => c.type === "shortcode");
      if (!shortcode) throw new Error("#9110 has no short-code channel");
      expect(reach.map((t) => t.trim())).toEqual(dialReachNotes(shortcode, lang));
      await page.close();
    },
  );

  it("cards for short-code contacts say how to dial by hand", async () => {
    const page = await open("/contacts/");
    const texts = await page.locator(".contact-card .dial-by-hand").allTextContents();
    expect(texts).toEqual(
      expect.arrayContaining([shortcodeInstruction("#9110", "ja"), shortcodeInstruction("#8103", "ja")]),
    );
    // 110 and 188 dial from their links everywhere: no by-hand note to read before calling.
    expect(texts).not.toContain(shortcodeInstruction("110", "ja"));
    expect(texts).not.toContain(shortcodeInstruction("188", "ja"));
    await page.close();
  });
});

describe("what to have ready and traces", () => {
  it("lists the police page's items on #9110, in order", async () => {
    const page = await open("/contacts/police-consultation-9110/");
    const contact = contacts.find((c) => c.id === "police-consultation-9110");
    const section = page.locator("section.prepare");
    expect((await section.locator("h3").textContent())?.trim()).toBe(CONTACT_TEXT_LABELS.prepare.ja);
    expect(await section.locator("li").allTextContents()).toEqual(contact?.prepare?.map((p) => p.ja));
    await page.close();
  });

  it("says a LINE friend appears, on the MOJ LINE consultation (en)", async () => {
    const page = await open("/en/contacts/moj-line-jinken-soudan/");
    expect(await page.locator(".channel-traces li").allTextContents()).toContain(TRACE_LABELS["line-friend"].en);
    await page.close();
  });
});

describe("ways in for people who cannot talk", () => {
  it("110 shows the 110 app and the relay service with their pages, the register-first note and the app trace", async () => {
    const page = await open("/contacts/police-emergency-110/");
    for (const type of ["app", "relay"] as const) {
      const channel = page.locator(`.channel-${type}`).first();
      expect((await channel.locator(".channel-type").textContent())?.trim()).toContain(CHANNEL_TYPE_LABELS[type].ja);
      expect(await channel.locator("a[href^='https://']").count()).toBeGreaterThan(0);
      expect((await channel.locator(".channel-setup").textContent())?.trim()).toBe(
        CONTACT_TEXT_LABELS.needsRegistration.ja,
      );
      expect(await channel.locator(".channel-traces li").allTextContents()).toContain(TRACE_LABELS["app-installed"].ja);
    }
    await page.close();
  });
});

describe("forms in the browser", () => {
  it.each(["ihaho-illegal-harmful-info-center", "sia-slander-hotline", "npa-cyber-online-desk"])(
    "%s never says it is open; it accepts any time and replies later",
    async (id) => {
      const page = await open(`/contacts/${id}/`);
      const note = page.locator(".open-now").first();
      await note.waitFor({ state: "visible" });
      const text = (await note.textContent()) ?? "";
      expect(text).toContain(CONTACT_TEXT_LABELS.deferred.ja);
      expect(text).not.toContain("いま受付中です");
      await page.close();
    },
  );
});

describe("changelog page", () => {
  it("shows every released data version from the change log", async () => {
    const page = await open("/en/changelog/");
    const headings = await page.locator(".data-version h3").allTextContents();
    expect(headings.map((h) => h.trim().split(/\s+/)[0])).toEqual(changeLog.map((v) => v.version));
    expect((await page.locator("#data-changes").textContent())?.trim()).toBe("Data changes (released versions)");
    await page.close();
  });
});
