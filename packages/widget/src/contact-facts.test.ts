// Contact facts that must hold on every phone, in Chromium: short codes as text with how to dial them by hand, the
// tel: link and the official full-length numbers; answered-later channels never "open"; what to have ready; traces;
// per-channel languages; and the platforms' routes inside the deletion request, after the caution.
import "./define.js";
import type { ContactLocalized } from "@netstalker/data";
import {
  channelTraces,
  LANGS,
  languageName,
  OPEN_BADGE_LABELS,
  setUpFirstNote,
  shortcodeDialing,
} from "@netstalker/data/query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { uiText } from "./i18n.js";
import { localized, mount, text } from "./test-support/fixtures.js";

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function card(root: ShadowRoot, id: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-contact-id="${id}"]`);
  if (!found) throw new Error(`no card for ${id}`);
  return found;
}

describe.each(LANGS)("contact facts in %s", (lang) => {
  const t = uiText(lang);
  const { contacts } = localized(lang);
  const byId = (id: string): ContactLocalized => {
    const c = contacts.find((x) => x.id === id);
    if (!c) throw new Error(`no contact ${id}`);
    return c;
  };

  it("#9110: the code as visible text, how to dial it by hand, the tel: link and the official alternatives", async () => {
    const { root } = await mount({ lang, view: "contacts" });
    const contact = byId("police-consultation-9110");
    const channel = contact.channels.find((c) => c.type === "shortcode");
    const dialing = channel && shortcodeDialing(contact, channel, lang);
    if (!dialing) throw new Error("#9110 has no short code");
    const el = card(root, contact.id);
    // The card's one action: "call #9110", the code as visible text inside the link.
    const link = el.querySelector<HTMLAnchorElement>(":scope > a[part~=action]");
    expect(text(link?.querySelector(".dial"))).toBe("#9110");
    expect(link?.getAttribute("href")).toBe(dialing.href);
    expect(text(el.querySelector(".dial-by-hand"))).toBe(dialing.instruction);
    // The official alternatives once each, in the fold, as tel: links; #9110 is not linked twice.
    const folded = [...el.querySelectorAll<HTMLAnchorElement>('details.more a[href^="tel:"]')];
    expect(folded.map((a) => text(a.querySelector(".dial")))).toEqual(dialing.alternatives.map((a) => a.number));
    for (const a of folded) expect(a.getAttribute("href")).toMatch(/^tel:\+?\d+$/);
    // The rotary/IP warning is said once on the card (the short code's own note), not again by every alternative.
    const warning = contact.channels.find((c) => c.type === "shortcode")?.notes ?? "";
    expect(text(el).split(warning).length - 1).toBe(1);
  });

  it("answered-later windows and channels say so at every hour and are never open", async () => {
    // Sunday 03:00 in Japan.
    const now = new Date("2026-12-05T18:00:00Z");
    const { el, root } = await mount({ lang, view: "contacts" });
    el.now = now;
    await el.updateComplete;
    for (const contact of contacts) {
      const deferredChannels = contact.channels.filter((c) => c.schedule?.type === "deferred");
      const badges = [...card(root, contact.id).querySelectorAll("[part~=badge-deferred]")];
      const expected = (contact.schedule.type === "deferred" ? 1 : 0) + deferredChannels.length;
      expect(badges.length, contact.id).toBe(expected);
      for (const b of badges) {
        expect(text(b)).toBe(t.deferred);
        expect(text(b)).not.toContain(OPEN_BADGE_LABELS.open[lang]);
      }
    }
    expect(t.deferred).toBe(lang === "ja" ? "24時間受付(返信は後日)" : "Accepts any time; replies on business days");
  });

  it("lists what to have ready, each channel's traces and its own languages", async () => {
    const { root } = await mount({ lang, view: "contacts" });
    for (const contact of contacts) {
      const el = card(root, contact.id);
      const prepare = [...el.querySelectorAll(".prepare li")].map((li) => text(li));
      expect(prepare, contact.id).toEqual(contact.prepare ?? []);
      const channels = [...el.querySelectorAll(".channels > .channel")];
      expect(channels.length).toBe(contact.channels.length);
      contact.channels.forEach((channel, i) => {
        const shown = [...(channels[i]?.querySelectorAll(".traces li") ?? [])].map((li) => text(li));
        expect(shown, `${contact.id} channel ${i}`).toEqual(channelTraces(channel, lang));
        if (channel.languages) {
          const names = channel.languages.map((l) => languageName(l, lang));
          const note = [...(channels[i]?.querySelectorAll(".note") ?? [])].map((n) => text(n)).join(" ");
          for (const name of names) expect(note).toContain(name);
        }
      });
    }
  });

  it("110: the app and the relay service are links that say to register first and what they leave on the phone", async () => {
    const { root } = await mount({ lang, view: "contacts" });
    const contact = byId("police-emergency-110");
    const el = card(root, contact.id);
    for (const type of ["app", "relay"] as const) {
      const channel = contact.channels.find((c) => c.type === type);
      const shown = el.querySelector(`.channel[data-channel-type="${type}"]`);
      if (!channel || channel.type !== type || !shown) throw new Error(`110 has no ${type} channel`);
      const link = shown.querySelector<HTMLAnchorElement>("a[href]");
      expect(link?.getAttribute("href")).toBe(channel.url);
      expect(link?.getAttribute("rel")).toContain("noreferrer");
      const notes = [...shown.querySelectorAll(".note")].map((n) => text(n));
      expect(notes).toContain(setUpFirstNote(channel, lang));
      expect([...shown.querySelectorAll(".traces li")].map((li) => text(li))).toEqual(channelTraces(channel, lang));
    }
  });

  it("deletion request: the caution first, then every platform's routes, links without referrer", async () => {
    const { root } = await mount({ lang, view: "remedies" });
    const { platforms } = localized(lang);
    const details = root.querySelector<HTMLDetailsElement>('[data-remedy-id="deletion-request"]');
    details?.querySelector("summary")?.click();
    const removal = details?.querySelector(".removal");
    expect(removal).not.toBeNull();
    const first = removal?.firstElementChild?.nextElementSibling;
    expect([...(removal?.children ?? [])].findIndex((c) => c.classList.contains("caution"))).toBeLessThan(
      [...(removal?.children ?? [])].findIndex((c) => c.classList.contains("platforms")),
    );
    expect(first).not.toBeNull();
    const shown = [...(removal?.querySelectorAll<HTMLElement>(".platform") ?? [])].map((p) => p.dataset.platformId);
    expect(shown).toEqual(platforms.map((p) => p.id));
    for (const platform of platforms) {
      // A service the designation does not cover (LINE's private talk) says so.
      const shownServices = text(removal?.querySelector(`[data-platform-id="${platform.id}"]`));
      for (const service of platform.services) {
        const covered = service.designated || platform.designation.status !== "designated";
        expect(shownServices.includes(`${service.name}${t.removalNotCovered}`)).toBe(!covered);
      }
      for (const route of platform.routes) {
        if (route.type !== "web") continue;
        const a = removal?.querySelector(`[data-platform-id="${platform.id}"] a[href="${route.url}"]`);
        expect(a?.getAttribute("rel")).toBe("noopener noreferrer");
      }
    }
  });
});

describe("live platforms from api-base", () => {
  function respond(body: unknown): Response {
    return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
  }
  function fakeApi(platformsBody: (lang: "ja" | "en") => unknown) {
    vi.spyOn(window, "fetch").mockImplementation(async (input) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      const lang = url.searchParams.get("lang") === "en" ? "en" : "ja";
      const data = localized(lang);
      const meta = { dataVersion: "9.9.9" };
      const kind = url.pathname.split("/").pop();
      if (kind === "platforms") return respond(platformsBody(lang));
      if (kind === "contacts" || kind === "remedies" || kind === "faqs") return respond({ data: data[kind], meta });
      return new Response("not found", { status: 404 });
    });
  }

  it("uses live platforms that pass the localized schema", async () => {
    fakeApi((lang) => {
      const { platforms, cautions } = localized(lang);
      return { data: platforms.map((p) => ({ ...p, name: `[live] ${p.name}` })), cautions, meta: {} };
    });
    const { el, detail } = await mount({ lang: "ja", "api-base": "https://api.example/" });
    expect(detail.source).toBe("api");
    expect(el.data?.platforms.every((p) => p.name.startsWith("[live] "))).toBe(true);
  });

  it("keeps the bundled platforms when the live ones fail the schema", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    fakeApi((lang) => {
      const { platforms, cautions } = localized(lang);
      return {
        data: platforms.map((p) => ({ ...p, routes: [{ type: "web", url: "http://insecure.example/" }] })),
        cautions,
      };
    });
    const { el, detail } = await mount({ lang: "ja", "api-base": "https://api.example/" });
    expect(detail.source).toBe("api");
    expect(el.data?.platforms).toEqual(localized("ja").platforms);
    expect(warn.mock.calls.some((c) => String(c[0]).includes("platforms"))).toBe(true);
  });
});
