import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../validate/validate";
import { mutatedBundle, validShapeBundle } from "./_arbitraries";
import { generateJsonSchemas, TIPX_JSON_SCHEMA_KEYWORDS } from "./generate";

/**
 * What zod checks and JSON Schema cannot express (listed in the package README). Issues with these
 * codes are left out when the two verdicts are compared.
 */
const NOT_IN_JSON_SCHEMA = (issue: { code: string; params: Record<string, unknown> }): boolean =>
  // every rule that runs after the shape (3xx profiles, 4xx references and dates, 5xx privacy, 6xx quality)
  /^TIPX[3-6]/.test(issue.code) ||
  // a partial date whose day does not exist (2022-02-30): the JSON Schema pattern checks the shape only
  (issue.code === "TIPX105" && issue.params["format"] === "calendar-date");

const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
for (const keyword of TIPX_JSON_SCHEMA_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ["string", "array", "object"] });
const bundleSchema = generateJsonSchemas().find((file) => file.fileName === "bundle.json")?.schema;
if (!bundleSchema) throw new Error("bundle.json is not generated");
const ajvValidate = ajv.compile(bundleSchema);

/** The zod side of the comparison: the shape verdict, ignoring what JSON Schema cannot say. */
function zodShapeValid(input: unknown): boolean {
  return !validate(input).issues.some((issue) => issue.severity === "error" && !NOT_IN_JSON_SCHEMA(issue));
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const fixturesDir = join(repoRoot, "fixtures", "conformance");

function payloads(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return payloads(path);
    return name.endsWith(".json") && !name.endsWith(".expect.json") ? [path] : [];
  });
}

describe("ajv (draft 2020-12 + ajv-formats) agrees with validate()", () => {
  const fixtures = payloads(fixturesDir);

  it("has conformance fixtures to compare", () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures.map((path) => [relative(fixturesDir, path), path] as const))("on fixture %s", (_name, path) => {
    const input: unknown = JSON.parse(readFileSync(path, "utf8"));
    expect(ajvValidate(input)).toBe(zodShapeValid(input));
  });

  it("on 2,500 generated bundles of valid shape", () => {
    fc.assert(
      fc.property(validShapeBundle, (bundle) => {
        expect(ajvValidate(bundle)).toBe(true);
        expect(zodShapeValid(bundle)).toBe(true);
      }),
      { numRuns: 2_500, seed: 20221 },
    );
  });

  it("on 3,000 mutated bundles", () => {
    let invalid = 0;
    fc.assert(
      fc.property(mutatedBundle, (bundle) => {
        const verdict = zodShapeValid(bundle);
        if (!verdict) invalid++;
        expect(ajvValidate(bundle)).toBe(verdict);
      }),
      { numRuns: 3_000, seed: 20222 },
    );
    // the mutations must actually break bundles, or the comparison proves little
    expect(invalid).toBeGreaterThan(1_000);
  });
});
