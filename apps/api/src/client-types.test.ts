// The client types @netstalker/data/api ships must describe the API as it is: regenerated from the live document
// they must equal the committed file (a change to a route without `pnpm --filter @netstalker/api client-types` fails).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CLIENT_TYPES_FILE, clientTypes } from "../scripts/client-types.js";

describe("@netstalker/data/api client types", () => {
  it("are generated from the current OpenAPI document (run `pnpm --filter @netstalker/api client-types` if not)", async () => {
    const committed = readFileSync(CLIENT_TYPES_FILE, "utf8");
    expect(committed === (await clientTypes()), "packages/data/src/api/openapi-types.ts is stale").toBe(true);
  });

  it("name every operation, so generated clients have named calls", () => {
    const committed = readFileSync(CLIENT_TYPES_FILE, "utf8");
    for (const name of ["listContacts", "getContact", "triage", "listHsdsServices", "getHsdsService"]) {
      expect(committed).toContain(`${name}: {`);
    }
  });
});
