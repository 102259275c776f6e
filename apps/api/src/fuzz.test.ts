// Property-based fuzzing: whatever path, query, headers and body arrive, the app never answers 5xx,
// and every error is an RFC 9457 problem+json.
import { contacts, TRIAGE_NEEDS } from "@netstalker/data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROBLEM_MEDIA_TYPE } from "./http/problem.js";
import { request } from "./test-support.js";

const PATHS = [
  "/",
  "/healthz",
  "/openapi.json",
  "/reference",
  "/v1/contacts",
  "/v1/remedies",
  "/v1/faqs",
  "/v1/platforms",
  "/v1/search",
  "/v1/triage",
  "/v1/schemas/",
  "/v1/contacts/",
  "/v1/remedies/",
  "/v1/faqs/",
  "/v1/platforms/",
  "/widget/stalker-help-widget.js",
];
const KEYS = [
  "lang",
  "category",
  "audience",
  "service",
  "urgency",
  "open",
  "at",
  "q",
  "limit",
  "kind",
  "need",
  "danger",
];
const VALUES = ["ja", "en", "now", "police", "anyone", "true", "2026-12-02T14:00:00+09:00", ...TRIAGE_NEEDS, ""];

const weird = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("%", "%E0%A4%A", "%00", "..", "../..", "%2F", "\u0000", "😀", "人権", "a".repeat(300), "__proto__"),
);

const segment = fc.oneof(fc.constantFrom(...contacts.map((c) => c.id), "contact", "dataset"), weird);
const path = fc
  .tuple(
    fc.constantFrom(...PATHS),
    fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary: segment, weight: 1 }),
  )
  .map(([base, extra]) => (extra === undefined ? base : `${base}${extra}`));
const queryPart = fc.tuple(
  fc.oneof(fc.constantFrom(...KEYS), weird),
  fc.oneof(fc.constantFrom(...VALUES), weird),
  fc.boolean(),
);
const query = fc
  .array(queryPart, { maxLength: 6 })
  .map((parts) =>
    parts.length === 0
      ? ""
      : `?${parts.map(([k, v, raw]) => (raw ? `${k}=${v}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join("&")}`,
  );
// Mostly absent or well-formed, so the property also reaches the success and validation paths.
const headerValue = (known: string[]) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 4 },
    { arbitrary: fc.constantFrom(...known), weight: 3 },
    { arbitrary: fc.string({ maxLength: 60 }), weight: 1 },
  );
const headers = fc.record({
  accept: headerValue(["application/json", "text/html", "*/*", "application/problem+json;q=0", "image/*"]),
  "accept-language": headerValue(["en", "ja-JP", "fr;q=1,en;q=0.1", "*", "en;q=x"]),
  "if-none-match": headerValue(["*", '"abc"', 'W/"x", "y"']),
  "content-type": headerValue([
    "application/json",
    "text/plain",
    "application/json; charset=utf-8",
    "multipart/form-data",
  ]),
});
const body = fc.oneof(
  fc.constant(undefined),
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 200 }),
  fc
    .record(
      {
        danger: fc.oneof(fc.boolean(), fc.string()),
        needs: fc.array(fc.oneof(fc.constantFrom(...TRIAGE_NEEDS), fc.string()), { maxLength: 8 }),
        audiences: fc.array(fc.string(), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc.constant("x".repeat(10_000)),
);
const method = fc.constantFrom("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

describe("fuzzing the app", () => {
  it("never answers 5xx, and answers every error with problem+json", async () => {
    await fc.assert(
      fc.asyncProperty(method, path, query, headers, body, async (m, p, q, h, b) => {
        const url = `http://localhost${p}${q}`;
        // Only requests a client could send at all: the URL must parse and header values be valid.
        let req: Request;
        try {
          const init: RequestInit = {
            method: m,
            headers: Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined)) as Record<string, string>,
          };
          if (b !== undefined && m !== "GET" && m !== "HEAD") init.body = b;
          req = new Request(url, init);
        } catch {
          return;
        }
        const res = await request(req.url.slice("http://localhost".length), {
          method: req.method,
          headers: req.headers,
          ...(req.body ? { body: await req.text() } : {}),
        });
        expect(res.status, `${m} ${p}${q}`).toBeLessThan(500);
        if (res.status >= 400 && m !== "HEAD") {
          expect(res.headers.get("content-type"), `${m} ${p}${q}`).toBe(PROBLEM_MEDIA_TYPE);
          const problem = (await res.json()) as { status: number; title: string; type: string };
          expect(problem.status).toBe(res.status);
          expect(typeof problem.title).toBe("string");
        }
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});
