// The real content's scenarios, for the suite.
import { join } from "node:path";
import { loadScenarios as load } from "../../pipeline/triage-scenarios.js";
import type { TriageScenario } from "../../src/schema/triage.js";

/** The validated scenarios of content/triage/scenarios.yaml. */
export function loadScenarios(): Promise<TriageScenario[]> {
  return load(join(import.meta.dirname, "..", "..", "content"));
}
