import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The browser suite runs axe over every page; give it room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
