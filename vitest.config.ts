import { defineConfig } from "vitest/config";

// Tests run from TypeScript sources: the "@tipx/source" export condition points each workspace package
// at its src/index.ts, so no build is needed before `pnpm test`.
export default defineConfig({
  resolve: { conditions: ["@tipx/source"] },
  ssr: { resolve: { conditions: ["@tipx/source"] } },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "fixtures/**/*.test.ts", "examples/**/*.test.ts", "bench/**/*.test.ts", "docs/**/*.test.ts"],
    testTimeout: 120_000,
    pool: "forks",
  },
});
