// Security headers on every response, from hono/secure-headers, in one of a few named profiles.
//
// A response's profile is the one a route asked for with `securityProfile(name)`, else "page" for the HTML paths
// below, else "resource". To give a new route other headers (the embeddable page needs `frame-ancestors *` and no
// X-Frame-Options), register the middleware on that route: `routes.use("/embed", securityProfile("embeddable"))`,
// or add a profile here if none fits. A handler that sets one of these headers itself keeps its value (the API
// reference sets its own CSP): the middleware never overwrites.
import type { Context, MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

/** Paths that answer with HTML for a person to read here, not data for other sites. */
export const HTML_PATHS: ReadonlySet<string> = new Set(["/", "/reference"]);

/** The shared part of every profile (hono/secure-headers options; false leaves a header out). */
const COMMON: Partial<SecureHeadersOptions> = {
  strictTransportSecurity: "max-age=31536000; includeSubDomains",
  xContentTypeOptions: true,
  referrerPolicy: "no-referrer",
  xFrameOptions: "DENY",
  originAgentCluster: true,
  xPermittedCrossDomainPolicies: true,
  // Obsolete headers hono sends by default; we never sent them and browsers ignore them.
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xXssProtection: false,
  crossOriginEmbedderPolicy: false,
  // A route or handler that set a header on purpose keeps it.
  overwrite: false,
};

const PAGE_CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  fontSrc: ["'self'", "data:"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};

const PAGE: Partial<SecureHeadersOptions> = {
  ...COMMON,
  crossOriginResourcePolicy: "same-origin",
  crossOriginOpenerPolicy: "same-origin",
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
};

const profiles = {
  /** What other sites load: JSON, schemas, the widget script. Loadable cross-origin, even with <script> (no-cors). */
  resource: secureHeaders({
    ...COMMON,
    crossOriginResourcePolicy: "cross-origin",
    crossOriginOpenerPolicy: false,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  }),
  /** Our own HTML pages: everything they load comes from this origin, and no other site may frame them. */
  page: secureHeaders({ ...PAGE, contentSecurityPolicy: PAGE_CSP }),
  /** An HTML page that partner sites may put in an <iframe>: any ancestor may frame it, so no X-Frame-Options. */
  embeddable: secureHeaders({
    ...PAGE,
    xFrameOptions: false,
    // Any site may embed it, including one that requires CORP of its frames (COEP require-corp).
    crossOriginResourcePolicy: "cross-origin",
    contentSecurityPolicy: { ...PAGE_CSP, frameAncestors: ["*"] },
  }),
} satisfies Record<string, MiddlewareHandler>;

/** The name of a set of security headers. */
export type SecurityProfile = keyof typeof profiles;

const PROFILE_KEY = "securityProfile";

/** Route middleware: this route's responses get the named profile instead of the default for their path. */
export function securityProfile(name: SecurityProfile): MiddlewareHandler {
  return async (c, next) => {
    c.set(PROFILE_KEY, name);
    await next();
  };
}

function profileFor(c: Context): SecurityProfile {
  const chosen: unknown = c.get(PROFILE_KEY);
  if (typeof chosen === "string" && chosen in profiles) return chosen as SecurityProfile;
  return HTML_PATHS.has(c.req.path) ? "page" : "resource";
}

const done = async () => {};

/**
 * Adds the security headers to every response, errors included. The profile is known only once the route has run,
 * so the chosen hono/secure-headers instance runs after the handler (it sets its headers after `next()` anyway).
 */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  await profiles[profileFor(c)](c, done);
};
