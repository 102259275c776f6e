// The widget's test server: @netstalker/testing's static server on 127.0.0.1 (free port) with the files of dist/
// at the root, served as a public CDN serves them, plus the pages and handlers (a fake API) a test asks for.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lang } from "@netstalker/data";
import {
  contentTypeOf,
  type Handler,
  htmlPage,
  startStaticServer,
  type TestServer,
} from "@netstalker/testing/static-server";

export type { Handler, TestServer };

/** The built package files (run `pnpm build` first). */
export const DIST_DIR = fileURLToPath(new URL("../../dist/", import.meta.url));
/** The CDN build: code only, reading its records from the data file next to it. */
export const BUNDLE_PATH = `${DIST_DIR}stalker-help-widget.js`;

/**
 * Serves a top-level file of dist/ or a lazy chunk (`/stalker-help-widget.data.ja.json`, `/chunks/x.js`) with the
 * CORS header public CDNs send.
 */
const distFiles: Handler = (_req, res, url) => {
  const name = url.pathname.slice(1);
  if (!/^(?:chunks\/)?[\w.-]+$/.test(name) || !existsSync(DIST_DIR + name)) return false;
  // Access-Control-Allow-Origin as public CDNs send it: the widget reads its data file with fetch().
  res.writeHead(200, {
    "content-type": contentTypeOf(name),
    "cache-control": "no-store",
    "access-control-allow-origin": "*",
  });
  res.end(readFileSync(DIST_DIR + name));
  return true;
};

/** Starts a server with these pages (`path → html`), the files of dist/ at the root (/stalker-help-widget.js, ...) and extra handlers. */
export function startServer(pages: Record<string, string>, ...handlers: Handler[]): Promise<TestServer> {
  return startStaticServer({ pages, handlers: [distFiles, ...handlers] });
}

/** A plain HTML page around `body`, with optional extra <head> content. */
export const page: (body: string, head?: string, lang?: string) => string = htmlPage;

/**
 * What every page of the CDN build fetches right after its first card, whatever tab is open (sorted paths): the views,
 * details and triage chunks (with the chunk of modules they share), the triage rules' reasons and the details file
 * of the language. The triage chunk comes with them, before anything is typed, so no request tells the CDN that a
 * person started to write.
 */
export function afterFirstCard(lang: Lang): string[] {
  const chunks = existsSync(`${DIST_DIR}chunks`) ? readdirSync(`${DIST_DIR}chunks`) : [];
  return [
    ...chunks
      .filter((f) => new RegExp(`^(views|details|triage|triage-reasons-${lang}|shared)-[\\w-]{8}\\.js$`).test(f))
      .map((f) => `/chunks/${f}`),
    `/stalker-help-widget.details.${lang}.json`,
  ].sort();
}
