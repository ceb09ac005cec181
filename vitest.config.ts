import { defineConfig } from "vitest/config";

// Tests run from TypeScript sources: the "@tipx/source" export condition points each workspace package
// at its src/index.ts, so no build is needed before `pnpm test`.
export default defineConfig({
  resolve: { conditions: ["@tipx/source"] },
  ssr: { resolve: { conditions: ["@tipx/source"] } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "test/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "fixtures/**/*.test.ts",
      "examples/**/*.test.ts",
      "bench/**/*.test.ts",
      "docs/**/*.test.ts",
    ],
    // Type-level tests (`*.test-d.ts`, expectTypeOf) are checked by tsc over this tsconfig, which holds
    // only them and what they import.
    typecheck: { enabled: true, include: ["packages/*/src/**/*.test-d.ts"], tsconfig: "./tsconfig.typecheck.json" },
    testTimeout: 120_000,
    pool: "forks",
  },
});
