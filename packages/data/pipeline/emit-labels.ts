// The label tables: read from content/labels/*.yaml, checked against LABEL_FILES (every value of a vocabulary has a
// label, every heading is a field, every text has both languages, every `TABLE.key` reference exists), and written as
// typed modules under src/generated/labels/, one per file, which src/display/ re-exports. One module per file keeps
// the bundles apart: a widget chunk showing contacts does not carry the remedies' or the triage's words.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { type Document, isMap, isScalar } from "yaml";
import { LocalizedTextSchema } from "../src/schema/primitives.js";
import type { ContentError } from "./content-error.js";
import { LABEL_FILES, type LabelTable } from "./label-tables.js";
import { readYaml } from "./yaml-file.js";

/** A label: both languages, or the same label of another table (`TABLE.key`). */
type LabelValue = { ja: string; en: string } | { ref: { table: string; key: string } };

/** One table as read: its documentation (the YAML comment above it) and its labels, in file order. */
interface LoadedTable {
  doc: string | undefined;
  value: LabelValue | Map<string, LabelValue>;
}

/** Every labels file as read and checked, by name. */
export type LoadedLabels = Map<string, Map<string, LoadedTable>>;

const REFERENCE = /^([A-Z][A-Z0-9_]*)\.([\w-]+)$/;

/** Reads and checks content/labels/; problems are pushed to `errors`, one per table or key. */
export async function loadLabels(contentRoot: string, errors: ContentError[]): Promise<LoadedLabels> {
  const loaded: LoadedLabels = new Map();
  const base = join(contentRoot, "..");
  for (const [name, tables] of Object.entries(LABEL_FILES)) {
    const path = join(contentRoot, "labels", `${name}.yaml`);
    const file = relative(base, path);
    let text: string;
    try {
      text = await readFile(path, "utf8");
    } catch {
      errors.push({ file, id: null, field: "", reason: "the labels file is missing" });
      continue;
    }
    const read = readYaml(text, file, errors);
    if (!read) continue;
    const docs = tableDocs(read.document);
    const data = read.data;
    if (typeof data !== "object" || data === null || Array.isArray(data)) {
      errors.push({ file, id: null, field: "", reason: "must be a mapping of table names to tables" });
      continue;
    }
    const out = new Map<string, LoadedTable>();
    for (const table of Object.keys(data)) {
      if (!(table in tables)) {
        errors.push({ file, id: table, field: "", reason: `no such table here (${Object.keys(tables).join(", ")})` });
      }
    }
    for (const [table, rule] of Object.entries(tables)) {
      const raw = (data as Record<string, unknown>)[table];
      if (raw === undefined) {
        errors.push({ file, id: table, field: "", reason: "the table is missing" });
        continue;
      }
      const value = checkTable(raw, rule, (field, reason) => errors.push({ file, id: table, field, reason }));
      if (value) out.set(table, { doc: docs.get(table), value });
    }
    loaded.set(name, out);
  }
  checkReferences(loaded, errors, base, contentRoot);
  return loaded;
}

/** The comment above each top-level key, by key (the file's own opening comment is not any table's). */
function tableDocs(document: Document): Map<string, string> {
  const docs = new Map<string, string>();
  const contents = document.contents;
  if (!isMap(contents)) return docs;
  for (const pair of contents.items) {
    if (isScalar(pair.key) && typeof pair.key.value === "string" && pair.key.commentBefore) {
      // The first key's comment also holds the file's opening comment: the table's own is the last paragraph.
      const paragraph = pair.key.commentBefore.split(/\n[ \t]*\n/).at(-1) ?? "";
      const lines = paragraph.split("\n").map((line) => line.trim());
      docs.set(pair.key.value, lines.join(" ").trim());
    }
  }
  return docs;
}

/** One table checked against its rule; undefined (after reporting) when it cannot be used. */
function checkTable(
  raw: unknown,
  rule: LabelTable,
  report: (field: string, reason: string) => void,
): LoadedTable["value"] | undefined {
  if (rule.kind === "text") return checkText(raw, "", report);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    report("", "must be a mapping of keys to { ja, en }");
    return undefined;
  }
  const entries = Object.entries(raw as Record<string, unknown>);
  if (rule.kind === "vocabulary" || rule.kind === "fields") {
    const allowed = new Set(rule.keys);
    for (const [key] of entries) {
      if (!allowed.has(key)) {
        report(key, `${rule.type.name} has no ${rule.kind === "fields" ? "field" : "value"} "${key}"`);
      }
    }
    if (rule.kind === "vocabulary") {
      for (const key of rule.keys) if (!(key in raw)) report(key, `every ${rule.type.name} needs a label: add one`);
    }
  }
  const table = new Map<string, LabelValue>();
  for (const [key, value] of entries) {
    const checked = checkText(value, key, report);
    if (checked) table.set(key, checked);
  }
  return table;
}

