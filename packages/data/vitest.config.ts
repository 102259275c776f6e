import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "pipeline/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    // Reading the corpus and evaluation YAML (about 2,700 texts) takes seconds when every suite shares two cores.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
  },
});
