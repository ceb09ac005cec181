import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mutatedBundle, validShapeBundle } from "../json-schema/_arbitraries";
import { Bundle, Entity } from "../model/bundle";
import { PATTERNS } from "../model/patterns";
import { _isUuid } from "./_shape-helpers";
import { bundleWith, validBundle } from "./_test-bundles";
import { isBundleShape, isEntityShape } from "./bundle-shape.generated";
import { validate, validateJson } from "./validate";

const RUNS = Number(process.env["TIPX_FUZZ_RUNS"] ?? 300);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");

/** Whether a reserved key is an own key anywhere in `value` (the generated check leaves those to zod). */
function holdsReservedKey(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  return Object.keys(value).some(
    (key) =>
      key === "__proto__" ||
      key === "constructor" ||
      key === "prototype" ||
      holdsReservedKey((value as Record<string, unknown>)[key]),
  );
}

describe("the generated shape check (bundle-shape.generated.ts)", { timeout: 60_000 }, () => {
  it("says yes to every valid-shape bundle of the corpus, as zod does", () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(validShapeBundle, (bundle) => {
        runs++;
        expect(Bundle.safeParse(bundle).success).toBe(true);
        if (isBundleShape(bundle)) fast++;
      }),
      { numRuns: RUNS },
    );
    // Coverage: every valid bundle takes the fast path (none is left to zod by a construct not translated).
    expect(fast).toBe(runs);
  });

  it("never says yes where zod says no, and says yes to most mutated bundles zod accepts", () => {
    let zodValid = 0;
    let fast = 0;
    fc.assert(
      fc.property(mutatedBundle, (bundle) => {
        const zod = Bundle.safeParse(bundle).success;
        const generated = isBundleShape(bundle);
        if (generated) expect(zod).toBe(true);
        if (zod && !holdsReservedKey(bundle)) {
          zodValid++;
          if (generated) fast++;
        }
        const entities = (bundle as { entities?: unknown }).entities;
        for (const entity of Array.isArray(entities) ? entities : []) {
          if (isEntityShape(entity)) expect(Entity.safeParse(entity).success).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    expect(zodValid).toBeGreaterThan(0);
    expect(fast).toBe(zodValid);
  });

  it("says yes to the test bundles and to every example bundle", () => {
    expect(isBundleShape(validBundle())).toBe(true);
    const dir = join(repoRoot, "examples", "bundles");
    const files = readdirSync(dir).filter((name) => name.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const bundle = JSON.parse(readFileSync(join(dir, name), "utf8")) as unknown;
      expect([name, isBundleShape(bundle)]).toEqual([name, Bundle.safeParse(bundle).success]);
    }
  });

  it.each([
    ["an unknown key", ["/entities/2/nickname", 1]],
    ["an unknown code", ["/entities/2/gender", "NotAGender"]],
    ["a bad id", ["/entities/2/id", "not-a-uuid"]],
    ["a day that does not exist", ["/entities/2/birthDate", "2001-02-30"]],
    ["a key present with undefined", ["/entities/2/gender", undefined]],
    ["a reserved key under extensions", ["/entities/2/extensions", { "org.example/x": { constructor: 1 } }]],
  ] as const)("says no to %s, and validate() reports it", (_title, edit) => {
    const input = bundleWith(edit);
    expect(isBundleShape(input)).toBe(false);
    expect(validate(input).ok).toBe(false);
  });

  it("says yes to free data under extensions without reserved keys, whatever its depth up to 64", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 30; i++) deep = { a: [deep] };
    expect(isBundleShape(bundleWith(["/entities/2/extensions", { "org.example/x": deep }]))).toBe(true);
    for (let i = 0; i < 10; i++) deep = { a: [deep] };
    const deeper = bundleWith(["/entities/2/extensions", { "org.example/x": deep }]);
    expect(isBundleShape(deeper)).toBe(false);
    expect(validate(deeper).ok).toBe(true);
  });

  it("checks UUIDs by character codes exactly as the model's pattern does", () => {
    const hex = fc.constantFrom(..."0123456789abcdefABCDEFgG-x ".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.uuid(), fc.string({ unit: hex, minLength: 30, maxLength: 40 }), fc.string()), (text) => {
        expect(_isUuid(text)).toBe(PATTERNS.uuid.test(text));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it("gives validate() and validateJson() the same issues on the fast path and off it", () => {
    fc.assert(
      fc.property(fc.oneof(validShapeBundle, mutatedBundle), (bundle) => {
        const text = JSON.stringify(bundle);
        expect(validateJson(text).issues).toEqual(validate(bundle).issues);
      }),
      { numRuns: RUNS },
    );
  });
});
