// A typed client for the API, built on hono/client from the app's own route types.
import { type ClientRequestOptions, hc } from "hono/client";
import type { AppType } from "./app.js";

/** A typed client for the API at `baseUrl` (e.g. http://127.0.0.1:8787). */
export function createClient(baseUrl: string, options?: ClientRequestOptions) {
  return hc<AppType>(baseUrl, options);
}

/** The client's type. */
export type Client = ReturnType<typeof createClient>;
