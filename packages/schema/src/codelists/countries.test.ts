import { describe, expect, it } from "vitest";
import { hasReference, readReferenceCsv, shownReferencePath, warnIfAbsent } from "../../test/reference";
import { CITIZENSHIP_CODES, CitizenshipCode } from "./citizenship";
import { COUNTRY_CODES, COUNTRY_DETAILS, CountryCode, countries, USER_ASSIGNED_CITIZENSHIPS } from "./countries";
import { alpha3ToAlpha2, numericToAlpha2 } from "./countries-lookup";

const COUNTRIES_CSV = "countries.csv";
warnIfAbsent(COUNTRIES_CSV);

describe("countries", () => {
  it("ends with the user-assigned codes of citizenship, ZZ (unknown) and XXA (stateless), which CountryCode refuses", () => {
    expect(USER_ASSIGNED_CITIZENSHIPS).toEqual(["ZZ", "XXA"]);
    for (const code of USER_ASSIGNED_CITIZENSHIPS) {
      expect(countries.meta[code].userAssigned).toBe(true);
      expect(CountryCode.safeParse(code).success).toBe(false);
      expect(CitizenshipCode.parse(code)).toBe(code);
    }
    expect(CITIZENSHIP_CODES).toEqual(countries.codes);
  });

  it("has the 249 ISO 3166-1 entries, each with unique alpha-2, alpha-3 and numeric codes", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(countries.codes).toEqual([...COUNTRY_CODES, "ZZ", "XXA"]);
    expect(Object.keys(countries.meta)).toHaveLength(251);
    expect(Object.keys(COUNTRY_DETAILS)).toHaveLength(249);
    const details = COUNTRY_CODES.map((code) => COUNTRY_DETAILS[code]);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(new Set(details.map((detail) => detail.alpha3)).size).toBe(249);
    expect(new Set(details.map((detail) => detail.numeric)).size).toBe(249);
  });

  it("keeps the codes sorted and well-formed, numeric codes zero-padded to three digits", () => {
    expect([...COUNTRY_CODES].sort()).toEqual(COUNTRY_CODES);
    for (const code of COUNTRY_CODES) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(COUNTRY_DETAILS[code].alpha3).toMatch(/^[A-Z]{3}$/);
      expect(COUNTRY_DETAILS[code].numeric).toMatch(/^\d{3}$/);
    }
  });

  it("labels every code in English (the catalogues translate them; their test checks completeness)", () => {
    for (const code of COUNTRY_CODES) expect(countries.meta[code].label.trim(), code).not.toBe("");
  });

  it("is the closed ISO 3166-1 list", () => {
    expect(countries.id).toBe("iso3166-1");
    expect(countries.extensible).toBe(false);
    expect(countries.source).toMatch(/^ISO 3166-1 via Debian iso-codes \d/);
  });

  it.each([
    ["TH", { alpha3: "THA", numeric: "764" }],
    ["AR", { alpha3: "ARG", numeric: "032" }],
    ["PY", { alpha3: "PRY", numeric: "600" }],
    ["LR", { alpha3: "LBR", numeric: "430" }],
  ] as const)("gives %s its alpha-3 and numeric codes", (code, want) => {
    expect(COUNTRY_DETAILS[code]).toEqual(want);
  });

  it("validates codes with the CountryCode schema", () => {
    expect(CountryCode.parse("TH")).toBe("TH");
    const lowercase = CountryCode.safeParse("th");
    expect(lowercase.success).toBe(false);
    expect(lowercase.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_value", []]]);
    expect(CountryCode.safeParse("XK").success).toBe(false); // Kosovo: a user-assigned code, not ISO 3166-1
  });

  it.skipIf(!hasReference(COUNTRIES_CSV))(
    `agrees with ${shownReferencePath(COUNTRIES_CSV)} on codes and English names`,
    () => {
      const rows = readReferenceCsv(COUNTRIES_CSV);
      const header = Object.keys(rows[0] ?? {});
      for (const column of ["alpha2", "alpha3", "numeric", "name"])
        expect(header, `column ${column}`).toContain(column);
      const seen = rows.map((row) => {
        const code = CountryCode.parse(row["alpha2"]);
        expect(COUNTRY_DETAILS[code], code).toEqual({ alpha3: row["alpha3"], numeric: row["numeric"] });
        expect(countries.meta[code].label, code).toBe(row["name"]);
        return code;
      });
      expect(seen).toEqual(expect.arrayContaining(["TH", "AR", "PY", "LR"]));
    },
  );
});

describe("alpha3ToAlpha2 and numericToAlpha2", () => {
  it("round-trip every country", () => {
    for (const code of COUNTRY_CODES) {
      const { alpha3, numeric } = COUNTRY_DETAILS[code];
      expect(alpha3ToAlpha2(alpha3)).toBe(code);
      expect(alpha3ToAlpha2(` ${alpha3.toLowerCase()} `)).toBe(code);
      expect(numericToAlpha2(numeric)).toBe(code);
      expect(numericToAlpha2(Number(numeric))).toBe(code);
    }
  });

  it.each([
    ["an unknown alpha-3 code", () => alpha3ToAlpha2("XXX")],
    ["an alpha-2 code given as alpha-3", () => alpha3ToAlpha2("TH")],
    ["an empty string", () => alpha3ToAlpha2("")],
    ["an unassigned numeric code", () => numericToAlpha2("999")],
    ["a numeric code with letters", () => numericToAlpha2("7a4")],
    ["a four-digit numeric code", () => numericToAlpha2("0764")],
    ["a negative number", () => numericToAlpha2(-32)],
    ["a fraction", () => numericToAlpha2(32.5)],
  ])("return undefined for %s", (_title, lookUp) => {
    expect(lookUp()).toBeUndefined();
  });
});
