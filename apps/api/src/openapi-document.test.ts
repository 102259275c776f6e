// The OpenAPI document @netstalker/data ships (openapi.json, the source of its `@netstalker/data/api` types) must
// describe the API as it is: a change to a route without `pnpm --filter @netstalker/api openapi-document` fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPENAPI_DOCUMENT_FILE, openApiDocumentText } from "../scripts/openapi-document.js";

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

describe("the OpenAPI document committed in @netstalker/data", () => {
  const committed = readFileSync(OPENAPI_DOCUMENT_FILE, "utf8");

  it("equals what the app serves (run `pnpm --filter @netstalker/api openapi-document` if not)", async () => {
    expect(committed === (await openApiDocumentText()), "packages/data/openapi.json is stale").toBe(true);
  });

  it("names every operation, so generated clients have named calls", () => {
    const paths = (JSON.parse(committed) as { paths: Record<string, Record<string, { operationId?: string }>> }).paths;
    const unnamed = Object.entries(paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => METHODS.has(method) && !operation.operationId)
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(Object.keys(paths).length).toBeGreaterThan(10);
    expect(unnamed).toEqual([]);
  });
});
