import { defineConfig } from "vitest/config";

// Two suites: unit tests beside the code (no build needed), and the suite that tests the built site in test/
// (turbo's `check` task, after `build`).
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["src/**/*.test.ts"] } },
      {
        test: {
          name: "site",
          include: ["test/**/*.test.ts"],
          // The browser suite runs axe over every page; give it room on 2 cores.
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
