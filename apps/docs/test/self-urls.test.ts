// The built site names itself only from NETSTALKER_SITE_URL (scripts/site-url.ts): built without it (as here, in
// CI), it has no canonical link, no sitemap, no page URL in JSON-LD and no placeholder domain anywhere; with it,
// every canonical link is on that site. feed.json is served where its feed_url says.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { siteUrl } from "../../../scripts/site-url.js";
import { builtPages, DIST, readPage, requireBuild } from "./built-site.js";

beforeAll(requireBuild);

const site = siteUrl();
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? files(file) : [file];
  });

describe("absolute self-URLs", () => {
  it("name no placeholder domain in any page, script or data file", () => {
    for (const file of files(DIST).filter((f) => /\.(?:html|js|json|xml|txt)$/.test(f))) {
      expect(readFileSync(file, "utf8"), path.relative(DIST, file)).not.toMatch(/netstalker-help\.example/);
    }
  });

  it("come only from NETSTALKER_SITE_URL: canonical links, sitemap and JSON-LD page URLs", () => {
    const sample = builtPages().filter((p) => p.startsWith("/en/contacts/") || p === "/");
    expect(sample.length).toBeGreaterThan(1);
    for (const page of sample) {
      const html = readPage(page);
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      if (site) expect(canonical, page).toBe(`${site}${page}`);
      else {
        expect(canonical, page).toBeUndefined();
        expect(html, page).not.toContain("mainEntityOfPage");
      }
    }
    expect(existsSync(path.join(DIST, "sitemap-index.xml"))).toBe(site !== undefined);
  });

  it("serve the data's feed at /feed.json", () => {
    const feed = JSON.parse(readFileSync(path.join(DIST, "feed.json"), "utf8")) as { feed_url?: string };
    expect(feed.feed_url).toBe(site ? `${site}/feed.json` : undefined);
  });
});
