import { defineConfig } from "tsup";

// One build for both entries, so a clean of one can never race the output of the other. bin.ts avoids
// top-level await, so its CJS twin builds too (unused: package.json's bin points at the ESM one).
//
// commander, cli-progress and picocolors are bundled (devDependencies, listed in `noExternal`), so the
// published package depends on tipx packages alone: @tipx/schema and @tipx/exchange, which are
// `dependencies` and so left external like every dependency; their licences are in
// THIRD-PARTY-NOTICES.md (scripts/third-party-notices.ts). Bundled CommonJS code calls require()
// for Node's built-in modules, which an ES module lacks: the banner gives the ESM files one.
export default defineConfig({
  entry: { index: "src/index.ts", bin: "src/bin.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  clean: true,
  sourcemap: true,
  target: "node20",
  noExternal: ["commander", "cli-progress", "picocolors"],
  banner: ({ format }) =>
    format === "esm"
      ? {
          js: 'import { createRequire as __tipxCreateRequire } from "node:module";\nconst require = __tipxCreateRequire(import.meta.url);',
        }
      : {},
  // import.meta.url (used to find package.json) needs a shim in the CJS build.
  shims: true,
});
