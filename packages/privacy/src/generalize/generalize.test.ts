import { PartialDate, Place } from "@tipx/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGE_BANDS, ageAt, ageBand } from "./age";
import { generalizeDate } from "./date";
import { generalizePlace } from "./place";

describe("ageBand", () => {
  it.each([
    [0, "0--8"],
    [8, "0--8"],
    [9, "9--17"],
    [17, "9--17"],
    [18, "18--20"],
    [29, "27--29"],
    [30, "30--38"],
    [47, "39--47"],
    [48, "48+"],
    [120, "48+"],
  ] as const)("%i -> %s", (years, band) => expect(ageBand(years)).toBe(band));

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("%s has no band", (years) =>
    expect(ageBand(years)).toBeUndefined(),
  );

  it("puts every age in exactly one band, in order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 130 }), (years) => {
        const band = ageBand(years);
        expect(band).toBeDefined();
        if (years > 0)
          expect(AGE_BANDS.indexOf(band ?? "0--8")).toBeGreaterThanOrEqual(
            AGE_BANDS.indexOf(ageBand(years - 1) ?? "0--8"),
          );
      }),
    );
  });
});

describe("ageAt", () => {
  it.each([
    ["full birth date", "1999-07-14", "2022-03-29", { min: 22, max: 22, band: "21--23" }],
    ["on the birthday", "1999-07-14", "2022-07-14", { min: 23, max: 23, band: "21--23" }],
    ["birth year", "2005", "2022-03-29", { min: 16, max: 17, band: "9--17" }],
    ["range across two bands", "2004", "2022-06-01", { min: 17, max: 18 }],
    ["partial as-of date", "2000-06-15", "2020", { min: 19, max: 20, band: "18--20" }],
    ["age estimate", { years: 16, asOf: "2022-03-29" }, "2023-01-01", { min: 16, max: 17, band: "9--17" }],
    ["age estimate at its date", { years: 16, asOf: "2022-03-29" }, "2022-03-29", { min: 16, max: 16, band: "9--17" }],
  ] as const)("%s", (_title, born, asOf, want) => expect(ageAt(born, asOf)).toEqual(want));

  it("returns undefined before birth or for a malformed date", () => {
    expect(ageAt("2010", "2009-12-31")).toBeUndefined();
    expect(ageAt("2010-13", "2020")).toBeUndefined();
  });

  it("sets a band only when the whole range is in it", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2020-12-31"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom<"year" | "month" | "day">("year", "month", "day"),
        (birth, later, precision) => {
          const day = birth.toISOString().slice(0, 10);
          const born = precision === "year" ? day.slice(0, 4) : precision === "month" ? day.slice(0, 7) : day;
          const asOf = `${Number(day.slice(0, 4)) + later}-12-31`;
          const age = ageAt(born, asOf);
          expect(age).toBeDefined();
          if (!age) return;
          expect(age.min).toBeLessThanOrEqual(age.max);
          expect(age.band === undefined).toBe(ageBand(age.min) !== ageBand(age.max));
        },
      ),
    );
  });
});

describe("generalizeDate", () => {
  it.each([
    ["1999-07-14", "year", "1999"],
    ["1999-07-14", "month", "1999-07"],
    ["1999-07", "year", "1999"],
    ["1999", "month", "1999"],
  ] as const)("%s to the %s -> %s", (date, precision, want) => expect(generalizeDate(date, precision)).toBe(want));

  it("always gives a valid PartialDate", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1000-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }),
        fc.constantFrom<"year" | "month">("year", "month"),
        (date, precision) => {
          expect(PartialDate.safeParse(generalizeDate(date.toISOString().slice(0, 10), precision)).success).toBe(true);
        },
      ),
    );
  });
});

describe("generalizePlace", () => {
  const place: Place = {
    country: "TH",
    subdivision: "TH-63",
    locality: "Example",
    lines: ["1 Example Street"],
    postalCode: "00000",
    latitude: 16.7,
    longitude: 98.5,
  };

  it.each([
    ["subdivision", place, { country: "TH", subdivision: "TH-63" }],
    ["country", place, { country: "TH" }],
    ["subdivision", { locality: "Example" }, undefined],
  ] as const satisfies readonly (readonly ["subdivision" | "country", Place, Place | undefined])[])(
    "to the %s",
    (precision, given, want) => {
      const result = generalizePlace(given, precision);
      expect(result).toEqual(want);
      if (result) expect(Place.safeParse(result).success).toBe(true);
    },
  );
});
