// The built site's _headers: the caching rules (integrations/cache-headers.ts) are there once each, name paths the
// build has, and never set Cache-Control on every page.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CACHE_RULES } from "../integrations/cache-headers.js";
import { DIST, requireBuild } from "./built-site.js";

beforeAll(requireBuild);

/** `_headers` as { path → { header → value } }, in the format Netlify and Cloudflare Pages read. */
function parseHeaders(text: string): Map<string, Record<string, string>> {
  const rules = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      current = rules.get(line.trim()) ?? {};
      rules.set(line.trim(), current);
    } else if (current) {
      const [name = "", ...value] = line.trim().split(":");
      current[name.trim().toLowerCase()] = value.join(":").trim();
    }
  }
  return rules;
}

describe("_headers caching rules", () => {
  const rules = () => parseHeaders(readFileSync(path.join(DIST, "_headers"), "utf8"));

  it("give hashed assets a year, and the data the site copies five minutes", () => {
    for (const rule of CACHE_RULES)
      expect(rules().get(rule.path)?.["cache-control"], rule.path).toBe(rule.cacheControl);
    expect(rules().get("/_astro/*")?.["cache-control"]).toContain("immutable");
  });

  it("name paths the build has, and set no Cache-Control on every page", () => {
    for (const rule of CACHE_RULES)
      expect(existsSync(path.join(DIST, rule.path.replace("/*", ""))), rule.path).toBe(true);
    expect(rules().get("/*")?.["cache-control"]).toBeUndefined();
  });
});
