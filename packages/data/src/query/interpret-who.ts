// Who is doing it, beyond the lexicon's words for people: the cues the interpreter weighs when it picks the one
// relationship (ADR 0013, "Picking the one relationship"), after the corpus conventions
// (content/triage/corpus/README.md, "Who is doing it"). Like the agent cues in interpret.ts, these are patterns of
// grammar around a person, not words for one, so they live beside the code that reads them.

/** A person word found in the folded text, [start, end). */
export interface PersonSpan {
  start: number;
  end: number;
}

/** Japanese: the owner's word, の, then the partner word (友達の彼氏, 元カノの今の彼氏). */
const JA_OF_ANOTHER = /の(?:今の|いまの|新しい|あたらしい)?$/;
/** English: "my friend's boyfriend", "my ex's new girlfriend". */
const EN_OF_ANOTHER = /(?:'s|s')\s+(?:new\s+|current\s+)?$/;
/** English: "her husband", "his wife", "their boyfriend". */
const EN_THIRD_PERSON = /\b(?:her|his|their)\s+(?:new\s+|current\s+)?$/;

/**
 * Whether the partner word starting at `start` is someone else's partner (a friend's partner is an acquaintance):
 * "her/his …", or another person named just before it owns it (友達の彼氏, "my coworker's husband").
 */
export function partnerOfAnother(text: string, start: number, people: readonly PersonSpan[]): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (EN_THIRD_PERSON.test(before)) return true;
  const m = JA_OF_ANOTHER.exec(before) ?? EN_OF_ANOTHER.exec(before);
  if (!m) return false;
  const ownerEnd = start - (before.length - m.index);
  return people.some((p) => p.end === ownerEnd);
}

/** What stands between two people the writer is torn between: 元彼か同僚か, "my ex or my boss". */
const TORN = /^(?:か|かな|かも|か、|かも、|か\?|\s*or\s*(?:maybe\s+)?(?:my|a|an|the|some|that)?\s*)$/;

/**
 * Whether the writer is torn between two different people named side by side ("or", か): the conventions read
 * that as `unknown`. `who` gives each person's relationship.
 */
export function tornBetween<P extends PersonSpan>(
  text: string,
  people: readonly P[],
  who: (p: P) => string | undefined,
): boolean {
  const named = people.filter((p) => who(p) !== undefined).sort((a, b) => a.start - b.start);
  for (let i = 1; i < named.length; i++) {
    const a = named[i - 1] as P;
    const b = named[i] as P;
    if (who(a) !== who(b) && TORN.test(text.slice(a.end, b.start))) return true;
  }
  return false;
}

/** An account or post nobody can put a name to: 匿名, 捨て垢, "anonymous", "throwaway". */
const UNNAMED_ACCOUNT = /匿名|捨て垢|すてあか|\banonymous\b|\banon\b|\bthrowaway\b|\bburner\b/;
/** Someone, unnamed (誰かが, "someone keeps posting"). */
const UNNAMED_PERSON = /誰か|だれか|\bsomeone\b|\bsomebody\b/g;
/** After "someone": someone wished for, not someone doing it (誰かに相談したい, 誰か助けて, "someone to talk to"). */
const SOMEONE_WANTED =
  /^(?:に(?:相談|話|はな|聞|き|言|い|頼|たの|助|たす)|と(?:話|はな)|助け|たすけ|\s+(?:to|who|i can|that can|please|help))/;

/**
 * The word showing that someone nobody can name is doing it (an anonymous account, 誰かが, "someone keeps…"), or
 * undefined. "Someone" inside a lexicon word (`taken`: 誰かに話したい, "someone to talk to") or wished for is nobody.
 */
export function unnamedDoer(text: string, taken: readonly PersonSpan[]): string | undefined {
  const account = UNNAMED_ACCOUNT.exec(text);
  if (account) return account[0];
  for (const m of text.matchAll(UNNAMED_PERSON)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    if (!SOMEONE_WANTED.test(text.slice(end, end + 8))) return m[0];
  }
  return undefined;
}
