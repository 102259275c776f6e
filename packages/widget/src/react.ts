// @netstalker/widget/react: <StalkerHelp> for React 18 (and 19), built with @lit/react. It registers the element,
// passes props as element properties and maps the widget's events to onData / onExit / onViewChange.
// React 19 users may also write <stalker-help-widget> directly: import type {} from "@netstalker/widget/jsx".
import { createComponent, type EventName } from "@lit/react";
import * as React from "react";
import type { StalkerHelpDataDetail } from "./controllers/data-controller.js";
import { defineStalkerHelpWidget, TAG_NAME } from "./define.js";
import { StalkerHelpWidget, type View } from "./stalker-help-widget.js";

const EVENTS = {
  /** The records on screen were loaded or replaced. */
  onData: "stalker-help-data" as EventName<CustomEvent<StalkerHelpDataDetail>>,
  /** The quick exit started; the page is leaving. */
  onExit: "stalker-help-exit" as EventName<CustomEvent<{ url: string }>>,
  /** The person switched tabs in the `all` view. */
  onViewChange: "stalker-help-view-change" as EventName<CustomEvent<{ view: View }>>,
};

/** Builds the component against a given React (the one of your app; exported for tests and for multiple Reacts). */
export function createStalkerHelp(react: typeof React) {
  defineStalkerHelpWidget();
  return createComponent({
    tagName: TAG_NAME,
    elementClass: StalkerHelpWidget,
    react,
    events: EVENTS,
    displayName: "StalkerHelp",
  });
}

/** `<StalkerHelp lang="ja" view="contacts" onExit={...} />`: the widget as a React component. */
export const StalkerHelp = createStalkerHelp(React);
