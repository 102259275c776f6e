// Finds values that YAML cut short: an unquoted " #" starts a comment, so "call #9110" reads as "call".
import { isMap, isPair, isScalar, isSeq } from "yaml";
import { formatPath } from "./content-error.js";

/** Field paths of values followed by a comment on the same line: in YAML, "call #9110" unquoted reads as "call". */
export function inlineComments(node: unknown, path: PropertyKey[]): string[] {
  if (isScalar(node)) return node.comment ? [formatPath(path)] : [];
  if (isMap(node)) {
    return node.items.flatMap((pair) =>
      isPair(pair) ? inlineComments(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : "?"]) : [],
    );
  }
  if (isSeq(node)) return node.items.flatMap((item, i) => inlineComments(item, [...path, i]));
  return [];
}
