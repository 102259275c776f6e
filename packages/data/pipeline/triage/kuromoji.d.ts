// Types for kuromoji 0.1.2 (no bundled types): the part the build uses to read the lexicon's terms and the records'
// words (pipeline/emit-readings.ts).
declare module "kuromoji" {
  /** One morpheme of a tokenized text. */
  export interface IpadicFeatures {
    surface_form: string;
    /** The reading in katakana; "*" or absent for an unknown word. */
    reading?: string;
    pos: string;
    /** The first subdivision of the part of speech (自立, 非自立, 接尾, 数, ...). */
    pos_detail_1: string;
    /** How it conjugates (五段・サ行, 一段, 形容詞・アウオ段, ...; "*" for words that do not). */
    conjugated_type?: string;
    /** The form it is in (基本形: the dictionary form, 連用形, ...; "*" for words that do not conjugate). */
    conjugated_form?: string;
    /** The dictionary form ("*" when unknown): 消す for 消し. */
    basic_form: string;
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
