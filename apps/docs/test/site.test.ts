import { readFileSync } from "node:fs";
import path from "node:path";
import {
  CRISIS_LABEL,
  cautions,
  contacts,
  DANGER_NOW_HEADING,
  dataset,
  dialHref,
  documents,
  faqs,
  platforms,
  REMEDY_KIND_ORDER,
  remedies,
  SCHEMA_NAMES,
  TRIAGE_NEED_LABELS,
  TRIAGE_NEEDS,
  URGENCY_ORDER,
} from "@netstalker/data";
import { beforeAll, describe, expect, it } from "vitest";
import { WIDGET_PATH } from "../integrations/workspace-assets.js";
import { readOpenApi } from "../src/lib/openapi-model.js";
import { resolveExport } from "../src/lib/workspace-files.js";
import { builtPages, DIST, decodeAttr, fileForPath, readPage, requireBuild } from "./built-site.js";

beforeAll(requireBuild);

const RECORD_SETS = [
  { section: "contacts", ids: contacts.map((c) => c.id) },
  { section: "remedies", ids: remedies.map((r) => r.id) },
  { section: "faqs", ids: faqs.map((f) => f.id) },
  { section: "platforms", ids: platforms.map((p) => p.id) },
  { section: "documents", ids: documents.map((d) => d.id) },
] as const;

