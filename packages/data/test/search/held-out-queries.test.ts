// Gates search on queries written apart from it (held-out-queries.yaml): each query must have one of its expected
// records among the top 3 hits of the package's own `search`, for at least 95 % of the queries.
import { describe, expect, it } from "vitest";
import { search } from "../../src/index.js";
import { loadHeldOutQueries, measureHeldOut, TOP } from "./held-out.js";

/** The share of held-out queries that must find an expected record in the top hits (issue 18). */
const REQUIRED_RATE = 0.95;

describe("search on the held-out queries", () => {
  const queries = loadHeldOutQueries();

  it("has queries in both languages", () => {
    expect(queries.filter((q) => q.lang === "ja").length).toBeGreaterThan(50);
    expect(queries.filter((q) => q.lang === "en").length).toBeGreaterThan(30);
  });

  it(`finds an expected record in the top ${TOP} for at least ${REQUIRED_RATE * 100} % of them`, () => {
    const { outcomes, rate } = measureHeldOut(search, queries);
    const missed = outcomes
      .filter((o) => !o.passed)
      .map(
        (o) =>
          `${o.query.id} ${JSON.stringify(o.query.query)} → [${o.top.join(", ")}], wanted one of [${o.query.expect.join(", ")}]`,
      );
    // The misses are printed with the rate, so a failure says which queries fell out.
    expect({ rate, missed }).toEqual({ rate: expect.toSatisfy((r: number) => r >= REQUIRED_RATE), missed });
  });
});
