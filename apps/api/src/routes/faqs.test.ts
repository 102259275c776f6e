import { dataVersion, type FaqLocalized, faqs, localize } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";

describe("GET /v1/faqs", () => {
  it("lists every FAQ in both languages", async () => {
    for (const lang of ["ja", "en"] as const) {
      const { body } = await getJson<{ data: FaqLocalized[]; meta: unknown }>(`/v1/faqs?lang=${lang}`);
      expect(body).toEqual({
        data: faqs.map((f) => localize(f, lang)),
        meta: { count: faqs.length, lang, dataVersion },
      });
    }
  });
  it("returns every FAQ by id, 404s unknown ids and 400s unknown parameters", async () => {
    for (const faq of faqs) {
      const { body } = await getJson<{ data: FaqLocalized }>(`/v1/faqs/${faq.id}?lang=en`);
      expect(body.data).toEqual(localize(faq, "en"));
    }
    await expectProblem(await request("/v1/faqs/no-such-faq"), 404);
    await expectProblem(await request("/v1/faqs?kind=x"), 400);
  });
});
