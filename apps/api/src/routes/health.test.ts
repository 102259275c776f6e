import { dataset, dataVersion } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { getJson } from "../test-support.js";

describe("GET /healthz", () => {
  it("reports ok and the data version, uncached", async () => {
    const { res, body } = await getJson("/healthz");
    expect(body).toEqual({ status: "ok", dataVersion, generatedAt: dataset.generatedAt });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});
