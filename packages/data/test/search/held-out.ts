// The held-out search queries (held-out-queries.yaml), loaded and measured. Shared by the test that gates the rate
// and by `pnpm bench`, which prints it, so both measure the same thing the same way.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { ContentError } from "../../pipeline/content-error.js";
import { readYaml } from "../../pipeline/yaml-file.js";
import type { SearchHit, SearchOptions } from "../../src/query/search.js";
import { LANGS } from "../../src/schema/primitives.js";

const HeldOutQuery = z.strictObject({
  id: z.string().min(1),
  lang: z.enum(LANGS),
  query: z.string().min(1),
  expect: z.array(z.string().regex(/^(contacts|remedies|faqs|platforms)\/[a-z0-9-]+$/)).min(1),
});
export type HeldOutQuery = z.infer<typeof HeldOutQuery>;

/** How many of the top hits a query's expected record must be among. */
export const TOP = 3;

/** The held-out queries, validated (a malformed file fails loudly, naming the query). */
export function loadHeldOutQueries(): HeldOutQuery[] {
  const file = join(import.meta.dirname, "held-out-queries.yaml");
  // The content's one YAML reader: duplicate keys and values cut short by " #" fail here as they do in content.
  const errors: ContentError[] = [];
  const read = readYaml(readFileSync(file, "utf8"), file, errors);
  if (!read || errors.length > 0) throw new Error(errors.map((e) => `${e.file}: ${e.field} ${e.reason}`).join("\n"));
  const parsed = z.strictObject({ queries: z.array(HeldOutQuery).min(1) }).safeParse(read.data);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.queries;
}

const PLURAL = { contact: "contacts", remedy: "remedies", faq: "faqs", platform: "platforms" } as const;

/** A hit as the held-out file names records: contacts/<id>, remedies/<id>, … */
export function hitKey(hit: Pick<SearchHit, "type" | "id">): string {
  return `${PLURAL[hit.type]}/${hit.id}`;
}

/** One query's outcome: whether an expected record is in the top hits, and what the top hits were. */
export interface HeldOutOutcome {
  query: HeldOutQuery;
  passed: boolean;
  top: string[];
}

/** Runs every held-out query through `search` and returns each outcome and the share that passed. */
export function measureHeldOut(
  search: (query: string, options?: SearchOptions) => Pick<SearchHit, "type" | "id">[],
  queries = loadHeldOutQueries(),
): { outcomes: HeldOutOutcome[]; rate: number } {
  const outcomes = queries.map((query) => {
    const top = search(query.query, { lang: query.lang, limit: TOP }).map(hitKey);
    return { query, passed: top.some((key) => query.expect.includes(key)), top };
  });
  return { outcomes, rate: outcomes.filter((o) => o.passed).length / outcomes.length };
}
