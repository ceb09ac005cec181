import { describe, expect, it } from "vitest";
import { es } from "../locales/es/index";
import { th } from "../locales/th/index";
import { Bundle } from "../model/bundle";
import { modelFields } from "../model/field-index";
import { bundleWith, validBundle } from "./_test-bundles";
import { describePath } from "./describe-path";
import { validate, validateJson } from "./validate";

const codesAndPaths = (result: ReturnType<typeof validate>): [string, string][] =>
  result.issues.map((issue) => [issue.code, issue.path]);

describe("hardening: issues are bounded (issue 14, items 1 and 2)", () => {
  it("keeps the first 100 issues of a record of 200,000 broken entities and counts the rest", () => {
    const input = bundleWith(["/entities", Array.from({ length: 200_000 }, () => ({ type: "X" }))]);
    const result = validate(input);
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(101);
    expect(result.issues.slice(0, 100).every((issue) => issue.code === "TIPX107")).toBe(true);
    expect(result.issues[100]).toMatchObject({ code: "TIPX110", path: "", params: { omitted: 199_900, limit: 100 } });
  });

  it("takes the limit from maxIssues", () => {
    const input = bundleWith(["/entities", Array.from({ length: 50 }, () => ({ type: "X" }))]);
    const result = validate(input, { maxIssues: 5 });
    expect(codesAndPaths(result).map(([code]) => code)).toEqual([
      "TIPX107",
      "TIPX107",
      "TIPX107",
      "TIPX107",
      "TIPX107",
      "TIPX110",
    ]);
    expect(result.issues[5]?.params).toEqual({ omitted: 45, limit: 5, field: "Bundle" });
  });

  it("explains an entity with 125,000 issues instead of losing them to a stack overflow inside zod", () => {
    const codes = Array.from({ length: 125_000 }, (_, i) => `NotACode${i}`);
    const input = bundleWith(["/entities/4/parties/0/victim/methodsOfControl", codes]);
    const result = validate(input);
    const found = new Set(result.issues.map((issue) => issue.code));
    expect([...found].sort()).toEqual(["TIPX110", "TIPX201"]);
    expect(result.issues[0]?.path).toBe("/entities/4/parties/0/victim/methodsOfControl/0");
    expect(result.issues.at(-1)?.params["omitted"]).toBe(124_900);
  });
});

