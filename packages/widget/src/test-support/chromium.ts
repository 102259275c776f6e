// The workspace's Chromium (path, flags) comes from @netstalker/testing; this module only launches it for the
// whole-page tests, screenshots and bench with the widget's own Playwright.
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH, chromiumLaunchOptions } from "@netstalker/testing/chromium";
import { type Browser, chromium } from "playwright";

export { CHROMIUM_PATH };
/** The workspace's Chromium flags, as a fresh list (Playwright's options take a mutable array). */
export const CHROMIUM_ARGS: string[] = [...ARGS];

/** Launches the system's headless Chromium with the workspace's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
