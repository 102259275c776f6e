// @netstalker/widget for bundlers: the element class, without registering it (import "@netstalker/widget/define"
// for that, or register it under your own tag name).

export type { LiveDataFailure } from "./data/contacts-check.js";
export type { DataSource, WidgetData } from "./data/widget-data.js";
export {
  DEFAULT_EXIT_URL,
  DEFAULT_FETCH_TIMEOUT_MS,
  type StalkerHelpDataDetail,
  StalkerHelpWidget,
  THEMES,
  type Theme,
  VIEWS,
  type View,
} from "./stalker-help-widget.js";
