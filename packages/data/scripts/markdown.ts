// Markdown pieces the review sheet's scripts share (report.ts, report-triage.ts).

/** A Markdown table: the header row, the separator, then one row per entry. Cells must already be escaped. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const out = [`| ${head.join(" | ")} |`, `| ${head.map(() => "---").join(" | ")} |`];
  for (const row of rows) out.push(`| ${row.join(" | ")} |`);
  return out.join("\n");
}

/** The lines of a `## heading` section: the heading, then each block, each followed by a blank line. */
export function section(heading: string, ...blocks: string[]): string[] {
  return [`## ${heading}`, "", ...blocks.flatMap((block) => [block, ""])];
}
