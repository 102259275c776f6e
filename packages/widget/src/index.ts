// @netstalker/widget for bundlers: the element class, without registering it (import "@netstalker/widget/define"
// for that, or register it under your own tag name).

export type { LiveDataFailure } from "./live-data.js";
export {
  DEFAULT_EXIT_URL,
  DEFAULT_FETCH_TIMEOUT_MS,
  type StalkerHelpDataDetail,
  StalkerHelpWidget,
  VIEWS,
  type View,
} from "./stalker-help-widget.js";
export type { DataSource, WidgetData } from "./widget-data.js";
