import { dataVersion } from "@netstalker/data";
import { changeLog, type VersionChanges } from "@netstalker/data/feed";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";

interface ChangesBody {
  data: VersionChanges[];
  meta: { count: number; since: string | null; dataVersion: string };
}

describe("GET /v1/changes", () => {
  it("lists every published version, newest first (none before the first publish)", async () => {
    const { res, body } = await getJson<ChangesBody>("/v1/changes");
    expect(body.data).toEqual(changeLog);
    expect(body.meta).toEqual({ count: changeLog.length, since: null, dataVersion });
    // The version being developed has not been published: it is not in the log (packages/data/releases/).
    expect(body.data.map((v) => v.version)).not.toContain(dataVersion);
    expect(res.headers.get("cache-control")).toContain("max-age");
  });

  it.each([
    ["a malformed version", "latest", "not a version"],
    ["a version never released", "9.9.9", "never released"],
    ["an empty version", "", "not a version"],
  ])("400s %s as problem+json naming the parameter", async (_, since, detail) => {
    const problem = await expectProblem(await request(`/v1/changes?since=${encodeURIComponent(since)}`), 400);
    expect(problem.detail).toContain(detail);
    expect(problem.errors?.[0]).toMatchObject({ in: "query", name: "since" });
  });

  it("400s unknown parameters", async () => {
    await expectProblem(await request("/v1/changes?from=0.1.0"), 400);
  });

  it("is documented in OpenAPI with the since parameter and the 400", async () => {
    const { body } = await getJson<{ paths: Record<string, { get: Record<string, unknown> }> }>("/openapi.json");
    const op = body.paths["/v1/changes"]?.get as
      | { parameters: { name: string }[]; responses: Record<string, unknown> }
      | undefined;
    expect(op?.parameters.map((p) => p.name)).toEqual(["since"]);
    expect(Object.keys(op?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400"]));
  });
});
