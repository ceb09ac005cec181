import { describe, expect, it } from "vitest";
import { checkIdentifier, normalizeIdentifier } from "./check";
import type { IdentifierKind } from "./kinds";
import { IDENTIFIER_SPECS, identifierSpecsOf } from "./specs";

describe("checkIdentifier", () => {
  it.each<[string, { given: [IdentifierKind, string]; want: ReturnType<typeof checkIdentifier> }]>([
    ["Thai PIN, printed", { given: ["TH-PIN", "1-1120-34563-56-2"], want: { ok: true, normalized: "1112034563562" } }],
    [
      "Thai PIN, Thai digits",
      { given: ["TH-PIN", "๑-๑๑๒๐-๓๔๕๖๓-๕๖-๒"], want: { ok: true, normalized: "1112034563562" } },
    ],
    ["Thai PIN, spaces", { given: ["TH-PIN", " 1 1120 34563 56 2 "], want: { ok: true, normalized: "1112034563562" } }],
    [
      "Thai PIN, letters",
      { given: ["TH-PIN", "1-1120-34563-56-X"], want: { ok: false, normalized: "111203456356X", code: "TIPX301" } },
    ],
    ["DNI with dots", { given: ["AR-DNI", "20.123.456"], want: { ok: true, normalized: "20123456" } }],
    ["DNI of 7 digits", { given: ["AR-DNI", "5.536.168"], want: { ok: true, normalized: "5536168" } }],
    [
      "DNI of 9 digits",
      { given: ["AR-DNI", "201.234.567"], want: { ok: false, normalized: "201234567", code: "TIPX301" } },
    ],
    ["cédula with dots", { given: ["PY-CI", "8.177.577"], want: { ok: true, normalized: "8177577" } }],
    [
      "cédula of 9 digits",
      { given: ["PY-CI", "123.456.789"], want: { ok: false, normalized: "123456789", code: "TIPX308" } },
    ],
    ["cédula with a leading 0", { given: ["PY-CI", "0123"], want: { ok: false, normalized: "0123", code: "TIPX308" } }],
    ["RUC printed", { given: ["PY-RUC", "1234567-9"], want: { ok: true, normalized: "12345679" } }],
    ["NIN, lower case", { given: ["LR-NIN", "ab-12 34"], want: { ok: true, normalized: "AB1234" } }],
    ["NIN too short", { given: ["LR-NIN", "A1"], want: { ok: false, normalized: "A1", code: "TIPX308" } }],
    ["passport with MRZ fillers", { given: ["passport", "ab123456<<"], want: { ok: true, normalized: "AB123456" } }],
    [
      "passport of 10 characters",
      { given: ["passport", "AB12345678"], want: { ok: false, normalized: "AB12345678", code: "TIPX308" } },
    ],
    [
      "passport with punctuation",
      { given: ["passport", "AB/123"], want: { ok: false, normalized: "AB/123", code: "TIPX308" } },
    ],
    ["empty CUIT", { given: ["AR-CUIT", ""], want: { ok: false, normalized: "", code: "TIPX301" } }],
  ])("%s", (_title, { given, want }) => {
    expect(checkIdentifier(...given)).toEqual(want);
  });

  it("never throws on values a JavaScript caller might pass", () => {
    const call = checkIdentifier as (kind: unknown, value: unknown) => unknown;
    expect(call("driving-licence", "123")).toEqual({ ok: false, code: "TIPX307" });
    expect(call("TH-PIN", 1112034563562)).toEqual({ ok: false, code: "TIPX301" });
    expect(call("__proto__", "1")).toEqual({ ok: false, code: "TIPX307" });
  });

  it("normalizes by kind", () => {
    expect(normalizeIdentifier("passport", " ab-12.34 ")).toBe("AB1234");
    expect(normalizeIdentifier("AR-CUIT", "20-05536168-2")).toBe("20055361682");
  });
});

describe("identifier specs", () => {
  it("describe every kind, keyed by their own kind", () => {
    for (const [kind, spec] of Object.entries(IDENTIFIER_SPECS)) expect(spec.kind).toBe(kind);
  });

  it("mark the unverified formats (LR-NIN, PY-CI, passport) verified: false", () => {
    const unverified = Object.values(IDENTIFIER_SPECS)
      .filter((spec) => !spec.verified)
      .map((spec) => spec.kind);
    expect(unverified).toEqual(["LR-NIN", "PY-CI", "passport"]);
  });

  it("list each country's kinds, then passports", () => {
    expect(identifierSpecsOf("TH").map((spec) => spec.kind)).toEqual(["TH-PIN", "passport"]);
    expect(identifierSpecsOf("AR").map((spec) => spec.kind)).toEqual(["AR-DNI", "AR-CUIL", "AR-CUIT", "passport"]);
    expect(identifierSpecsOf("LR").map((spec) => spec.kind)).toEqual(["LR-NIN", "passport"]);
  });

  it("have patterns that compile as JSON Schema (ECMA-262, unicode) patterns", () => {
    for (const spec of Object.values(IDENTIFIER_SPECS)) {
      expect(() => new RegExp(spec.pattern, "u")).not.toThrow();
      expect(() => new RegExp(spec.inputPattern, "u")).not.toThrow();
    }
  });
});
