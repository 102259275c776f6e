import { dataVersion, filterRemedies, localize, REMEDY_KINDS, type RemedyLocalized, remedies } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";

interface List {
  data: RemedyLocalized[];
  meta: { count: number; lang: string; dataVersion: string };
}

describe("GET /v1/remedies", () => {
  it("lists every remedy, localized, in the envelope", async () => {
    const { body } = await getJson<List>("/v1/remedies?lang=en");
    expect(body).toEqual({
      data: remedies.map((r) => localize(r, "en")),
      meta: { count: remedies.length, lang: "en", dataVersion },
    });
  });
  it("filters by kind as the data package does", async () => {
    for (const kind of REMEDY_KINDS) {
      const { body } = await getJson<List>(`/v1/remedies?kind=${kind}`);
      expect(body.data.map((r) => r.id)).toEqual(filterRemedies(remedies, { kind }).map((r) => r.id));
      expect(body.data.every((r) => r.kind === kind)).toBe(true);
    }
  });
  it("400s an unknown kind", async () => {
    const problem = await expectProblem(await request("/v1/remedies?kind=magic"), 400);
    expect(problem.errors?.[0]?.name).toBe("kind");
  });
});

describe("GET /v1/remedies/{id}", () => {
  it("returns every remedy by id and 404s unknown ids", async () => {
    for (const remedy of remedies) {
      const { body } = await getJson<{ data: RemedyLocalized }>(`/v1/remedies/${remedy.id}`);
      expect(body.data).toEqual(localize(remedy, "ja"));
    }
    await expectProblem(await request("/v1/remedies/no-such-remedy"), 404);
  });
});
