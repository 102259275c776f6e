// Display helpers shared by every surface: enum labels, schedules, dialling and traces as text, in ja and en.

export { describeSchedule, formatDays, formatJapanTime, formatRule } from "./describe-schedule.js";
export {
  type DialAlternative,
  type ShortcodeDialing,
  shortcodeDialing,
  shortcodeInstruction,
} from "./dial-text.js";
export * from "./labels.js";
export { channelTraces } from "./traces.js";
