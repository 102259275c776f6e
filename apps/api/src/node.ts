// Node entry (`pnpm start`): serves the app on 127.0.0.1:8787 unless HOST / PORT say otherwise.
import { serve } from "@hono/node-server";
import { app } from "./app.js";

const hostname = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535, not ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

const server = serve({ fetch: app.fetch, hostname, port }, (info) => {
  const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
  console.log(`netstalker-help API listening on http://${host}:${info.port}/`);
});

function shutdown(signal: string): void {
  console.log(`${signal}: closing (finishing requests in flight)`);
  // Do not wait forever for a slow client.
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close((err) => process.exit(err ? 1 : 0));
}
process.once("SIGTERM", () => shutdown("SIGTERM"));
process.once("SIGINT", () => shutdown("SIGINT"));
