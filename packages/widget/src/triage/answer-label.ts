// What each answer of the triage says, in one place: the form's box and the chip the person's words set for the same
// answer take their words from here, so a chip always says exactly what its box says.
import type { Audience, Lang } from "@netstalker/data";
import { AUDIENCE_LABELS, CRISIS_LABEL, RELATIONSHIP_LABELS, TRIAGE_NEED_LABELS } from "@netstalker/data/query";
import type { UiText } from "../i18n.js";
import type { AnswerKey } from "./state.js";

/** What an answer says, as its box and its chip say it (in danger now is not threatened with harm). */
export function answerLabel(key: AnswerKey, lang: Lang, t: UiText): string {
  if (key === "danger") return t.dangerChip;
  if (key === "crisis") return CRISIS_LABEL[lang];
  const at = key.indexOf(":");
  const kind = key.slice(0, at);
  const value = key.slice(at + 1);
  if (kind === "need") return TRIAGE_NEED_LABELS[value as keyof typeof TRIAGE_NEED_LABELS][lang];
  if (kind === "audience") return AUDIENCE_LABELS[value as Audience][lang];
  return RELATIONSHIP_LABELS[value as keyof typeof RELATIONSHIP_LABELS][lang];
}
