// Display helpers shared by every surface: enum and field labels, display orders, lists, schedules, dialling and
// traces as text, in ja and en.

export { describeSchedule, formatDays, formatJapanTime, formatRule } from "./describe-schedule.js";
export {
  alternativeForText,
  type DialAlternative,
  type DialText,
  dialReachNotes,
  dialText,
  isDialChannel,
  mainDialChannel,
  type ShortcodeDialing,
  shortcodeDialing,
  shortcodeInstruction,
  unreachableFromText,
} from "./dial-text.js";
export * from "./field-labels.js";
export { joinList, type ListPart, listParts } from "./join-list.js";
export * from "./labels.js";
export { DEFAULT_LANG, LANGS } from "./langs.js";
export { describeOpenStatus, OPEN_BADGE_LABELS, type OpenBadge, openBadge } from "./open-status-text.js";
export { byRemedyKind, byUrgency, groupInOrder, REMEDY_KIND_ORDER, URGENCY_ORDER } from "./orders.js";
export { PREFECTURES, type Prefecture, parsePrefecture, prefectureName } from "./prefectures.js";
export * from "./reach-labels.js";
export * from "./remedy-labels.js";
export { setUpFirstNote } from "./setup-first.js";
export { channelTraces } from "./traces.js";
export * from "./triage-labels.js";
export { WEEK_DAYS } from "./week.js";
