import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fileUnder, startStaticServer, type TestServer } from "@netstalker/testing/static-server";

/** The built site (run `pnpm build` first; turbo's test task depends on build). */
export const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

/** Throws a clear error when the site has not been built. */
export function requireBuild(): void {
  if (!existsSync(path.join(DIST, "index.html"))) {
    throw new Error(`no built site at ${DIST}: run \`pnpm --filter @netstalker/docs build\` first`);
  }
}

/** Every HTML page of the built site as its URL path ("/contacts/x/"), 404 page excluded. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== "_astro" && name !== "pagefind") walk(file);
      } else if (name === "index.html") {
        const rel = path.relative(DIST, dir).split(path.sep).join("/");
        pages.push(rel ? `/${rel}/` : "/");
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** The HTML of a built page by URL path. */
export function readPage(urlPath: string): string {
  return readFileSync(path.join(DIST, decodeURIComponent(urlPath), "index.html"), "utf8");
}

/** The file a URL path is served from, or null: what a static host (and `serveDist`) serves for it. */
export function fileForPath(urlPath: string): string | null {
  return fileUnder(DIST, urlPath);
}

/** Serves the built site on 127.0.0.1 (a free port) the way a static host would: dir/ → dir/index.html, else 404. */
export function serveDist(): Promise<TestServer> {
  return startStaticServer({ root: DIST, notFoundPage: path.join(DIST, "404.html") });
}

/** Decodes the few entities Astro writes inside attribute values. */
export function decodeAttr(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}
