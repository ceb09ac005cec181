import { createRequire } from "node:module";

// package.json sits one level above both src/ (tests, tsx) and dist/ (the built CLI), so one relative
// path serves both; createRequire keeps the JSON out of the bundle and works in the ESM and CJS builds.
const requireFromHere = createRequire(import.meta.url);

function readVersion(): string {
  const manifest: unknown = requireFromHere("../package.json");
  if (
    typeof manifest === "object" &&
    manifest !== null &&
    "version" in manifest &&
    typeof manifest.version === "string"
  ) {
    return manifest.version;
  }
  return "0.0.0";
}

/**
 * The version of `@tipx/cli`, as `tipx --version` prints it.
 *
 * @example
 * ```ts
 * import { CLI_VERSION } from "@tipx/cli";
 * CLI_VERSION; // "0.1.0"
 * ```
 */
export const CLI_VERSION: string = readVersion();
