// Security headers: one set for what other sites load (JSON, schemas, the widget), one for our own HTML pages.
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** Paths that answer with HTML for a person to read here, not data for other sites. */
export const HTML_PATHS: ReadonlySet<string> = new Set(["/", "/reference"]);

// Public data and the widget script are meant to be loaded by other origins.
const forResources = secureHeaders({
  crossOriginResourcePolicy: "cross-origin",
  crossOriginOpenerPolicy: false,
  xFrameOptions: "DENY",
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
});

// Everything a page needs comes from this origin, so a third-party request cannot even be attempted.
const forPages = secureHeaders({
  crossOriginResourcePolicy: "same-origin",
  xFrameOptions: "DENY",
  contentSecurityPolicy: {
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
  },
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  // A page may tighten or loosen its own CSP (the API reference needs an inline start-up script).
  overwrite: false,
});

/** Applies the header set that fits the path. */
export const securityHeaders: MiddlewareHandler = (c, next) =>
  HTML_PATHS.has(c.req.path) ? forPages(c, next) : forResources(c, next);
