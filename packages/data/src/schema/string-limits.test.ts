// Outside data (a data file, an API answer) is checked against these schemas in browsers, on the main thread. Two
// rules keep a hostile source from freezing the page: every string has a length limit, and every pattern runs in
// linear time (no super-linear backtracking), so the check costs at most a little per character of a bounded field.
import { analyse } from "scslre";
import { describe, expect, it } from "vitest";
import { PUBLISHED_SCHEMAS, type SchemaName, toJsonSchema } from "../../pipeline/emit-schemas.js";
import { HttpsUrlSchema, MAX_URL_LENGTH } from "./primitives.js";

type Node = Record<string, unknown>;

/** Every node of a JSON Schema with the path that leads to it. */
function* nodes(value: unknown, path: string): Generator<[string, Node]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* nodes(item, `${path}[${i}]`);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  yield [path, value as Node];
  for (const [key, inner] of Object.entries(value)) yield* nodes(inner, `${path}.${key}`);
}

const isString = (node: Node) => node.type === "string" || (Array.isArray(node.type) && node.type.includes("string"));
/** The causes of super-linear backtracking scslre finds in a pattern run with the `u` flag (as the widget runs it). */
const superLinear = (pattern: string) => analyse({ source: pattern, flags: "u" }).reports.map((r) => r.type);

const schemas = (Object.keys(PUBLISHED_SCHEMAS) as SchemaName[]).map(
  (name) => [name, toJsonSchema(name, "0.0.0")] as const,
);

describe.each(schemas)("the %s JSON Schema", (_name, schema) => {
  it("gives every string a maxLength (enums and constants are bounded already)", () => {
    const unbounded = [...nodes(schema, "$")]
      .filter(([, node]) => isString(node) && node.enum === undefined && node.const === undefined)
      .filter(([, node]) => typeof node.maxLength !== "number")
      .map(([path]) => path);
    expect(unbounded).toEqual([]);
  });

  it("has only linear-time patterns", () => {
    const slow = [...nodes(schema, "$")]
      .filter(([, node]) => typeof node.pattern === "string")
      .map(([path, node]) => [path, node.pattern as string, superLinear(node.pattern as string)] as const)
      .filter(([, , reports]) => reports.length > 0);
    expect(slow).toEqual([]);
  });
});

describe("the https URL pattern", () => {
  it("is linear where the earlier one backtracked quadratically (the checker finds that one)", () => {
    expect(superLinear(String.raw`^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$`)).not.toEqual([]);
  });

  it("still takes the URLs it took, and refuses a crafted one by its length before any pattern runs", () => {
    for (const url of ["https://www.npa.go.jp/", "https://a.example/x?y=1#z", "https://www.moj.go.jp./jinken/"]) {
      expect(HttpsUrlSchema.safeParse(url).success, url).toBe(true);
    }
    for (const url of ["https://localhost/", "https://a..b/", "http://a.example/", "https:// a.example/"]) {
      expect(HttpsUrlSchema.safeParse(url).success, url).toBe(false);
    }
    const crafted = `https://${"a.".repeat(150_000)} `;
    const result = HttpsUrlSchema.safeParse(crafted);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.code)).toContain("too_big");
    expect(crafted.length).toBeGreaterThan(MAX_URL_LENGTH);
  });
});
