import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { th } from "../locales/th/index";
import { Bundle } from "../model/bundle";
import { validBundle } from "./_test-bundles";
import { isBundleShape } from "./bundle-shape.generated";
import { validate, validateJson } from "./validate";

// The hostile families of issue 14, as fast-check properties. `pnpm test` runs a few hundred inputs per
// family; `pnpm run fuzz` runs many more (TIPX_FUZZ_RUNS) and the 50 MB record (TIPX_FUZZ_LARGE=1).
const RUNS = Number(process.env["TIPX_FUZZ_RUNS"] ?? 150);
const LARGE = process.env["TIPX_FUZZ_LARGE"] === "1";

type Json = Record<string, unknown>;

/** Every object and array of the sample bundle, as the path to it. */
function containers(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (typeof value === "object" && value !== null) {
    out.push(path);
    for (const [key, child] of Object.entries(value)) {
      containers(child, [...path, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

const PATHS = containers(validBundle());

function at(root: unknown, path: readonly (string | number)[]): Json {
  let node = root as Json;
  for (const segment of path) node = node[segment] as Json;
  return node;
}

const controlText = fc.string({
  unit: fc.constantFrom("\u001b[2J", "\r\n", "\u202e", "\u0000", "a", "\u2028", "é", "ก"),
});
const hugeKey = fc.integer({ min: 41, max: 5_000 }).map((n) => "k".repeat(n));
const anyKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "org.example/x"),
  hugeKey,
  controlText,
  fc.string(),
);

/** A value a caller may hand in that JSON cannot hold, or that tries to change under the check. */
const hostileValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.constantFrom<() => unknown>(
    () => new Date(),
    () => Object(1),
    () => Object("TH"),
    () => new Map(),
    () => undefined,
    () => Number.NaN,
    () => () => 1,
    () => Symbol("s"),
    () => 1n,
    // biome-ignore lint/suspicious/noSparseArray: a hole is what this value is about
    () => [1, , 3],
  ),
  fc.jsonValue().map((value) => () => value),
  fc.jsonValue().map((value) => () => {
    let reads = 0;
    return new Proxy({ value }, { get: (target, key) => (reads++ > 0 ? undefined : Reflect.get(target, key)) });
  }),
  controlText.map((text) => () => text),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => () => Array.from({ length: n }, (_, i) => `Bad${i}`)),
);

type Mutation = {
  readonly path: readonly (string | number)[];
  readonly key: string;
  readonly value: () => unknown;
  readonly getter: boolean;
};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...PATHS),
  key: anyKey,
  value: hostileValue,
  getter: fc.boolean(),
});

function mutated(mutations: readonly Mutation[]): unknown {
  const bundle = validBundle() as unknown;
  for (const { path, key, value, getter } of mutations) {
    const target = at(bundle, path);
    // An array's length cannot be redefined (defineProperty throws): no input can hold such a mutation.
    if (Array.isArray(target) && key === "length") continue;
    const made = value();
    if (getter) {
      let reads = 0;
      Object.defineProperty(target, key, {
        enumerable: true,
        configurable: true,
        get: () => (reads++ > 0 ? "changed" : made),
      });
    } else {
      Object.defineProperty(target, key, { enumerable: true, configurable: true, writable: true, value: made });
    }
  }
  return bundle;
}

// Property runs take a few seconds alone and longer beside the rest of the suite on two cores: allow 60 s.
describe("validate() on hostile input (property tests)", { timeout: 60_000 }, () => {
  it("never throws, keeps the issue limit, quotes no long key and pollutes no prototype", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const result = validate(mutated(mutations), { locale: th, maxIssues: 20 });
        expect(result.issues.length).toBeLessThanOrEqual(21);
        const text = JSON.stringify(result.issues);
        for (const { key } of mutations) if (key.length > 40) expect(text).not.toContain(key);
        expect(({} as Json)["polluted"]).toBeUndefined();
        expect(result.issues.some((issue) => issue.code === "TIPX900")).toBe(false);
      }),
      { numRuns: RUNS },
    );
  });

  it("reaches the generated shape check, which never throws and never says yes where zod says no", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        // The live input (getters, proxies, non-plain objects), then its plain copy as validate() checks it.
        const input = mutated(mutations);
        let generated = false;
        expect(() => {
          generated = isBundleShape(input);
        }).not.toThrow();
        if (generated) expect(Bundle.safeParse(input).success).toBe(true);
        const copy = validate(input).value;
        if (copy !== undefined && isBundleShape(copy)) expect(Bundle.safeParse(copy).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("accepts only data that stays valid, equal and with the same issues after a JSON round trip", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const result = validate(mutated(mutations));
        if (!result.ok) return;
        const text = JSON.stringify(result.value);
        const again = validateJson(text);
        expect(again.ok).toBe(true);
        expect(again.value).toEqual(result.value);
        expect(again.issues).toEqual(result.issues);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives the same issues for a JSON text and for its parsed value", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        let text: string;
        try {
          text = JSON.stringify(mutated(mutations)) ?? "null";
        } catch {
          return; // a bigint or a cycle: not JSON text at all
        }
        expect(validateJson(text).issues).toEqual(validate(JSON.parse(text)).issues);
      }),
      { numRuns: RUNS },
    );
  });
});

describe.runIf(LARGE)("validate() on a 50 MB record (pnpm run fuzz)", () => {
  it("reports 4,000,000 broken entities in bounded memory", () => {
    const text = `{"tipx":"1.0","entities":[${Array.from({ length: 4_000_000 }, () => '{"type":"X"}').join(",")}]}`;
    expect(text.length).toBeGreaterThan(50_000_000);
    const before = process.memoryUsage().heapUsed;
    const result = validateJson(text);
    expect(result.issues.at(-1)?.code).toBe("TIPX110");
    expect(result.issues.length).toBeLessThanOrEqual(101);
    console.log(`heap grew by ${Math.round((process.memoryUsage().heapUsed - before) / 1e6)} MB`);
  }, 600_000);
});
