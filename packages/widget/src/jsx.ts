// @netstalker/widget/jsx: types for writing <stalker-help-widget> directly in React 19 JSX (React 19 passes props
// to custom elements as properties and `on<event>` props as event listeners). Types only:
//   import type {} from "@netstalker/widget/jsx";
import type { Lang } from "@netstalker/data";
import type { StalkerHelpDataDetail } from "./controllers/data-controller.js";
import type { StalkerHelpWidget, Theme, View } from "./stalker-help-widget.js";

/** The attributes and events <stalker-help-widget> accepts in JSX. */
export interface StalkerHelpWidgetJsxProps {
  lang?: Lang | (string & {});
  view?: View;
  theme?: Theme;
  category?: string;
  audience?: string;
  "api-base"?: string;
  "exit-url"?: string;
  compact?: boolean;
  "fetch-timeout"?: number;
  id?: string;
  class?: string;
  className?: string;
  ref?: import("react").Ref<StalkerHelpWidget>;
  "onstalker-help-data"?: (event: CustomEvent<StalkerHelpDataDetail>) => void;
  "onstalker-help-exit"?: (event: CustomEvent<{ url: string }>) => void;
  "onstalker-help-view-change"?: (event: CustomEvent<{ view: View }>) => void;
}

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "stalker-help-widget": StalkerHelpWidgetJsxProps;
    }
  }
}
