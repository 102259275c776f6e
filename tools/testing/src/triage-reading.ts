// The triage reading the data and widget suites start their cases from: every field a reading has, nothing read.
// Typed without @netstalker/data (this package sits below it): empty lists are `never[]`, so a case that spreads it
// under its own fields and returns a TriageInterpretation still fails the typecheck when the interface gains a field.

/** A reading in which the interpreter found nothing, but (`understood: true`) the form was answered. */
export interface NothingRead {
  danger: false;
  crisis: false;
  needs: never[];
  audiences: never[];
  matched: never[];
  ask: never[];
  understood: true;
  evidence: never[];
}

/** A fresh reading with nothing read, for a case to spread its own fields over. */
export function nothingRead(): NothingRead {
  return {
    danger: false,
    crisis: false,
    needs: [],
    audiences: [],
    matched: [],
    ask: [],
    understood: true,
    evidence: [],
  };
}
