// Unit, store, import and CLI tests (the e2e specs run under Playwright instead).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores here: files in parallel, but not more workers than cores.
    maxWorkers: 2,
  },
});
