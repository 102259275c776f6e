// Display helpers shared by every surface: enum labels and schedules as text, in ja and en.

export { describeSchedule, formatDays, formatJapanTime, formatRule } from "./describe-schedule.js";
export * from "./labels.js";
