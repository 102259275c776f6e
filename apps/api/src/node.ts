// Node entry (`pnpm start`): serves the app on 127.0.0.1:8787 unless HOST / PORT say otherwise.
// Shareable answers are replayed from a small HTTP cache in front of the app (adapter/node/response-cache.ts);
// API_RESPONSE_CACHE=off sends every request through the app. Answers go out in brotli or gzip where the client
// accepts them (adapter/node/compression.ts).
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { compressing } from "./adapter/node/compression.js";
import { createResponseCache } from "./adapter/node/response-cache.js";
import { createApiServer } from "./adapter/node/server.js";
import { app } from "./app.js";

const hostname = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

const cache = process.env.API_RESPONSE_CACHE === "off" ? null : createResponseCache();
// Compression inside the cache: the cache keeps each encoded variant (its key follows Vary: Accept-Encoding).
const compressed = compressing(app.fetch);
const appListener = getRequestListener(cache ? cache.wrap(compressed) : compressed);
// Slow senders are dropped within seconds (adapter/node/server.ts), not held for Node's default five minutes.
const server = createApiServer((req, res) => {
  if (cache?.serve(req, res)) return;
  void appListener(req, res);
});

server.listen(port, hostname, () => {
  const info = server.address() as AddressInfo;
  const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
  console.log(`netstalker-help API listening on http://${host}:${info.port}/`);
});

function shutdown(signal: string): void {
  console.log(`${signal}: closing (finishing requests in flight)`);
  // Do not wait forever for a slow client.
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close((err) => process.exit(err ? 1 : 0));
  // Idle keep-alive connections would hold close() open until they time out.
  server.closeIdleConnections();
}
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