/** A `{ ja, en }` text or a `TABLE.key` reference. */
function checkText(raw: unknown, field: string, report: (field: string, reason: string) => void) {
  if (typeof raw === "string") {
    const match = REFERENCE.exec(raw);
    if (match?.[1] && match[2]) return { ref: { table: match[1], key: match[2] } };
    report(field, "must be { ja, en } or a reference TABLE.key to another table's label");
    return undefined;
  }
  const parsed = LocalizedTextSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    report([field, ...issue.path.map(String)].filter((s) => s !== "").join("."), issue.message);
  }
  return undefined;
}

/** Every `TABLE.key` must name a label written out in full (no chains), in this file or another. */
function checkReferences(loaded: LoadedLabels, errors: ContentError[], base: string, contentRoot: string): void {
  const written = new Map<string, string>();
  for (const [name, tables] of loaded) {
    for (const [table, { value }] of tables) {
      if (!(value instanceof Map)) continue;
      for (const [key, label] of value) if (!("ref" in label)) written.set(`${table}.${key}`, name);
    }
  }
  for (const [name, tables] of loaded) {
    const file = relative(base, join(contentRoot, "labels", `${name}.yaml`));
    for (const [table, { value }] of tables) {
      if (!(value instanceof Map)) continue;
      for (const [key, label] of value) {
        if ("ref" in label && !written.has(`${label.ref.table}.${label.ref.key}`)) {
          errors.push({
            file,
            id: table,
            field: key,
            reason: `refers to ${label.ref.table}.${label.ref.key}, which no table has`,
          });
        }
      }
    }
  }
}

/** The file each table is in, for the imports of references across files. */
const FILE_OF_TABLE = new Map(
  Object.entries(LABEL_FILES).flatMap(([name, tables]) => Object.keys(tables).map((table) => [table, name] as const)),
);

const literal = (label: LabelValue): string =>
  "ref" in label
    ? `${label.ref.table}.${label.ref.key}`
    : `{ ja: ${JSON.stringify(label.ja)}, en: ${JSON.stringify(label.en)} }`;

/** The generated module of one labels file: one typed, documented export per table. */
export function labelsModule(name: string, tables: Map<string, LoadedTable>): string {
  const rules = LABEL_FILES[name] ?? {};
  const typeImports = new Map<string, Set<string>>();
  const addType = (from: string, type: string) => typeImports.set(from, (typeImports.get(from) ?? new Set()).add(type));
  const valueImports = new Map<string, Set<string>>();
  const body: string[] = [];
  for (const [table, { doc, value }] of tables) {
    const rule = rules[table];
    if (!rule) continue;
    if (doc) body.push(`/** ${doc.replace(/\*\//g, "* /")} */`);
    if (!(value instanceof Map)) {
      addType("schema/primitives", "LocalizedText");
      body.push(`export const ${table}: LocalizedText = ${literal(value)};`, "");
      continue;
    }
    const entries = [...value].map(([key, label]) => {
      if ("ref" in label) {
        const from = FILE_OF_TABLE.get(label.ref.table);
        if (from && from !== name) valueImports.set(from, (valueImports.get(from) ?? new Set()).add(label.ref.table));
      }
      return `  ${JSON.stringify(key)}: ${literal(label)},`;
    });
    const open = `{\n${entries.join("\n")}\n}`;
    if (rule.kind === "vocabulary") {
      addType("display/label-types", "Labels");
      addType(rule.type.from, rule.type.name);
      body.push(`export const ${table}: Labels<${rule.type.name}> = ${open};`, "");
    } else if (rule.kind === "fields") {
      addType("display/label-types", "FieldLabels");
      addType(rule.type.from, rule.type.name);
      body.push(`export const ${table} = ${open} as const satisfies FieldLabels<${rule.type.name}>;`, "");
    } else {
      addType("schema/primitives", "LocalizedText");
      body.push(`export const ${table} = ${open} as const satisfies Record<string, LocalizedText>;`, "");
    }
  }
  const imports = [
    ...[...typeImports]
      .sort()
      .map(([from, types]) => `import type { ${[...types].sort().join(", ")} } from "../../${from}.js";`),
    ...[...valueImports]
      .sort()
      .map(([from, names]) => `import { ${[...names].sort().join(", ")} } from "./${from}.js";`),
  ];
  return [
    `/* Generated by packages/data/pipeline/emit-labels.ts from content/labels/${name}.yaml. Do not edit: change the YAML. */`,
    ...imports,
    "",
    ...body,
  ].join("\n");
}

/** Writes src/generated/labels/<name>.ts for every labels file. */
export async function emitLabels(pkgRoot: string, loaded: LoadedLabels): Promise<void> {
  const dir = join(pkgRoot, "src", "generated", "labels");
  await mkdir(dir, { recursive: true });
  for (const [name, tables] of loaded) await writeFile(join(dir, `${name}.ts`), labelsModule(name, tables));
}
