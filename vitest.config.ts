import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // the wizard loads the Public Suffix List before any step that edits names; the tests check names with it
    setupFiles: ["./src/domain/public-suffix.ts"],
  },
});
