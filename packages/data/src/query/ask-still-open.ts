// One rule of mergeAnswers, in a module of its own with nothing imported, kept exported for surfaces that used it.
// Surfaces that keep their own pending questions (the widget) now hand them to the triage as `asked` instead, so that
// mergeAnswers alone decides how an open question routes (danger beside crisis stays a question: ADR 0013).

/**
 * Whether danger or crisis that the words only make possible (asked about) still counts on its own: until the person
 * answers no. mergeAnswers adds the one exception: danger asked beside crisis read or confirmed is not routed as read.
 */
export function askStillOpen(asked: boolean, answer: boolean | undefined): boolean {
  return asked && answer !== false;
}
