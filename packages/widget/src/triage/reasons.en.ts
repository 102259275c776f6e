// The bundled triage rules' reasons in English: the lazy chunk "triage-reasons-en", which engine.ts loads for a page
// in English. The build keeps only that language's reasons here (vite.config.ts, reasonsIn) and none in the triage
// chunk: a page shows one language.
import type { Dataset, TriageRule } from "@netstalker/data";
import datasetJson from "@netstalker/data/dataset.json" with { type: "json" };

/** The rules, as far as their English reasons go (reasonTexts in @netstalker/data/query reads them). */
export const RULES: readonly TriageRule[] = (datasetJson as unknown as Dataset).triage.rules;
