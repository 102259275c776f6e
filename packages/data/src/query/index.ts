// Pure query logic over the dataset: no Node built-ins, no bundled data, runs in browsers, Node and Workers.

// Display helpers (labels, schedules as text) are pure too, and belong wherever the query functions go.
export * from "../display/index.js";
export { askStillOpen } from "./ask-still-open.js";
export {
  CHANNEL_MODES,
  type ChannelMode,
  isNoVoiceChannel,
  isRemoteAction,
  NO_VOICE_CHANNEL_TYPES,
} from "./channel-modes.js";
export { dialHref } from "./dial.js";
export { type ContactFilter, filterContacts, filterRemedies, type RemedyFilter } from "./filter.js";
export { createInterpreter, type InterpreterOptions, signalReadsNothing } from "./interpret.js";
export { languageName } from "./language-name.js";
export { type Localized, localize } from "./localize.js";
export {
  answersLater,
  effectiveSchedule,
  isOpenAt,
  nextOpening,
  type OpenState,
  type OpenStatus,
  type OpenTarget,
  openStatus,
} from "./open-now.js";
export {
  byReach,
  CHANNEL_FILTERS,
  type ChannelFilter,
  contactReach,
  coveragePrefectures,
  type ElsewhereGroup,
  REACH_STATES,
  type Reach,
  type ReachableNow,
  type ReachGroup,
  type ReachOptions,
  type ReachState,
  type ReachStatus,
  reachableNow,
  requireRegion,
  scheduleReach,
  servesRegion,
  UNKNOWN_REASONS,
  type UnknownReason,
} from "./reachable.js";
export { parseReadings, type Readings } from "./readings.js";
export {
  createSearch,
  type SearchableData,
  type SearchHit,
  type SearchOptions,
  type SearchSettings,
} from "./search.js";
export {
  createTriage,
  type EffectiveAnswers,
  mergeAnswers,
  type RankedItem,
  TRIAGE_NEEDS,
  type TriageAnswers,
  type TriageData,
  type TriageNeed,
  type TriageResult,
} from "./triage.js";
export { reasonTexts, withReasons } from "./triage-reasons.js";
export {
  countCharacters,
  MAX_TRIAGE_TEXT,
  RELATIONSHIPS,
  type Relationship,
  TRIAGE_ASKS,
  TRIAGE_STRENGTHS,
  type TriageAsk,
  type TriageStrength,
} from "./triage-vocabulary.js";
// The vocabulary (languages, taxonomy, triage lists, record kinds), declared once and zod-free.
export * from "./vocabulary.js";
