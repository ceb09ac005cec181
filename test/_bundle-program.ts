// The programs of the browser tests, bundled by esbuild from the TypeScript sources (the `@tipx/source`
// condition), for headless Chromium or, to compare, for Node.
import path from "node:path";
import { build } from "esbuild";

const TEST_DIR = import.meta.dirname;

/**
 * Bundles a test program into one ES module.
 *
 * @param program - a file of test/ by name (`"browser-program.ts"`), or the program's source with a name
 *   for messages (resolved as if it sat in test/).
 * @param platform - `"browser"` (the default) or `"node"`.
 * @returns the module's text.
 */
export async function bundleProgram(
  program: string | { readonly contents: string; readonly sourcefile: string },
  platform: "browser" | "node" = "browser",
): Promise<string> {
  const result = await build({
    ...(typeof program === "string"
      ? { entryPoints: [path.join(TEST_DIR, program)] }
      : { stdin: { contents: program.contents, resolveDir: TEST_DIR, sourcefile: program.sourcefile, loader: "ts" } }),
    bundle: true,
    write: false,
    platform,
    format: "esm",
    target: "es2022",
    conditions: ["@tipx/source"],
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild wrote no output");
  return output.text;
}
