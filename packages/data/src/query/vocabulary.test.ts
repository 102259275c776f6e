// The vocabulary is declared once (vocabulary.ts and the modules it gathers): no other source in the repository
// writes one of its lists out again. This reads every source file (Node, in the test only) for a literal list of
// three or more strings that all belong to one vocabulary list.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { AudienceSchema, CategorySchema, RemedyKindSchema, ServiceSchema, UrgencySchema } from "../schema/taxonomy.js";
import { RelationshipSchema, TriageNeedSchema, TriageStrengthSchema } from "../schema/triage.js";
import * as vocabulary from "./vocabulary.js";

const repo = join(import.meta.dirname, "..", "..", "..", "..");
/** Where the lists are declared, and display orders (a permutation each, checked against its list in orders.test.ts). */
const DECLARED = new Set([
  "packages/data/src/query/vocabulary.ts",
  "packages/data/src/query/triage-vocabulary.ts",
  "packages/data/src/display/langs.ts",
  "packages/data/src/display/orders.ts",
]);
const ROOTS = ["packages/data/src", "packages/data/pipeline", "packages/data/scripts", "packages/widget/src", "apps"];
const SKIP_DIRS = new Set(["node_modules", "dist", "generated", ".astro", ".wrangler", "fixtures"]);

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sources(path)));
    else if (/\.(ts|astro)$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name)) out.push(path);
  }
  return out;
}

const lists: [string, readonly string[]][] = [
  ["LANGS", vocabulary.LANGS],
  ["CATEGORIES", vocabulary.CATEGORIES],
  ["AUDIENCES", vocabulary.AUDIENCES],
  ["SERVICES", vocabulary.SERVICES],
  ["URGENCIES", vocabulary.URGENCIES],
  ["REMEDY_KINDS", vocabulary.REMEDY_KINDS],
  ["TRIAGE_NEEDS", vocabulary.TRIAGE_NEEDS],
  ["RELATIONSHIPS", vocabulary.RELATIONSHIPS],
  ["TRIAGE_STRENGTHS", vocabulary.TRIAGE_STRENGTHS],
  ["RECORD_KINDS", vocabulary.RECORD_KINDS],
];

describe("the vocabulary", () => {
  it("is what the schemas are built from", () => {
    expect(AudienceSchema.options).toEqual([...vocabulary.AUDIENCES]);
    expect(CategorySchema.options).toEqual([...vocabulary.CATEGORIES]);
    expect(ServiceSchema.options).toEqual([...vocabulary.SERVICES]);
    expect(UrgencySchema.options).toEqual([...vocabulary.URGENCIES]);
    expect(RemedyKindSchema.options).toEqual([...vocabulary.REMEDY_KINDS]);
    expect(TriageNeedSchema.options).toEqual([...vocabulary.TRIAGE_NEEDS]);
    expect(RelationshipSchema.options).toEqual([...vocabulary.RELATIONSHIPS]);
    expect(TriageStrengthSchema.options).toEqual([...vocabulary.TRIAGE_STRENGTHS]);
  });

  it("is written out nowhere else", async () => {
    const files = (await Promise.all(ROOTS.map((root) => sources(join(repo, root))))).flat();
    const offending: string[] = [];
    for (const file of files) {
      const path = relative(repo, file);
      if (DECLARED.has(path)) continue;
      const text = await readFile(file, "utf8");
      for (const match of text.matchAll(/\[\s*("[^"\n]+"(?:\s*,\s*"[^"\n]+")+)\s*,?\s*\]/g)) {
        const items = [...(match[1] ?? "").matchAll(/"([^"\n]+)"/g)].map((m) => m[1] ?? "");
        if (items.length < 3) continue;
        for (const [name, list] of lists) {
          if (items.every((item) => list.includes(item))) offending.push(`${path}: ${name} [${items.join(", ")}]`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
