// Types for japanese-holidays (rule-based, no bundled types), used only by tests as an independent holiday source.
declare module "japanese-holidays" {
  /** One holiday of a year. */
  export interface JapaneseHoliday {
    month: number;
    date: number;
    name: string;
  }
  /** The holidays of a year, with substitute and citizens' holidays unless furikae is false. */
  export function getHolidaysOf(year: number, furikae?: boolean): JapaneseHoliday[];
}
