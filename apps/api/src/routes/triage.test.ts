import { dataVersion, localize, TRIAGE_NEEDS, type TriageAnswers, triage } from "@netstalker/data";
import { describe, expect, it } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";
import { MAX_TRIAGE_BODY } from "./triage.js";

function expected(answers: TriageAnswers, lang: "ja" | "en") {
  const result = triage(answers);
  const rank = <T>(items: { id: string; score: number; reason: { ja: string; en: string }; record: T }[]) =>
    items.map((r) => ({ id: r.id, score: r.score, reason: r.reason[lang], record: localize(r.record, lang) }));
  return { data: { contacts: rank(result.contacts), remedies: rank(result.remedies) }, meta: { lang, dataVersion } };
}

const post = (body: string, contentType = "application/json", query = "") =>
  request(`/v1/triage${query}`, { method: "POST", headers: { "Content-Type": contentType }, body });

describe("/v1/triage", () => {
  it("GET ranks contacts and remedies as the data package does, with reasons in the answer's language", async () => {
    const { body } = await getJson("/v1/triage?danger=true&need=talk&need=remove-posts&audience=women&lang=en");
    expect(body).toEqual(expected({ danger: true, needs: ["talk", "remove-posts"], audiences: ["women"] }, "en"));
  });
  it("GET accepts a single need, and no answers at all", async () => {
    for (const need of TRIAGE_NEEDS) {
      const { body } = await getJson(`/v1/triage?need=${need}`);
      expect(body).toEqual(expected({ needs: [need] }, "ja"));
    }
    const { body } = await getJson("/v1/triage");
    expect(body).toEqual(expected({}, "ja"));
  });
  it("POST gives the same answer as GET for the same answers, and is not cached", async () => {
    const answers = { danger: false, needs: ["identify-poster", "compensation"], audiences: ["men"] } as const;
    const res = await post(JSON.stringify(answers), "application/json; charset=utf-8", "?lang=en");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual(
      expected({ ...answers, needs: [...answers.needs], audiences: [...answers.audiences] }, "en"),
    );
  });
  it("refuses bad answers, bad JSON, wrong media types and oversized bodies with problems", async () => {
    await expectProblem(await request("/v1/triage?need=revenge"), 400);
    await expectProblem(await request("/v1/triage?danger=yes"), 400);
    const badField = await expectProblem(await post('{"needs":["talk"],"mood":"sad"}'), 400);
    expect(badField.detail).toContain("mood");
    await expectProblem(await post('{"danger":"yes"}'), 400);
    await expectProblem(await post('{"needs":'), 400);
    await expectProblem(await post("[]"), 400);
    await expectProblem(await post("danger=true", "application/x-www-form-urlencoded"), 415);
    await expectProblem(await request("/v1/triage", { method: "POST", body: "{}" }), 415);
    const big = await expectProblem(
      await post(JSON.stringify({ needs: ["talk"], pad: "x".repeat(MAX_TRIAGE_BODY) })),
      413,
    );
    expect(big.detail).toContain(String(MAX_TRIAGE_BODY));
  });
});
