// Cloudflare Workers entry: the same app, behind the edge cache (adapter/workers/edge-cache.ts).
import type { ExecutionContext } from "hono";
import { edgeCached } from "./adapter/workers/edge-cache.js";
import { app } from "./app.js";

/** The Workers runtime's default cache (globalThis.caches.default exists only on Workers). */
declare const caches: { default: Parameters<typeof edgeCached>[1]["cache"] };

export default {
  fetch(request: Request, env: object | undefined, ctx: ExecutionContext): Promise<Response> {
    return edgeCached(request, { cache: caches.default, waitUntil: (p) => ctx.waitUntil(p) }, (r) =>
      app.fetch(r, env, ctx),
    );
  },
};
