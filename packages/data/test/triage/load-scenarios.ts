// Loads the triage scenarios (content/triage/scenarios.yaml) through the same validation as the build.
import { join } from "node:path";
import { formatContentError } from "../../build/content-error.js";
import { loadContent } from "../../build/load-content.js";
import { validateContent } from "../../build/validate-content.js";
import type { TriageScenario } from "../../src/schema/triage.js";

const contentRoot = join(import.meta.dirname, "..", "..", "content");

/** The validated scenarios; throws with every content error if the content is broken. */
export async function loadScenarios(): Promise<TriageScenario[]> {
  const loaded = await loadContent(contentRoot);
  const { content, errors } = validateContent(loaded.records, { today: "9999-12-31", triage: loaded.triage });
  const all = [...loaded.errors, ...errors];
  if (all.length > 0 || !content.triage) throw new Error(all.map(formatContentError).join("\n") || "no triage content");
  return content.triage.scenarios;
}
