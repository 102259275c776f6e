// A small HTTP server for tests, screenshots and benches: fixed pages, files on disk, a folder served the way a
// static host serves it, and handlers for anything else (a fake API). It listens on 127.0.0.1 only, on a free port,
// so parallel runs never collide and nothing is reachable from outside the machine.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** Answers one request; returns false to fall through to the next handler and finally a 404. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

/** What a server serves, tried in this order: pages, files, the root folder, handlers. */
export interface StaticServerOptions {
  /** HTML pages by URL path, e.g. `{ "/": "<!doctype html>…" }`. */
  pages?: Readonly<Record<string, string>>;
  /** Files on disk by URL path, read on each request (so a rebuilt file is served fresh). */
  files?: Readonly<Record<string, string>>;
  /** A folder served like a static host: `/a/` → `a/index.html`, `/a.js` → `a.js`; nothing outside it. */
  root?: string;
  /** Handlers for any other request, in order. */
  handlers?: readonly Handler[];
  /** A file whose content is the 404 body (e.g. a built site's 404.html); plain "not found" otherwise. */
  notFoundPage?: string;
}

/** A running server and the URL it answers on. */
export interface TestServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Every path (with query) requested so far, in order. */
  requests: string[];
  /** Stops the server, dropping open connections. */
  close: () => Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** The Content-Type a file is served with, by extension. */
export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/**
 * The file below `root` that a URL path is served from, or null: the file itself, else the folder's index.html.
 * Paths that climb out of `root` (`/../x`) are refused.
 */
export function fileUnder(root: string, urlPath: string): string | null {
  const base = path.resolve(root);
  let clean: string;
  try {
    clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return null; // a malformed escape is a 404, not a crash
  }
  const file = path.resolve(base, `.${path.posix.normalize(`/${clean}`)}`);
  if (file !== base && !file.startsWith(`${base}${path.sep}`)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, "index.html");
  return existsSync(index) ? index : null;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}

/** Starts a server on 127.0.0.1 and a free port. */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname + url.search);
    try {
      const page = options.pages?.[url.pathname];
      if (page !== undefined) return send(res, 200, TYPES[".html"] as string, page);
      const file = options.files?.[url.pathname] ?? (options.root ? fileUnder(options.root, url.pathname) : null);
      if (file) return send(res, 200, contentTypeOf(file), readFileSync(file));
      for (const handler of options.handlers ?? []) {
        if (await handler(req, res, url)) return;
      }
      if (url.pathname === "/favicon.ico") {
        res.writeHead(204).end(); // browsers ask for it unprompted; a 404 would only add noise to request logs
        return;
      }
      if (options.notFoundPage)
        return send(res, 404, contentTypeOf(options.notFoundPage), readFileSync(options.notFoundPage));
      send(res, 404, TYPES[".txt"] as string, "not found");
    } catch (error) {
      // A test server that dies mid-suite hides the real failure; answer 500 with the reason instead.
      if (!res.headersSent) send(res, 500, TYPES[".txt"] as string, String(error));
      else res.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A plain HTML page around `body`, with optional extra `<head>` content. */
export function htmlPage(body: string, head = "", lang = "ja"): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>test</title>${head}</head><body>${body}</body></html>`;
}
