import { defineConfig } from "vitest/config";

// One run, three suites: in-memory app tests beside the code, a Node smoke suite over a real socket, and a workerd
// suite that runs the wrangler bundle in the real Workers runtime (Miniflare) and compares it with Node byte for byte.
export default defineConfig({
  test: {
    projects: [
      // The first request for a multi-megabyte page asset hashes it; on a busy 2-core CI machine that can pass 5 s.
      { test: { name: "app", include: ["src/**/*.test.ts"], environment: "node", testTimeout: 30_000 } },
      {
        test: { name: "node", include: ["runtime-tests/node/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 },
      },
      {
        test: {
          name: "workerd",
          include: ["runtime-tests/workerd/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
