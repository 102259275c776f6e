// Japanese national holidays and the year-end closure, looked up by Japan-time day.
import { HOLIDAY_TABLE_FIRST_YEAR, HOLIDAY_TABLE_LAST_YEAR, HOLIDAYS_BY_YEAR } from "../generated/holidays.js";
import { civilDateOf, type JapanDay, japanDayFromCivil } from "./japan-time.js";

const FIRST_DAY = japanDayFromCivil(HOLIDAY_TABLE_FIRST_YEAR, 1, 1);
const LAST_DAY = japanDayFromCivil(HOLIDAY_TABLE_LAST_YEAR, 12, 31);

let holidayDays: ReadonlySet<JapanDay> | undefined;

/** Parses the generated table once, on first use, so importing the package does no work. */
function holidaySet(): ReadonlySet<JapanDay> {
  if (!holidayDays) {
    const days = new Set<JapanDay>();
    HOLIDAYS_BY_YEAR.forEach((list, i) => {
      const year = HOLIDAY_TABLE_FIRST_YEAR + i;
      for (const mmdd of list.split(" ")) {
        days.add(japanDayFromCivil(year, Number(mmdd.slice(0, 2)), Number(mmdd.slice(2, 4))));
      }
    });
    holidayDays = days;
  }
  return holidayDays;
}

/** The years for which national holidays are known: outside them a holiday closure cannot be decided. */
export const HOLIDAY_YEARS = { first: HOLIDAY_TABLE_FIRST_YEAR, last: HOLIDAY_TABLE_LAST_YEAR } as const;

/** Whether a Japan-time day is a national holiday (incl. substitute and citizens' holidays); "unknown" outside the table. */
export function isNationalHoliday(day: JapanDay): boolean | "unknown" {
  if (day < FIRST_DAY || day > LAST_DAY) return "unknown";
  return holidaySet().has(day);
}

/** Whether a Japan-time day falls in the year-end closure, 29 December to 3 January. */
export function isYearEndClosure(day: JapanDay): boolean {
  const { month, date } = civilDateOf(day);
  return (month === 12 && date >= 29) || (month === 1 && date <= 3);
}
