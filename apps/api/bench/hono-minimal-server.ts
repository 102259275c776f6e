// A reference point between the two: Hono on @hono/node-server with one route and no middleware, returning the
// same bytes and headers as the API. API vs this = our app's cost; this vs bare = the framework's.
import { readFileSync } from "node:fs";
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const file = process.env.BARE_RESPONSE;
if (!file) throw new Error("BARE_RESPONSE must name the captured response file");
const captured = JSON.parse(readFileSync(file, "utf8")) as { headers: Record<string, string>; body: string };
const bytes = new TextEncoder().encode(captured.body);
const app = new Hono().get("*", () => new Response(bytes, { status: 200, headers: captured.headers }));
serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  console.log(`listening on http://127.0.0.1:${info.port}/`);
});
