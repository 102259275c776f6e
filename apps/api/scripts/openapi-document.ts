// The API's OpenAPI document as committed in the data package (packages/data/openapi.json): the contract adopters get
// from `@netstalker/data/openapi.json`, and the source of the client types `@netstalker/data/api` generates at build
// time, so the data package builds without this private app. `pnpm --filter @netstalker/api openapi-document`
// rewrites it; src/openapi-document.test.ts fails when it no longer equals what the app serves.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { app } from "../src/app.js";

/** Where the committed document lives in the data package. */
export const OPENAPI_DOCUMENT_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "packages",
  "data",
  "openapi.json",
);

/** The document the app serves at /openapi.json, as the committed file's text. */
export async function openApiDocumentText(): Promise<string> {
  const response = await app.request("/openapi.json");
  if (!response.ok) throw new Error(`the API answered ${response.status} to GET /openapi.json`);
  return `${JSON.stringify(await response.json(), null, 2)}\n`;
}
