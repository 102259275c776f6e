import { readFileSync } from "node:fs";
import path from "node:path";
import { contacts, dialHref, faqs, remedies } from "@netstalker/data";
import { beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_NAMES, WIDGET_PATH } from "../integrations/workspace-assets.js";
import { readOpenApi } from "../src/lib/openapi-model.js";
import { resolveExport } from "../src/lib/workspace-files.js";
import { builtPages, DIST, decodeAttr, fileForPath, readPage, requireBuild } from "./built-site.js";

beforeAll(requireBuild);

const RECORD_SETS = [
  { section: "contacts", ids: contacts.map((c) => c.id) },
  { section: "remedies", ids: remedies.map((r) => r.id) },
  { section: "faqs", ids: faqs.map((f) => f.id) },
] as const;

describe("record pages", () => {
  it("exist for every record in both locales, and for no other id", () => {
    const pages = builtPages();
    for (const { section, ids } of RECORD_SETS) {
      for (const prefix of ["", "/en"]) {
        const built = pages
          .filter((p) => p.startsWith(`${prefix}/${section}/`) && p !== `${prefix}/${section}/`)
          .map((p) => p.slice(`${prefix}/${section}/`.length, -1))
          .sort();
        expect(built, `${prefix || "ja"} ${section}`).toEqual([...ids].sort());
      }
    }
  });

  it("are in the right language and carry the record's own title", () => {
    for (const c of contacts) {
      expect(readPage(`/contacts/${c.id}/`)).toMatch(/<html lang="ja"/);
      expect(readPage(`/en/contacts/${c.id}/`)).toMatch(/<html lang="en"/);
      expect(readPage(`/contacts/${c.id}/`)).toContain(c.name.ja);
      expect(readPage(`/en/contacts/${c.id}/`)).toContain(c.name.en);
    }
    for (const r of remedies) expect(readPage(`/en/remedies/${r.id}/`)).toContain(r.title.en);
    for (const f of faqs) expect(readPage(`/faqs/${f.id}/`)).toContain(f.question.ja);
  });

  it("link every dialable channel with the data package's tel: URI", () => {
    for (const c of contacts) {
      const html = readPage(`/contacts/${c.id}/`);
      for (const channel of c.channels) {
        const href = dialHref(channel);
        if (href) expect(html, `${c.id} ${href}`).toContain(`href="${href}"`);
      }
    }
  });

  it("give contact pages schema.org JSON-LD with one ContactPoint per number", () => {
    for (const c of contacts) {
      const match = readPage(`/en/contacts/${c.id}/`).match(/<script type="application\/ld\+json">(.*?)<\/script>/s);
      expect(match, c.id).not.toBeNull();
      const data = JSON.parse(match?.[1] ?? "null") as { "@type": string; contactPoint: { telephone: string }[] };
      expect(data["@type"]).toBe("Organization");
      const numbers = c.channels.filter((ch) => ch.type === "phone" || ch.type === "shortcode");
      expect(data.contactPoint).toHaveLength(numbers.length);
    }
  });

  it("never freeze an open-now answer into the HTML", () => {
    for (const c of contacts) {
      const html = readPage(`/contacts/${c.id}/`);
      for (const p of html.matchAll(/<p class="open-now"[^>]*>(.*?)<\/p>/gs)) {
        expect(p[0], c.id).toMatch(/ hidden/);
        expect(p[1], c.id).toBe("");
      }
    }
  });
});

describe("remedies diagram", () => {
  // The diagram draws the way through (coping and legal action); precautions are listed under it.
  const drawn = remedies.filter((r) => r.kind !== "prevention");
  const linked = drawn.filter((r) => r.next.some((id) => drawn.some((x) => x.id === id)));
  it("is a static, labelled SVG on the remedies index in both locales, with a text alternative", () => {
    for (const [page, lang] of [
      ["/remedies/", "ja"],
      ["/en/remedies/", "en"],
    ] as const) {
      const html = readPage(page);
      if (linked.length === 0) continue;
      const svg = html.match(/<svg role="img"[^>]*aria-labelledby="([^"]+)"[^>]*>(.*?)<\/svg>/s);
      expect(svg, page).not.toBeNull();
      expect(svg?.[2]).toMatch(/<title id=/);
      expect(svg?.[2]).toMatch(/<desc id=/);
      expect(svg?.[2]).not.toMatch(/<script/);
      const list = html.match(/<ul class="diagram-text"[^>]*>(.*?)<\/ul>/s)?.[1] ?? "";
      for (const r of linked) {
        expect(svg?.[2], `${page} ${r.id}`).toContain(r.title[lang].slice(0, 6));
        expect(list, `${page} ${r.id}`).toContain(`/remedies/${r.id}/`);
      }
    }
  });
});

describe("internal links", () => {
  it("all resolve to a built file, and every #fragment to an id on its page", () => {
    const broken: string[] = [];
    const idsOf = new Map<string, Set<string>>();
    const ids = (file: string): Set<string> => {
      let set = idsOf.get(file);
      if (!set) {
        set = new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => decodeAttr(m[1] ?? "")));
        idsOf.set(file, set);
      }
      return set;
    };
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readPage(page);
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const raw = decodeAttr(m[1] ?? "");
        if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue; // other schemes and origins: not ours to check
        const target = new URL(raw, `http://site${page}`);
        const file = fileForPath(target.pathname);
        if (!file) {
          broken.push(`${page} → ${raw}`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && file.endsWith(".html") && !ids(file).has(fragment))
          broken.push(`${page} → ${raw} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("partner resources", () => {
  it("serve the data package's JSON Schemas unchanged", () => {
    for (const name of SCHEMA_NAMES) {
      const source = resolveExport(`@netstalker/data/schemas/${name}.schema.json`).file;
      expect(source, name).not.toBeNull();
      const served = readFileSync(path.join(DIST, "schemas", `${name}.schema.json`), "utf8");
      expect(served).toBe(readFileSync(source ?? "", "utf8"));
    }
  });

  it("self-host the widget's single-file build unchanged", () => {
    const source = resolveExport("@netstalker/widget/stalker-help-widget.standalone.js");
    expect(source.missing).toBeNull();
    expect(readFileSync(path.join(DIST, WIDGET_PATH), "utf8")).toBe(readFileSync(source.file ?? "", "utf8"));
  });

  it("render every operation and schema of the API's OpenAPI document", async () => {
    const { app } = await import("@netstalker/api");
    const doc = (await (await app.request("/openapi.json")).json()) as unknown;
    const model = readOpenApi(doc);
    expect(model.operations.length).toBeGreaterThan(0);
    for (const page of ["/api/", "/en/api/"]) {
      const html = readPage(page);
      for (const op of model.operations) expect(html, `${page} ${op.method} ${op.path}`).toContain(`id="${op.anchor}"`);
      for (const s of model.schemas) expect(html, `${page} ${s.name}`).toContain(`id="${s.anchor}"`);
    }
  });
});
