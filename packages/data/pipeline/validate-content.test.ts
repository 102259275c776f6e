import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ContentValidationError, formatContentError } from "./content-error.js";
import { loadContent } from "./load-content.js";
import { todayInJapan } from "./today.js";
import { numberKindOf, validateContent } from "./validate-content.js";

const fixtures = join(import.meta.dirname, "fixtures");
const TODAY = "2026-11-29";

async function check(root: string, today: string = TODAY) {
  const loaded = await loadContent(root);
  const result = validateContent(loaded.records, { today, triage: loaded.triage });
  return { ...result, errors: [...loaded.errors, ...result.errors] };
}

/** Reads the `# expect-field:` / `# expect-reason:` header of the fixture file that carries it. */
async function expectation(dir: string): Promise<{ file: string; field: string; reason: string }> {
  for (const kind of ["contacts", "remedies", "faqs", "platforms", "cautions", "triage"]) {
    const names = await readdir(join(dir, kind)).catch(() => [] as string[]);
    for (const name of names) {
      const text = await readFile(join(dir, kind, name), "utf8");
      const field = /^# expect-field: ?(.*)$/m.exec(text);
      const reason = /^# expect-reason: (.+)$/m.exec(text);
      if (field && reason) return { file: `${kind}/${name}`, field: field[1]?.trim() ?? "", reason: reason[1] ?? "" };
    }
  }
  throw new Error(`${dir} has no file with # expect-field / # expect-reason`);
}

const invalidCases = await readdir(join(fixtures, "invalid"));

describe("negative fixtures: each breaks one rule and the build names file, record, field and reason", () => {
  test("there is at least one fixture per rule (15 or more)", () => {
    expect(invalidCases.length).toBeGreaterThanOrEqual(15);
  });

  test.each(invalidCases)("%s", async (name) => {
    const dir = join(fixtures, "invalid", name);
    const expected = await expectation(dir);
    const { errors } = await check(dir);
    expect(errors.length).toBeGreaterThan(0);
    const match = errors.find((e) => e.field === expected.field && e.reason.includes(expected.reason));
    expect(
      match,
      `expected an error on field "${expected.field}" mentioning "${expected.reason}", got:\n${errors.map(formatContentError).join("\n")}`,
    ).toBeDefined();
    if (!match) return;
    expect(match.file).toBe(`${name}/${expected.file}`);
    // The message a person reads names the file, and the record whenever the file has a readable id.
    const line = formatContentError(match);
    expect(line).toContain(match.file);
    if (expected.field !== "" && expected.field !== "id") expect(line).toMatch(/record "[^"]+"/);
  });
});

describe("positive fixtures: edge cases that must pass", () => {
  test("past-midnight spans, 24:00, alternatives, per-channel schedules, varies, caveats", async () => {
    const { errors, content } = await check(join(fixtures, "valid", "edge-cases"));
    expect(errors.map(formatContentError)).toEqual([]);
    expect(content.contacts.map((c) => c.id).sort()).toEqual(["fixture-line", "fixture-varies"]);
    expect(content.remedies[0]?.legalBasis).toEqual([]);
    // A route seen only on a secondary page is allowed at medium confidence with a caveat.
    expect(content.platforms.map((p) => p.id)).toEqual(["fixture-platform"]);
    expect(content.cautions.map((c) => c.id)).toEqual(["fixture-caution"]);
  });

  test("the real content validates", async () => {
    // The real content is checked against the real date, as the build checks it: a pinned date would call
    // every record verified after it "in the future".
    const { errors, content } = await check(join(import.meta.dirname, "..", "content"), todayInJapan());
    expect(errors.map(formatContentError)).toEqual([]);
    expect(content.contacts.length).toBeGreaterThan(0);
    expect(content.triage?.content.rules.length).toBeGreaterThan(10);
    expect(content.triage?.scenarios.length).toBeGreaterThanOrEqual(30);
  });

  test("a fixture without triage files has no triage content, and no triage errors", async () => {
    const { errors, content } = await check(join(fixtures, "valid", "edge-cases"));
    expect(errors).toEqual([]);
    expect(content.triage).toBeUndefined();
  });
});

describe("error reporting", () => {
  test("ContentValidationError lists every error on its own line", () => {
    const error = new ContentValidationError([
      { file: "content/contacts/a.yaml", id: "a", field: "channels[0].number", reason: "bad" },
      { file: "content/faqs/b.yaml", id: null, field: "", reason: "not valid YAML: x" },
    ]);
    expect(error.message).toBe(
      '2 content errors:\n  - content/contacts/a.yaml: record "a", field channels[0].number: bad\n  - content/faqs/b.yaml: (no id): not valid YAML: x',
    );
  });
});

describe("numberKindOf", () => {
  test.each([
    ["0120-007-110", "toll-free"],
    ["0800-123-4567", "toll-free"],
    ["0570-003-110", "navi-dial"],
    ["050-3754-5430", "ip"],
    ["090-1234-5678", "mobile"],
    ["03-3597-7830", "landline"],
  ] as const)("%s is %s", (number, kind) => {
    expect(numberKindOf(number)).toBe(kind);
  });
});

describe("the editorial order (content/order.yaml)", async () => {
  const loaded = await loadContent(join(fixtures, "valid", "edge-cases"));
  const validate = (order: Record<string, unknown>) =>
    validateContent(loaded.records, { today: TODAY, order, orderFile: "content/order.yaml" });
  const complete = {
    contacts: ["fixture-varies", "fixture-line"],
    remedies: ["fixture-step"],
    faqs: ["fixture-question"],
  };

  test("sorts each kind as listed, not by file name", () => {
    const { content, errors } = validate(complete);
    expect(errors).toEqual([]);
    expect(content.contacts.map((c) => c.id)).toEqual(["fixture-varies", "fixture-line"]);
  });

  test("names a record the order leaves out", () => {
    const { errors } = validate({ ...complete, contacts: ["fixture-line"] });
    expect(errors.map(formatContentError)).toEqual([
      'content/order.yaml: record "fixture-varies", field contacts: "fixture-varies" is missing: add it where it belongs in the order',
    ]);
  });

  test("names an id listed twice or one that does not exist", () => {
    const { errors } = validate({ ...complete, remedies: ["fixture-step", "fixture-step", "no-such-step"] });
    expect(errors.map((e) => `${e.field}: ${e.reason}`)).toEqual([
      'remedies[1]: "fixture-step" is listed twice',
      'remedies[2]: there is no remedies record "no-such-step"',
    ]);
  });

  test("needs a list for every kind", () => {
    const { errors } = validate({ contacts: complete.contacts, remedies: complete.remedies });
    expect(errors.map((e) => `${e.field}: ${e.reason}`)).toEqual(["faqs: list the faqs ids in display order"]);
  });
});