describe("document pages", () => {
  it("put the warnings first, then the widget to fill it in, then every field of the form with its help and choices", () => {
    for (const doc of documents) {
      for (const [prefix, lang] of [
        ["", "ja"],
        ["/en", "en"],
      ] as const) {
        const html = readPage(`${prefix}/documents/${doc.id}/`);
        // Where a text is, as Astro writes text into HTML (html-escaper).
        const at = (text: string, from = 0) =>
          html.indexOf(
            text
              .replace(/&/g, "&amp;")
              .replace(/</g, "&lt;")
              .replace(/>/g, "&gt;")
              .replace(/'/g, "&#39;")
              .replace(/"/g, "&quot;"),
            from,
          );
        const warning = at(doc.warnings[0]?.[lang] ?? "");
        const widget = html.indexOf('view="documents"');
        expect(warning, `${doc.id} ${lang}: warning`).toBeGreaterThan(0);
        expect(widget, `${doc.id} ${lang}: widget`).toBeGreaterThan(warning);
        for (const field of doc.sections.flatMap((s) => s.fields)) {
          expect(at(field.help[lang], widget), `${doc.id} ${field.id}`).toBeGreaterThan(widget);
          for (const choice of field.choices ?? []) expect(at(choice.label[lang], widget)).toBeGreaterThan(widget);
        }
        for (const source of doc.sources) expect(at(source.url), source.url).toBeGreaterThan(0);
      }
    }
  });
});

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

describe("platform pages and the removal guide", () => {
  /** Text as Astro writes it into HTML (it escapes these in text and attributes). */
  const html = (text: string) =>
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&#39;");

  it("show each platform's name, routes, caveat, cautions, sources and verified date in both locales", () => {
    for (const platform of platforms) {
      for (const lang of ["ja", "en"] as const) {
        const page = readPage(`${lang === "ja" ? "" : "/en"}/platforms/${platform.id}/`);
        expect(page).toContain(html(platform.name[lang]));
        for (const route of platform.routes) {
          expect(page).toContain(html(route.title[lang]));
          if (route.type === "web") expect(page).toContain(`href="${html(route.url)}"`);
        }
        if (platform.caveat) expect(page).toContain(html(platform.caveat[lang]));
        for (const source of platform.sources) expect(page).toContain(`href="${html(source.url)}"`);
        expect(page).toContain(`datetime="${platform.verifiedAt}"`);
        for (const id of platform.cautions) {
          const caution = cautions.find((c) => c.id === id);
          expect(caution, id).toBeDefined();
          expect(page).toContain(html(caution?.title[lang] ?? ""));
        }
      }
    }
  });

  it("put the caution before the routes, so a reader meets it first", () => {
    for (const platform of platforms) {
      const page = readPage(`/platforms/${platform.id}/`);
      expect(page.indexOf('id="before-you-file"')).toBeGreaterThan(0);
      expect(page.indexOf('id="before-you-file"')).toBeLessThan(page.indexOf('id="routes"'));
    }
  });

  it("the guide exists in both locales, leads with the caution and links every platform and the intermediaries", () => {
    for (const [prefix, lang] of [
      ["", "ja"],
      ["/en", "en"],
    ] as const) {
      const page = readPage(`${prefix}/platforms/`);
      expect(page).toContain(lang === "ja" ? "投稿を消してもらうには" : "Getting posts removed");
      expect(page.indexOf('id="before-you-file"')).toBeLessThan(page.indexOf('id="platforms"'));
      for (const platform of platforms) expect(page).toContain(`href="${prefix}/platforms/${platform.id}/"`);
      for (const caution of cautions) {
        for (const id of caution.contacts) expect(page).toContain(`href="${prefix}/contacts/${id}/"`);
      }
    }
  });
});

describe("index pages", () => {
  it("list remedy kinds and urgencies in the shared display order, the same as the widget's", () => {
    for (const prefix of ["", "/en"]) {
      const kinds = [...readPage(`${prefix}/remedies/`).matchAll(/<h2 id="kind-([a-z-]+)"/g)].map((m) => m[1]);
      expect(kinds, prefix).toEqual(REMEDY_KIND_ORDER.filter((k) => remedies.some((r) => r.kind === k)));
      expect(kinds[0]).toBe("coping");
      const urgencies = [...readPage(`${prefix}/contacts/`).matchAll(/<h2 id="urgency-([a-z-]+)"/g)].map((m) => m[1]);
      expect(urgencies, prefix).toEqual(URGENCY_ORDER.filter((u) => contacts.some((c) => c.urgency === u)));
    }
  });

  it("head the home page with the one danger-now text", () => {
    expect(readPage("/")).toContain(`>${DANGER_NOW_HEADING.ja}</h2>`);
    expect(readPage("/en/")).toContain(`>${DANGER_NOW_HEADING.en}</h2>`);
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

describe("sidebar", () => {
  const sidebarOf = (html: string) => {
    // Starlight's sidebar pane: only its links count, not the same links in the page body.
    const start = html.indexOf('id="starlight__sidebar"');
    if (start < 0) throw new Error("no sidebar on the page");
    return html.slice(start, html.indexOf("</nav>", start));
  };

  it.each([
    ["", "ja"],
    ["/en", "en"],
  ] as const)(
    "links triage, every need page, the removal guide, embed-anywhere and the partner kit (%s)",
    (prefix, lang) => {
      const sidebar = sidebarOf(readPage(`${prefix}/`));
      expect(sidebar).toContain(`href="${prefix}/triage/"`);
      for (const need of TRIAGE_NEEDS) {
        expect(sidebar).toContain(`href="${prefix}/triage/${need}/"`);
        expect(sidebar).toContain(TRIAGE_NEED_LABELS[need][lang]);
      }
      expect(sidebar).toContain(`href="${prefix}/platforms/"`);
      expect(sidebar).toContain(lang === "ja" ? "投稿を消してもらうには" : "Getting posts removed");
      expect(sidebar).toContain(`href="${prefix}/embed-anywhere/"`);
      expect(sidebar).toContain(`href="${prefix}/partner-kit/"`);
      expect(sidebar).toContain(lang === "ja" ? "導入する方のための資料" : "Partner kit");
    },
  );
});

describe("triage need pages", () => {
  it.each(["remove-posts", "personal-info", "intimate-images", "impersonation"] as const)(
    "%s shows the platforms' own routes after the caution, in both locales",
    (need) => {
      for (const [prefix, lang] of [
        ["", "ja"],
        ["/en", "en"],
      ] as const) {
        const page = readPage(`${prefix}/triage/${need}/`);
        const at = page.indexOf('id="platforms"');
        expect(at, `${prefix} ${need}`).toBeGreaterThan(0);
        const caution = page.indexOf('id="caution-removal-request-may-reach-poster"');
        expect(caution).toBeGreaterThan(at);
        const firstRoute = page.indexOf(`href="${prefix}/platforms/`, at);
        expect(caution).toBeLessThan(firstRoute);
        for (const p of platforms) expect(page).toContain(`href="${prefix}/platforms/${p.id}/"`);
        expect(page).toContain(cautions[0]?.title[lang] ?? "missing caution");
      }
    },
  );

  it("the how-triage-decides page shows the rule that names the platforms, with its caution", () => {
    for (const [prefix, lang] of [
      ["", "ja"],
      ["/en", "en"],
    ] as const) {
      const page = readPage(`${prefix}/triage/`);
      const at = page.indexOf('id="rule-platform-removal-routes"');
      expect(at, prefix).toBeGreaterThan(0);
      const section = page.slice(at, page.indexOf("</section>", at));
      for (const p of platforms) expect(section).toContain(`href="${prefix}/platforms/${p.id}/"`);
      expect(section).toContain(cautions[0]?.title[lang] ?? "missing caution");
    }
  });

  it("shows each withheld record with its reason and source, and the rules' crisis conditions", () => {
    const rule = dataset.triage.rules.find((r) => r.withhold?.some((w) => w.id === "stopncii"));
    const item = rule?.withhold?.find((w) => w.id === "stopncii");
    if (!rule || !item) throw new Error("no rule withholds stopncii");
    for (const [prefix, lang] of [
      ["", "ja"],
      ["/en", "en"],
    ] as const) {
      const page = readPage(`${prefix}/triage/`);
      const list = page.slice(page.indexOf('id="withheld"'), page.indexOf('id="rules"'));
      expect(list).toContain(`href="${prefix}/contacts/stopncii/"`);
      expect(list).toContain(item.reason[lang]);
      expect(list).toContain(`href="${item.source}"`);
      const at = page.indexOf(`id="rule-${rule.id}"`);
      expect(page.slice(at, page.indexOf("</section>", at))).toContain(item.reason[lang]);
      // A rule on crisis says so (it once read as a rule for every child).
      const crisis = page.indexOf('id="rule-crisis-children"');
      expect(page.slice(crisis, page.indexOf("</section>", crisis))).toContain(CRISIS_LABEL[lang]);
      // The need page whose suggestions include it says for whom it is not shown, and why.
      const need = readPage(`${prefix}/triage/intimate-images/`);
      expect(need).toContain('id="withheld"');
      expect(need.slice(need.indexOf('id="withheld"'))).toContain(item.reason[lang]);
    }
    expect(readPage("/triage/talk/")).not.toContain('id="withheld"');
  });

  it("the how-triage-decides page's table of contents lists each of its sections", () => {
    for (const prefix of ["", "/en"]) {
      const page = readPage(`${prefix}/triage/`);
      // Starlight's own headings (the table of contents' title) start with starlight__.
      const ids = [...page.matchAll(/<h2 id="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((id) => !id?.startsWith("starlight__"));
      expect(ids.length, prefix).toBeGreaterThanOrEqual(5);
      const toc = page.slice(page.indexOf("<starlight-toc"), page.indexOf("</starlight-toc>"));
      for (const id of ids) expect(toc, `${prefix} #${id}`).toContain(`href="#${id}"`);
    }
  });

  it("the how-triage-decides page says what each lexicon entry reads, asks, or that it reads nothing", () => {
    for (const [prefix, asks] of [
      ["", "確かめる"],
      ["/en", "asks"],
    ] as const) {
      const page = readPage(`${prefix}/triage/`);
      const words = page.slice(page.indexOf('id="words"'));
      const terms = [...words.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>/g)].map((m) =>
        (m[1] ?? "").replace(/<[^>]+>/g, "").trim(),
      );
      expect(terms.length, prefix).toBe(dataset.triage.lexicon.filter((e) => e.signal).length);
      for (const term of terms) expect(term, prefix).not.toBe("");
      expect(words, prefix).toContain(`${asks}:`);
    }
  });

  it("talk shows no removal routes", () => {
    expect(readPage("/triage/talk/")).not.toContain('id="platforms"');
  });
});
