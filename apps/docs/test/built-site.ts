import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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

/** The file a URL path is served from, or null; mirrors test/static-server.ts. */
export function fileForPath(urlPath: string): string | null {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  const file = path.join(DIST, clean);
  if (!file.startsWith(DIST.replace(/\/$/, ""))) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, "index.html");
  return existsSync(index) ? index : null;
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
