// The one place the workspace says which Chromium its browser tests drive and how it is launched. Playwright cannot
// download its own browser on the CI machines, so every suite uses the system's Chromium; CHROMIUM_PATH overrides
// the path on a machine that keeps it elsewhere. The launch options are plain data, so this package needs no
// Playwright of its own and works with `playwright` and `playwright-core` alike.

/** The system Chromium (Debian's package), or the CHROMIUM_PATH environment variable when set. */
export const CHROMIUM_PATH: string = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Flags that keep Chromium from calling home, needing a GPU or a sandbox-capable kernel. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Options for Playwright's `chromium.launch()`: the system Chromium, headless, with the flags above. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[]; headless: true } {
  return { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS], headless: true };
}
