// The few phrases only the HSDS export writes (everything else comes from the display helpers' labels).
import type { Labels } from "../display/labels.js";
import type { Lang } from "../schema/primitives.js";

/** Fixed phrases of the HSDS export, in ja and en. */
export const HSDS_TEXT_LABELS = {
  national: { ja: "日本全国", en: "All of Japan" },
  runs: { ja: "この窓口を運営しています:", en: "Runs these services:" },
  unreachableFrom: { ja: "つながらない回線:", en: "Cannot be dialled from:" },
} as const satisfies Labels<string>;

/** "Runs these services: A; B." in `lang`. */
export function runsSentence(names: readonly string[], lang: Lang): string {
  return `${HSDS_TEXT_LABELS.runs[lang]} ${names.join(lang === "ja" ? "、" : "; ")}${lang === "ja" ? "" : "."}`;
}
