import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * Caching for static hosts that read `_headers` (Netlify, Cloudflare Pages), by path. Hashed build assets never
 * change under their name; the copied widget, schemas and feed change with each data release, so caches keep them
 * briefly and revalidate quietly (the API's own policy). Pages themselves keep the host's default (revalidated), so
 * a corrected phone number reaches readers at once. No rule here sets Cache-Control on `/*`: hosts join the values
 * of every rule that matches a path, and a page rule would contradict these.
 */
export const CACHE_RULES: readonly { path: string; cacheControl: string }[] = [
  { path: "/_astro/*", cacheControl: "public, max-age=31536000, immutable" },
  { path: "/pagefind/*", cacheControl: "public, max-age=300, stale-while-revalidate=86400" },
  { path: "/widget/*", cacheControl: "public, max-age=300, stale-while-revalidate=86400" },
  { path: "/schemas/*", cacheControl: "public, max-age=300, stale-while-revalidate=86400" },
  { path: "/feed.json", cacheControl: "public, max-age=300, stale-while-revalidate=86400" },
];

/** The caching lines of `_headers`, one block per path. */
export function cacheHeaderLines(): string {
  return CACHE_RULES.map((rule) => `${rule.path}\n  Cache-Control: ${rule.cacheControl}\n`).join("");
}

/**
 * Appends the caching rules to the built `_headers` after the build (after whatever public/_headers holds, e.g. the
 * security headers), so the two sets live in their own files and merge without touching each other.
 */
export function cacheHeaders(): AstroIntegration {
  return {
    name: "netstalker-cache-headers",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const file = path.join(fileURLToPath(dir), "_headers");
        const before = existsSync(file) ? readFileSync(file, "utf8") : "";
        const separator = before === "" || before.endsWith("\n") ? "" : "\n";
        appendFileSync(file, `${separator}# Caching (integrations/cache-headers.ts)\n${cacheHeaderLines()}`);
        logger.info(`_headers: ${CACHE_RULES.length} caching rules`);
      },
    },
  };
}
