// Types for kuromoji 0.1.2 (no bundled types): the part the build uses to read the lexicon's terms.
declare module "kuromoji" {
  /** One morpheme of a tokenized text. */
  export interface IpadicFeatures {
    surface_form: string;
    /** The reading in katakana; "*" or absent for an unknown word. */
    reading?: string;
    pos: string;
  }
  /** A tokenizer built over a dictionary. */
  export interface Tokenizer {
    tokenize(text: string): IpadicFeatures[];
  }
  /** Builds a tokenizer once its dictionary is loaded. */
  export interface TokenizerBuilder {
    build(callback: (error: Error | null, tokenizer: Tokenizer) => void): void;
  }
  /** Starts building a tokenizer over the dictionary files in `dicPath`. */
  export function builder(options: { dicPath: string }): TokenizerBuilder;
  const kuromoji: { builder: typeof builder };
  export default kuromoji;
}
