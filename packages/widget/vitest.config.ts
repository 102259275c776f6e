import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./src/test-support/chromium.js";

export default defineConfig({
  test: {
    projects: [
      {
        // Component tests inside real headless Chromium. The browser runs in Los Angeles time on purpose: every
        // open-now expectation is then checked from a timezone other than Japan's (and other than the machine's).
        extends: true,
        test: {
          name: "browser",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.e2e.test.ts"],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: "chromium" }],
            provider: playwright({
              launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
              contextOptions: { timezoneId: "America/Los_Angeles", locale: "en-US" },
            }),
          },
        },
      },
      {
        // Whole-page tests: the built self-contained bundle on plain HTML pages served from 127.0.0.1, driven by
        // Playwright (hostile page, CSP, API down, quick exit navigation, privacy, timezones).
        extends: true,
        test: {
          name: "e2e",
          include: ["src/**/*.e2e.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
