// Registers <stalker-help-widget>. The only module of this package with a side effect (see "sideEffects").
import { StalkerHelpWidget } from "./stalker-help-widget.js";

/** The tag name the widget registers under. */
export const TAG_NAME = "stalker-help-widget";

/**
 * Registers the element unless the tag is taken. A partner page may load the script twice, or two versions of it:
 * that must never throw (an exception here would stop the rest of the partner's script), so it only warns.
 */
export function defineStalkerHelpWidget(registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(TAG_NAME);
  if (existing === undefined) {
    registry.define(TAG_NAME, StalkerHelpWidget);
  } else if (existing !== StalkerHelpWidget) {
    console.warn(
      `<${TAG_NAME}> is already defined by another copy of @netstalker/widget; keeping the first one. Load the script once.`,
    );
  }
}

defineStalkerHelpWidget();

export { StalkerHelpWidget };
