import { defineConfig } from "tsup";

// One build for both entries, so a clean of one can never race the output of the other. bin.ts avoids
// top-level await, so its CJS twin builds too (unused: package.json's bin points at the ESM one).
export default defineConfig({
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "node20",
  // import.meta.url (used to find package.json) needs a shim in the CJS build.
  shims: true,
});
