// `pnpm bench` (part): how long the widget's record check takes to refuse hostile data (issue #20, target: a
// 300,000-character field refused in well under 100 ms), and, for comparison, the https pattern it used to run,
// which backtracked quadratically (timed on shorter inputs only: on 300,000 characters it takes about a minute).

import { localize } from "@netstalker/data/query";
import contactSchema from "@netstalker/data/schemas/contact-localized.schema.json" with { type: "json" };
import { compileJsonSchema, type JsonSchemaDocument } from "../src/data/json-schema-check.js";
import { dataset } from "../src/test-support/fixtures.js";

const TARGET_MS = 100;
const check = compileJsonSchema(contactSchema as JsonSchemaDocument);
const [first] = dataset.contacts;
if (!first) throw new Error("no contacts in the dataset");
const contact = localize(first, "ja");

/** Median time of `runs` calls of `fn`, in ms. */
function median(fn: () => unknown, runs = 9): number {
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    fn();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)] ?? Number.NaN;
}

// A long run of "a." ending in a space: the earlier pattern tries every split of the run before it gives up.
const crafted = (chars: number) => `https://${"a.".repeat(Math.floor((chars - 9) / 2))} `;
const hostile = { ...contact, sources: [{ ...contact.sources[0], url: crafted(300_000) }] };
const refusal = check(hostile);
const ms = median(() => check(hostile));
console.log(
  `refusing a 300,000-character URL field: ${ms.toFixed(2)} ms (target < ${TARGET_MS} ms: ${ms < TARGET_MS ? "met" : "NOT met"}); ${refusal}`,
);
// The pattern the published schema carried before (quadratic on a long run of dots, with no length limit first).
const OLD = /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/u;
for (const chars of [2_500, 5_000, 10_000]) {
  const input = crafted(chars);
  console.log(`  the earlier https pattern on ${chars} characters: ${median(() => OLD.test(input), 3).toFixed(1)} ms`);
}
