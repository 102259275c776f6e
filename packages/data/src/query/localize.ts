import type { Lang, LocalizedText } from "../schema/primitives.js";

/** A record with every `{ ja, en }` pair replaced by the string in one language. */
export type Localized<T> = T extends LocalizedText
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;

/** Returns a copy of `record` with every localized text in `lang`. */
export function localize<T>(record: T, lang: Lang): Localized<T> {
  throw new Error(`not implemented ${String(record)} ${lang}`);
}
