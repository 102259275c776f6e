// One rule shared by the data's triage (mergeAnswers) and surfaces that keep their own pending questions (the
// widget): in a module of its own, with nothing imported, so a surface's light chunk can use it without the triage.

/**
 * Whether danger or crisis that the words only make possible (asked about) still counts: it is routed as if read until
 * the person answers no, so the line a read one would put first is there while the question waits.
 */
export function askStillOpen(asked: boolean, answer: boolean | undefined): boolean {
  return asked && answer !== false;
}
