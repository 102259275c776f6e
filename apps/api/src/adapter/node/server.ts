// The Node server's socket limits. Node's defaults hold a connection that sends its headers or body slowly for up to
// 60 s (headers) and 300 s (the whole request), checked only every 30 s: a few slow clients then keep sockets and
// memory busy for minutes. The API's requests are small GETs and POSTs of at most a few KB, so a request that has
// not arrived within seconds is dropped with 408.
import { createServer, type RequestListener, type Server } from "node:http";

/** How long the Node server waits for a request, in milliseconds. */
export interface NodeServerLimits {
  /** The request line and headers must have arrived within this time. */
  headersTimeout: number;
  /** The whole request (headers and body) must have arrived within this time. */
  requestTimeout: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeout: number;
  /** How often Node checks the two timeouts above (its default, 30 s, would let them overrun by that much). */
  connectionsCheckingInterval: number;
}

/** The limits `pnpm start` runs with. */
export const NODE_SERVER_LIMITS: Readonly<NodeServerLimits> = Object.freeze({
  headersTimeout: 10_000,
  requestTimeout: 15_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
});

/** A Node HTTP server for `listener` that drops requests arriving more slowly than `limits` allow. */
export function createApiServer(listener: RequestListener, limits: NodeServerLimits = NODE_SERVER_LIMITS): Server {
  const server = createServer(
    {
      headersTimeout: limits.headersTimeout,
      requestTimeout: limits.requestTimeout,
      keepAliveTimeout: limits.keepAliveTimeout,
      connectionsCheckingInterval: limits.connectionsCheckingInterval,
    },
    listener,
  );
  return server;
}
