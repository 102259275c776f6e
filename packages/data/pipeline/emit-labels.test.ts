import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type ContentError, formatContentError } from "./content-error.js";
import { labelsModule, loadLabels } from "./emit-labels.js";

const CONTENT = join(import.meta.dirname, "../content");
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real labels, with `file` changed by `edit`; the errors of loading it. */
async function errorsAfter(file: string, edit: (yaml: string) => string): Promise<string[]> {
  const root = join(mkdtempSync(join(tmpdir(), "labels-")), "content");
  temps.push(join(root, ".."));
  cpSync(join(CONTENT, "labels"), join(root, "labels"), { recursive: true });
  const path = join(root, "labels", file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  const errors: ContentError[] = [];
  await loadLabels(root, errors);
  return errors.map(formatContentError);
}

describe("the label tables in content/labels", () => {
  it("load with no errors, every table documented by its YAML comment", async () => {
    const errors: ContentError[] = [];
    const loaded = await loadLabels(CONTENT, errors);
    expect(errors.map(formatContentError)).toEqual([]);
    for (const [, tables] of loaded) for (const [table, { doc }] of tables) expect(doc, table).toMatch(/\w/);
  });

  it("stop the build when a vocabulary value has no label, naming file, table and value", async () => {
    const errors = await errorsAfter("contacts.yaml", (y) => y.replace(/^ {2}women: .*\n/m, ""));
    expect(errors).toEqual([
      'content/labels/contacts.yaml: record "CATEGORY_LABELS", field women: every Category needs a label: add one',
    ]);
  });

  it("refuse a label for no value and a heading for no field", async () => {
    expect(await errorsAfter("contacts.yaml", (y) => y.replace("  dv: ", "  dv-typo: "))).toContain(
      'content/labels/contacts.yaml: record "CATEGORY_LABELS", field dv-typo: Category has no value "dv-typo"',
    );
    expect(await errorsAfter("contact-fields.yaml", (y) => y.replace("  schedule: ", "  hours: "))).toEqual([
      'content/labels/contact-fields.yaml: record "CONTACT_FIELD_LABELS", field hours: Contact has no field "hours"',
    ]);
  });

  it("refuse a text without both languages, an unknown table and a reference to nothing", async () => {
    expect(await errorsAfter("reach.yaml", (y) => y.replace("en: Closed now ", ""))).toEqual([
      'content/labels/reach.yaml: record "REACH_STATE_LABELS", field closed.en: Invalid input: expected string, received undefined',
    ]);
    expect(await errorsAfter("triage.yaml", (y) => `${y}\nEXTRA_LABELS: {}\n`)).toEqual([
      'content/labels/triage.yaml: record "EXTRA_LABELS": no such table here (CRISIS_LABEL, TRIAGE_ASK_LABELS, TRIAGE_NEED_LABELS, RELATIONSHIP_LABELS, TRIAGE_STRENGTH_LABELS)',
    ]);
    expect(
      await errorsAfter("remedies.yaml", (y) => y.replace("CONTACT_FIELD_LABELS.caveat", "CONTACT_FIELD_LABELS.cavet")),
    ).toEqual([
      'content/labels/remedies.yaml: record "REMEDY_FIELD_LABELS", field caveat: refers to CONTACT_FIELD_LABELS.cavet, which no table has',
    ]);
  });

  it("are generated as typed modules that keep a shared label one object", async () => {
    const loaded = await loadLabels(CONTENT, []);
    const remedies = labelsModule("remedies", loaded.get("remedies") ?? new Map());
    expect(remedies).toContain("export const REMEDY_KIND_LABELS: Labels<RemedyKind> = {");
    expect(remedies).toContain("} as const satisfies FieldLabels<Remedy>;");
    expect(remedies).toContain('"caveat": CONTACT_FIELD_LABELS.caveat,');
    expect(remedies).toContain('import { CONTACT_FIELD_LABELS } from "./contact-fields.js";');
  });
});
