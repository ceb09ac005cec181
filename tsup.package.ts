import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

/**
 * The build of a library package: one entry per subpath export that has a source (`@tipx/source`):
 * `.` -> `index`, `./locales/th` -> `locales/th`. Adding an export to package.json is all a new entry
 * point needs. Each package's tsup.config.ts passes its own `import.meta.url`.
 */
export function libraryConfig(packageUrl: string): Options | Options[] {
  const manifest = JSON.parse(readFileSync(new URL("./package.json", packageUrl), "utf8")) as {
    exports: Record<string, string | { "@tipx/source"?: string }>;
  };
  const entry = Object.fromEntries(
    Object.entries(manifest.exports).flatMap(([subpath, target]) => {
      const source = typeof target === "string" ? undefined : target["@tipx/source"];
      return source ? [[subpath === "." ? "index" : subpath.slice(2), source]] : [];
    }),
  );
  return defineConfig({ entry, format: ["esm", "cjs"], dts: true, clean: true, sourcemap: true, target: "es2022" }) as
    | Options
    | Options[];
}
