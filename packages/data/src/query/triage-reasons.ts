// The reasons the triage rules give for what they suggest, apart from the rules, in one language. A page shows one
// language: the widget ships the rules once, without reasons, in its lazy triage chunk (60 KB brotli budget) and the
// reasons of the page's language in a chunk of their own (ADR 0012), and puts them back together here.
import type { Lang, LocalizedText } from "../schema/primitives.js";
import type { TriageContent, TriageSuggestion } from "../schema/triage.js";

/** A suggestion whose reason may have been taken out, or kept in some languages only. */
interface SuggestionReason {
  reason?: Partial<LocalizedText>;
}
/** A rule as far as its reasons go: the suggestions, in the order they rank. */
interface RuleReasons {
  contacts: readonly SuggestionReason[];
  remedies: readonly SuggestionReason[];
  platforms?: readonly SuggestionReason[] | undefined;
}

/** Every suggestion of the rules, rule by rule: contacts, remedies, platforms. */
function suggestions<S>(
  rules: readonly { contacts: readonly S[]; remedies: readonly S[]; platforms?: readonly S[] }[],
) {
  return rules.flatMap((rule) => [...rule.contacts, ...rule.remedies, ...(rule.platforms ?? [])]);
}

/** Each suggestion's reason in `lang`, in the rules' order (see `withReasons`). */
export function reasonTexts(rules: readonly RuleReasons[], lang: Lang): string[] {
  return suggestions(rules).map((s, i) => {
    const text = s.reason?.[lang];
    if (text === undefined) throw new Error(`reasonTexts: suggestion ${i} has no reason in ${lang}`);
    return text;
  });
}

/**
 * The triage content with each suggestion's reason set from `texts` (reasonTexts of the same rules): the one
 * language a page shows, under both keys, for the ranking passes reasons on as they are. Throws when the texts do not
 * fit the rules (reasons of another data version).
 */
export function withReasons(triage: TriageContent, texts: readonly string[]): TriageContent {
  const slots = suggestions(triage.rules).length;
  if (texts.length !== slots)
    throw new Error(`withReasons: ${texts.length} reasons for the rules' ${slots} suggestions`);
  let n = 0;
  const fill = (list: readonly TriageSuggestion[]) =>
    list.map((s): TriageSuggestion => {
      const text = texts[n++] as string;
      return { ...s, reason: { ja: text, en: text } };
    });
  return {
    ...triage,
    rules: triage.rules.map((rule) => ({
      ...rule,
      contacts: fill(rule.contacts),
      remedies: fill(rule.remedies),
      ...(rule.platforms && { platforms: fill(rule.platforms) }),
    })),
  };
}
