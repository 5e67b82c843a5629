import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // One process per worker runs its test files one after another (no fresh process and module graph per file):
    // the 98 rule files alone took 104 s isolated (process start, the Public Suffix List setup and the imports,
    // paid per file) for 3 s of tests, and 8 s shared. No test file mocks modules or changes shared state (the
    // two spies are restored in finally blocks), and the suite passes with its files shuffled.
    isolate: false,
    // Vitest's default, one worker less than the cores, is one worker here. Two were measured on this 2-core
    // machine: crypto + artifacts took 50 and 63 s against 52 and 73 s with one (the openssl and certtool
    // processes already use the second core), and under load the automation corpus test, ~17 s of CPU in one
    // test, went past its 60 s timeout. One worker it stays.
    // the wizard loads the Public Suffix List before any step that edits names; the tests check names with it
    setupFiles: ["./src/domain/public-suffix.ts"],
  },
});
