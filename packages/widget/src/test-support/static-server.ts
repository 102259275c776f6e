// A tiny HTTP server on 127.0.0.1 for the whole-page tests, the screenshots and the bench: plain HTML pages, the
// built bundle and, when a test asks for one, a fake API. Never listens on any other address.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

/** The built package files (run `pnpm build` first). */
export const DIST_DIR = fileURLToPath(new URL("../../dist/", import.meta.url));
/** The CDN build: code only, reading its records from the data file next to it. */
export const BUNDLE_PATH = `${DIST_DIR}stalker-help-widget.js`;

const TYPES: Record<string, string> = {
  js: "text/javascript; charset=utf-8",
  json: "application/json",
  html: "text/html; charset=utf-8",
};

/** A top-level file of dist/ or a lazy chunk by its URL path (`/stalker-help-widget.data.ja.json`, `/chunks/x.js`). */
function distFile(pathname: string): { body: Buffer; type: string } | undefined {
  const name = pathname.slice(1);
  if (!/^(?:chunks\/)?[\w.-]+$/.test(name)) return undefined;
  const path = DIST_DIR + name;
  const type = TYPES[name.split(".").pop() ?? ""];
  return type && existsSync(path) ? { body: readFileSync(path), type } : undefined;
}

/** Answers one request; returns false to fall through to a 404. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

/** A running server and the URL it answers on. */
export interface TestServer {
  origin: string;
  /** Every path requested so far, in order. */
  requests: string[];
  close: () => Promise<void>;
}

/** Starts a server with these pages (`path → html`), the files of dist/ at the root (/stalker-help-widget.js, ...) and extra handlers. */
export async function startServer(pages: Record<string, string>, ...handlers: Handler[]): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname + url.search);
    if (url.pathname === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    const file = distFile(url.pathname);
    if (file) {
      // Access-Control-Allow-Origin as public CDNs send it: the widget reads its data file with fetch().
      res.writeHead(200, {
        "content-type": file.type,
        "cache-control": "no-store",
        "access-control-allow-origin": "*",
      });
      res.end(file.body);
      return;
    }
    const page = pages[url.pathname];
    if (page !== undefined) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(page);
      return;
    }
    for (const handler of handlers) {
      if (await handler(req, res, url)) return;
    }
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A plain HTML page around `body`, with optional extra <head> content. */
export function page(body: string, head = "", lang = "ja"): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>test</title>${head}</head><body>${body}</body></html>`;
}
