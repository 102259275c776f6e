// Loads the triage scenarios (content/triage/scenarios.yaml) through the same validation as the build.

import type { TriageScenario } from "../src/schema/triage.js";
import { formatContentError } from "./content-error.js";
import { loadContent } from "./load-content.js";
import { validateContent } from "./validate-content.js";

/** The validated scenarios under `contentRoot`; throws with every content error if the content is broken. */
export async function loadScenarios(contentRoot: string): Promise<TriageScenario[]> {
  const loaded = await loadContent(contentRoot);
  // Dates are checked by the build; the scenarios do not depend on today.
  const { content, errors } = validateContent(loaded.records, { today: "9999-12-31", triage: loaded.triage });
  const all = [...loaded.errors, ...errors];
  if (all.length > 0 || !content.triage) throw new Error(all.map(formatContentError).join("\n") || "no triage content");
  return content.triage.scenarios;
}