describe("hardening: reserved keys (item 4)", () => {
  const reserved = ["__proto__", "constructor", "prototype"] as const;

  it.each(reserved)("rejects %s under extensions and as an unknown key, and never returns it", (key) => {
    const text = JSON.stringify(validBundle())
      .replace('"tipx":"1.0"', `"tipx":"1.0","${key}":{"polluted":true}`)
      .replace('"type":"Person",', `"type":"Person","extensions":{"${key}":{"polluted":true}},`);
    for (const result of [validate(JSON.parse(text)), validateJson(text)]) {
      expect(result.ok).toBe(false);
      expect(codesAndPaths(result)).toEqual([
        ["TIPX111", `/${key}`],
        ["TIPX111", `/entities/2/extensions/${key}`],
      ]);
    }
    const { value } = validateJson(text);
    expect(value === undefined || !Object.hasOwn(value, key)).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});

describe("hardening: keys are data (item 6)", () => {
  it("never quotes a key found under a sensitive field, in the message, params or path", () => {
    const secret = "HIV+ Malee Testkul";
    const result = validate(bundleWith(["/entities/2/extensions", { [secret]: 1 }]));
    expect(codesAndPaths(result)).toEqual([["TIPX109", "/entities/2/extensions"]]);
    expect(JSON.stringify(result.issues)).not.toContain("Malee");
  });

  it("never quotes a key longer than 40 characters", () => {
    const long = "k".repeat(10_000);
    const result = validate(bundleWith([`/entities/1/${long}`, 1]));
    expect(codesAndPaths(result)).toEqual([["TIPX104", "/entities/1"]]);
    expect(JSON.stringify(result.issues).length).toBeLessThan(1_000);
  });

  it("quotes a short unknown key of an object that holds nothing sensitive", () => {
    const result = validate(bundleWith(["/entities/1/nickname", 1]));
    expect(codesAndPaths(result)).toEqual([["TIPX104", "/entities/1/nickname"]]);
    expect(result.issues[0]?.params["key"]).toBe("nickname");
  });

  // The property over the registry: a key put under any object of the sample bundle that a field of
  // sensitivity other than `none` holds never appears in what validate() reports.
  it("leaks no key put under any sensitive object of the bundle", () => {
    const marker = "Malee Secretkey";
    const sample = validBundle() as unknown;
    const objects: (readonly (string | number)[])[] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (typeof value === "object" && value !== null) {
        objects.push(path);
        for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      }
    };
    walk(sample, []);
    const sensitive = objects.filter((path) => describePath(Bundle, sample, path).sensitivity !== "none");
    expect(sensitive.length).toBeGreaterThan(5);
    for (const path of sensitive) {
      const pointer = `/${[...path, marker].map((segment) => String(segment).replace(/~/g, "~0").replace(/\//g, "~1")).join("/")}`;
      const result = validate(bundleWith([pointer, 1]), { locale: th });
      expect([pointer, result.ok]).toEqual([pointer, false]);
      expect([pointer, JSON.stringify(result.issues).includes("Secretkey")]).toEqual([pointer, false]);
    }
    expect(modelFields().some((field) => field.sensitivity !== "none")).toBe(true);
  });
});

describe("hardening: TIPX406 says that, not what (item 7)", () => {
  it("does not repeat the recorded or the computed majority status", () => {
    const result = validate(bundleWith(["/entities/2/majorityStatus", "adult"], ["/entities/2/birthDate", "2015"]));
    const issue = result.issues.find((each) => each.code === "TIPX406");
    expect(issue?.params).toEqual({ field: "Person.majorityStatus" });
    for (const locale of [undefined, th, es]) {
      const message = validate(bundleWith(["/entities/2/majorityStatus", "adult"], ["/entities/2/birthDate", "2015"]), {
        ...(locale ? { locale } : {}),
      }).issues.find((each) => each.code === "TIPX406")?.message;
      expect(message).not.toMatch(/adult|minor|ผู้ใหญ่|ผู้เยาว์|mayor de edad|menor de edad/);
    }
  });
});

describe("hardening: options are checked at the door (item 8)", () => {
  it.each([
    ["an old lang option", { lang: "fr" }, /unknown option "lang".*locale: th/],
    ["a locale that is not a catalogue", { locale: "toString" }, /option locale must be a catalogue/],
    ["an unknown level", { level: "loose" }, /option level must be one of strict, standard, lenient/],
    ["an unknown profile", { profile: "BR" }, /option profile must be one of TH, LR, PY, AR/],
    ["a bad issue limit", { maxIssues: 0 }, /option maxIssues must be a whole number/],
  ])("throws a TypeError naming %s", (_title, options, message) => {
    expect(() => validate({}, options as never)).toThrow(TypeError);
    expect(() => validate({}, options as never)).toThrow(message);
  });

  it("throws a TypeError for options that are not an object", () => {
    expect(() => validate({}, null as never)).toThrow(/options must be an object/);
  });

  it("never reads an option through the prototype chain", () => {
    const inherited = Object.create({ profile: "BR", level: "loose" }) as object;
    expect(validate(validBundle(), inherited).ok).toBe(true);
  });
});

describe("hardening: plain JSON data only (item 9)", () => {
  const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it("rejects an object with no own fields whose prototype is a bundle", () => {
    const result = validate(Object.create(validBundle()));
    expect(codesAndPaths(result)).toEqual([["TIPX112", ""]]);
    expect(result.issues[0]?.params["reason"]).toBe("not-a-plain-object");
  });

  it.each([
    ["a Date", new Date("2022-04-01"), "not-a-plain-object"],
    ["a boxed number", Object(42), "not-a-plain-object"],
    ["a Map", new Map(), "not-a-plain-object"],
    ["undefined", undefined, "undefined"],
    ["NaN", Number.NaN, "non-finite-number"],
    ["a function", () => 1, "function"],
    ["a bigint", 1n, "bigint"],
  ])("reports %s as not plain JSON data, where it is", (_title, value, reason) => {
    const result = validate(bundleWith(["/entities/2/address", value]));
    expect(codesAndPaths(result)).toEqual([["TIPX112", "/entities/2/address"]]);
    expect(result.issues[0]?.params["reason"]).toBe(reason);
  });

  it("never runs a getter, and reports it", () => {
    let reads = 0;
    const bundle = validBundle() as unknown as Record<string, unknown>;
    const sender = bundle["sender"];
    Object.defineProperty(bundle, "sender", {
      enumerable: true,
      get: () => {
        reads++;
        return reads === 1 ? sender : undefined;
      },
    });
    expect(codesAndPaths(validate(bundle))).toEqual([["TIPX112", "/sender"]]);
    expect(reads).toBe(0);
  });

  it("checks a copy read once, so a proxy whose values change between reads cannot pass", () => {
    let reads = 0;
    const proxy = new Proxy(validBundle() as unknown as Record<string, unknown>, {
      get(target, key) {
        reads++;
        return key === "sender" && reads > 1 ? undefined : Reflect.get(target, key);
      },
    });
    const result = validate(proxy);
    expect(result.ok).toBe(true);
    expect(reads).toBe(0);
    expect(result.value).toEqual(asJson(validBundle()));
    expect(result.value).not.toBe(proxy);
  });

  it("accepts only what stays valid and equal after a JSON round trip", () => {
    const bundle = validBundle();
    const result = validate(bundle);
    expect(result.ok).toBe(true);
    expect(result.value).toEqual(bundle);
    const again = validate(asJson(bundle));
    expect(again.value).toEqual(result.value);
    expect(again.issues).toEqual(result.issues);
  });

  it("reports a cycle, not a repeated object", () => {
    const shared = { country: "TH" };
    const repeated = bundleWith(["/entities/2/address", shared], ["/entities/3/address", shared]);
    expect(validate(repeated).issues.filter((issue) => issue.code === "TIPX112")).toEqual([]);
    const cyclic = validBundle() as unknown as Record<string, unknown>;
    cyclic["self"] = cyclic;
    expect(codesAndPaths(validate(cyclic))).toEqual([["TIPX112", "/self"]]);
  });
});

describe("hardening: validateJson", () => {
  it("parses and validates text, and reports text that is not JSON", () => {
    expect(validateJson(JSON.stringify(validBundle())).ok).toBe(true);
    expect(codesAndPaths(validateJson('{"tipx":'))).toEqual([["TIPX101", ""]]);
    expect(validateJson('{"tipx":', { locale: th }).issues[0]?.message).toMatch(/[\u0E00-\u0E7F]/);
  });

  it("gives the same issues as validate on the parsed value", () => {
    const text = JSON.stringify(bundleWith(["/entities/4/status", "Open"], ["/entities/0/id", "x"]));
    expect(validateJson(text).issues).toEqual(validate(JSON.parse(text)).issues);
  });

  it("takes the caller's parse of the text instead of parsing it again, and still finds reserved keys", () => {
    const text = JSON.stringify(bundleWith(["/entities/4/status", "Open"])).replace(
      '"tipx":"1.0"',
      '"tipx":"1.0","__proto__":{}',
    );
    const parsed: unknown = JSON.parse(text);
    expect(validateJson(text, { parsed }).issues).toEqual(validateJson(text).issues);
    expect(codesAndPaths(validateJson(text, { parsed }))).toEqual([
      ["TIPX111", "/__proto__"],
      ["TIPX201", "/entities/4/status"],
    ]);
    // The value given is the one checked: here, one that is not the text's.
    expect(codesAndPaths(validateJson("{}", { parsed: validBundle() }))).toEqual([]);
  });

  it("never throws, whatever the catalogue's templates do", () => {
    const broken = {
      ...es,
      issues: {
        ...es.issues,
        TIPX103: {
          ...es.issues.TIPX103,
          message: () => {
            throw new Error("a broken template");
          },
        },
      },
    };
    const [issue] = validate({ tipx: "1.0" }, { locale: broken }).issues;
    expect(issue?.code).toBe("TIPX103");
    expect(issue?.message).toBe(validate({ tipx: "1.0" }).issues[0]?.message);
  });
});
