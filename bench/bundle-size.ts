// pnpm run bundle-size
// Measures what an app that validates in one language ships: a three-line program bundled and minified
// with esbuild from the built @tipx/schema (dist/), in English, Spanish and Thai, with bytes, gzip bytes
// and the number of Thai-script characters in the bundle. zod is bundled too, as an app would.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const PROGRAMS = {
  "validate, English": `import { validate } from "@tipx/schema";
const result = validate(JSON.parse(process.argv[2] ?? "{}"));
console.log(result.ok, result.issues.length);`,
  "validate, Spanish": `import { validate } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
console.log(validate(JSON.parse(process.argv[2] ?? "{}"), { locale: es }).issues.length);`,
  "validate, Thai": `import { validate } from "@tipx/schema";
import { th } from "@tipx/schema/locales/th";
console.log(validate(JSON.parse(process.argv[2] ?? "{}"), { locale: th }).issues.length);`,
} as const;

/** One measured bundle. */
export interface BundleSize {
  readonly program: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly thaiCharacters: number;
}

/**
 * Bundles each program and measures it. `conditions` picks the sources (`["@tipx/source"]`, for the
 * tests) or the build (`[]`, the default, for figures users will see).
 */
export async function measureBundles(conditions: readonly string[] = []): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const [program, contents] of Object.entries(PROGRAMS)) {
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), sourcefile: "app.ts", loader: "ts" },
      bundle: true,
      minify: true,
      write: false,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      conditions: [...conditions],
      charset: "utf8",
      logLevel: "silent",
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const text = new TextDecoder().decode(code);
    sizes.push({
      program,
      bytes: code.byteLength,
      gzipBytes: gzipSync(code, { level: 9 }).byteLength,
      thaiCharacters: (text.match(/[\u0E00-\u0E7F]/g) ?? []).length,
    });
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureBundles();
  console.log("| program | bytes | gzip bytes | Thai characters |\n|---|---|---|---|");
  for (const size of sizes) {
    console.log(
      `| ${size.program} | ${size.bytes.toLocaleString("en")} | ${size.gzipBytes.toLocaleString("en")} | ${size.thaiCharacters.toLocaleString("en")} |`,
    );
  }
}
