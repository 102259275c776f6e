import { dataVersion, localize, TRIAGE_NEEDS, type TriageAnswers, triage } from "@netstalker/data";
import { describe, expect, it, vi } from "vitest";
import { expectProblem, getJson, request } from "../test-support.js";
import { MAX_TRIAGE_BODY } from "./triage.js";

// The oracle: the data package's own triage, localized by its generic localize (not the route's code).
const expected = (answers: TriageAnswers, lang: "ja" | "en") => ({
  data: localize(triage(answers), lang),
  meta: { lang, dataVersion },
});

const post = (body: string, contentType = "application/json", query = "") =>
  request(`/v1/triage${query}`, { method: "POST", headers: { "Content-Type": contentType }, body });

describe("/v1/triage", () => {
  it("shows the platforms' own removal routes for the removal needs, with the caution, localized", async () => {
    for (const need of ["remove-posts", "personal-info", "intimate-images", "impersonation"]) {
      const { body } = await getJson(`/v1/triage?need=${need}&lang=en`);
      const data = (
        body as { data: { platforms: { id: string; reason: string }[]; cautions: { id: string; title: string }[] } }
      ).data;
      expect(data.platforms.map((p) => p.id)).toEqual(
        expect.arrayContaining(["x", "meta", "youtube-google", "tiktok", "line-yahoo"]),
      );
      expect(typeof data.platforms[0]?.reason).toBe("string");
      expect(data.cautions.map((k) => k.id)).toContain("removal-request-may-reach-poster");
      expect(data.cautions[0]?.title).toBe("What you send may reach the poster");
    }
    const { body } = await getJson("/v1/triage?need=talk");
    expect((body as { data: { platforms: unknown[] } }).data.platforms).toEqual([]);
  });
  it("POST answers in the language of ?lang= over Accept-Language (the request's negotiated language)", async () => {
    const res = await request("/v1/triage?lang=en", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": "ja" },
      body: JSON.stringify({ needs: ["remove-posts"] }),
    });
    expect(((await res.json()) as { meta: { lang: string } }).meta.lang).toBe("en");
    const ja = await request("/v1/triage", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Language": "ja" },
      body: JSON.stringify({ needs: ["remove-posts"] }),
    });
    expect(((await ja.json()) as { meta: { lang: string } }).meta.lang).toBe("ja");
  });
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

  it("GET takes a relationship, and names the field and the allowed values for unknown ones", async () => {
    const { body } = await getJson("/v1/triage?need=stop-contact&relationship=ex-partner");
    expect(body).toEqual(expected({ needs: ["stop-contact"], relationship: "ex-partner" }, "ja"));
    const bad = await expectProblem(await request("/v1/triage?relationship=cousin"), 400);
    expect(bad.detail).toContain("relationship");
    expect(bad.detail).toContain("ex-partner");
    const need = await expectProblem(await request("/v1/triage?need=revenge"), 400);
    expect(need.detail).toContain("need");
    expect(need.detail).toContain("intimate-images");
  });

  it("POST reads the person's own words and returns what it understood, merged with the answers", async () => {
    const text = "元カレに殺すと言われた。家の前にいる";
    const res = await post(JSON.stringify({ audiences: ["women"], text }), "application/json", "?lang=en");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as { data: { interpreted: unknown; contacts: { id: string }[] } };
    expect(body).toEqual(expected({ audiences: ["women"], text }, "en"));
    expect(body.data.interpreted).toMatchObject({ danger: true, relationship: "ex-partner" });
    expect(body.data.contacts[0]?.id).toBe("police-emergency-110");
  });

  it("POST refuses text that is too long (413) or not a string (400), and text in a GET URL (400)", async () => {
    const long = await expectProblem(await post(JSON.stringify({ text: "あ".repeat(1001) })), 413);
    expect(long.detail).toContain("1000");
    expect((await post(JSON.stringify({ text: "あ".repeat(1000) }))).status).toBe(200);
    // Characters, not UTF-16 units: 1,000 emoji (2,000 units) are within the limit, 1,001 are not.
    expect((await post(JSON.stringify({ text: "😢".repeat(1000) }))).status).toBe(200);
    await expectProblem(await post(JSON.stringify({ text: "😢".repeat(1001) })), 413);
    await expectProblem(await post(JSON.stringify({ text: 42 })), 400);
    await expectProblem(await post(JSON.stringify({ text: ["a"] })), 400);
    const inUrl = await expectProblem(await request(`/v1/triage?text=${encodeURIComponent("元カレ")}`), 400);
    expect(inUrl.detail).toMatch(/URL/);
    expect(inUrl.detail).toMatch(/POST/);
  });

  it("crisis (GET and POST): a line that listens first, the children's 24-hour line for a child, 110 when acting now", async () => {
    const { body } = await getJson("/v1/triage?crisis=true&lang=en");
    expect(body).toEqual(expected({ crisis: true }, "en"));
    const data = (b: unknown) => (b as { data: { contacts: { id: string }[]; answers: { crisis: boolean } } }).data;
    expect(data(body).contacts[0]?.id).toBe("mhlw-kokoro-dial");
    expect(data(body).answers.crisis).toBe(true);
    const child = await getJson("/v1/triage?crisis=true&audience=children");
    expect(data(child.body).contacts[0]?.id).toBe("mext-child-sos-dial");
    const now = await post(JSON.stringify({ crisis: true, danger: true }), "application/json", "?lang=ja");
    expect(data(await now.json()).contacts[0]?.id).toBe("police-emergency-110");
    const words = await post(JSON.stringify({ text: "もう死にたい" }));
    expect(data(await words.json()).answers.crisis).toBe(true);
    // GET without crisis and with crisis=false are not mixed up in the cache.
    const off = await getJson("/v1/triage?crisis=false");
    expect(data(off.body).answers.crisis).toBe(false);
    await expectProblem(await request("/v1/triage?crisis=maybe"), 400);
    await expectProblem(await post('{"crisis":"yes"}'), 400);
  });
  it("crisis with danger only asked (GET and POST): the line that listens first, 110 next; not mixed up in the cache", async () => {
    type Data = {
      data: { contacts: { id: string }[]; answers: { danger: boolean; asked: string[] }; rules: string[] };
    };
    const ids = (b: unknown) => (b as Data).data.contacts.map((c) => c.id);
    // Asked first, so a cached answer for crisis alone could not be the one served for it.
    const unsure = await getJson("/v1/triage?crisis=true&asked=danger&lang=en");
    expect(unsure.body).toEqual(expected({ crisis: true, asked: ["danger"] }, "en"));
    expect(ids(unsure.body).slice(0, 2)).toEqual(["mhlw-kokoro-dial", "police-emergency-110"]);
    expect((unsure.body as Data).data.answers).toMatchObject({ danger: false, asked: ["danger"] });
    const posted = await post(JSON.stringify({ crisis: true, asked: ["danger"] }), "application/json", "?lang=en");
    expect(await posted.json()).toEqual(expected({ crisis: true, asked: ["danger"] }, "en"));
    const alone = await getJson("/v1/triage?crisis=true&lang=en");
    expect((alone.body as Data).data.rules).not.toContain("crisis-danger-unsure");
    const yes = await post(JSON.stringify({ crisis: true, danger: true, asked: ["danger"] }));
    expect(ids(await yes.json())[0]).toBe("police-emergency-110");
    await expectProblem(await request("/v1/triage?asked=maybe"), 400);
    await expectProblem(await post('{"asked":["danger","danger"]}'), 400);
  });
  it("a withheld record is never served: no StopNCII for a child or a parent, Take It Down instead", async () => {
    const ids = (b: unknown) => (b as { data: { contacts: { id: string }[] } }).data.contacts.map((c) => c.id);
    expect(ids((await getJson("/v1/triage?need=intimate-images")).body)).toContain("stopncii");
    for (const audience of ["children", "parents"]) {
      const { body } = await getJson(`/v1/triage?need=intimate-images&audience=${audience}`);
      expect(ids(body)).not.toContain("stopncii");
      expect(ids(body)).toContain("ncmec-take-it-down");
    }
    const words = await post(JSON.stringify({ text: "中2です。裸の写真をばらまくぞって言われてて、もう死にたい" }));
    expect(ids(await words.json())).not.toContain("stopncii");
  });
  it("threats: 110 first and #9110 next, the online desk below both", async () => {
    const { body } = await getJson("/v1/triage?need=threats&danger=false");
    const ids = (body as { data: { contacts: { id: string }[] } }).data.contacts.map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(["police-emergency-110", "police-consultation-9110"]);
    expect(ids.indexOf("npa-cyber-online-desk")).toBeGreaterThan(1);
  });
  it("never logs the text", async () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation(() => undefined),
    );
    const secret = "秘密の言葉ストーカー";
    await post(JSON.stringify({ text: secret }));
    await request(`/v1/triage?text=${encodeURIComponent(secret)}`);
    const logged = spies.flatMap((s) => s.mock.calls.flat().map(String)).join("\n");
    for (const s of spies) s.mockRestore();
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain(encodeURIComponent(secret));
  });
});
