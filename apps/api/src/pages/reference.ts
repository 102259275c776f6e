// The interactive API reference (Scalar), with its script served by us so the page makes no third-party request.
import { Scalar } from "@scalar/hono-api-reference";
import type { MiddlewareHandler } from "hono";
import { SCALAR_PATH } from "../routes/assets.js";

// Scalar starts itself with an inline script; everything else still has to come from this origin.
const REFERENCE_CSP =
  "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const configuration = {
  url: "/openapi.json",
  cdn: SCALAR_PATH,
  pageTitle: "netstalker-help API reference",
  withDefaultFonts: false,
  telemetry: false,
  hideClientButton: true,
  showDeveloperTools: "never" as const,
  persistAuth: false,
  defaultOpenAllTags: true,
  // The AI agent fetches a curated registry from Scalar's servers; off, so the page talks to no one but us.
  agent: { disabled: true },
};
const scalar = Scalar(configuration);

/** Serves the reference page with a CSP that allows only our own origin. */
export const referencePage: MiddlewareHandler = async (c, next) => {
  const res = await scalar(c, next);
  if (res) res.headers.set("Content-Security-Policy", REFERENCE_CSP);
  return res;
};
