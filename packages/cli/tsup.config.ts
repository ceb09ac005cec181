import { defineConfig, type Options } from "tsup";

// commander, cli-progress and picocolors are bundled (devDependencies, listed in `noExternal`), so the
// published package depends on tipx packages alone: @tipx/schema and @tipx/exchange, which are
// `dependencies` and so left external like every dependency; their licences are in
// THIRD-PARTY-NOTICES.md (scripts/third-party-notices.ts). Bundled CommonJS code calls require()
// for Node's built-in modules, which an ES module lacks: the banner gives the ESM files one.
const shared: Options = {
  format: ["esm", "cjs"],
  sourcemap: true,
  target: "node20",
  banner: ({ format }) =>
    format === "esm"
      ? {
          js: 'import { createRequire as __tipxCreateRequire } from "node:module";\nconst require = __tipxCreateRequire(import.meta.url);',
        }
      : {},
  // import.meta.url (used to find package.json) needs a shim in the CJS build.
  shims: true,
};

export default defineConfig([
  // The library, and the worker of `tipx validate` on large files: a worker thread starts from a file,
  // found beside the chunk that starts it (src/validate/worker-pool.ts). A clean leaves the executable's
  // files alone, as the two builds run side by side.
  {
    ...shared,
    entry: { index: "src/index.ts", "validate-worker": "src/validate/validate-worker.ts" },
    dts: { entry: { index: "src/index.ts" } },
    clean: ["!bin.js", "!bin.js.map", "!bin.cjs", "!bin.cjs.map"],
    noExternal: ["commander", "cli-progress", "picocolors"],
  },
  // The executable, a bundle of its own: `tipx --version` and `tipx --help` are answered by this one
  // file, with the two small constant modules of @tipx/schema it needs inlined; every other command line
  // loads the library (dist/index.js) at run time (see src/bin.ts). bin.ts avoids top-level await, so
  // its CJS twin builds too (unused: package.json's bin points at the ESM one).
  {
    ...shared,
    entry: { bin: "src/bin.ts" },
    clean: false,
    noExternal: [/^@tipx\/schema\/(langs|profile-codes)$/],
  },
]);
