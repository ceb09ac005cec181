import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { _readDate } from "./_read-date";

const days = fc.date({
  min: new Date("1900-01-01T00:00:00Z"),
  max: new Date("2100-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const iso = (d: Date): string => d.toISOString().slice(0, 10);

describe("_readDate", () => {
  it("reads back every day written D/M/YYYY in the Buddhist Era, and DD/MM/YYYY in the Common Era", () => {
    fc.assert(
      fc.property(days, (d) => {
        const [day, month, year] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()];
        expect(_readDate(`${day}/${month}/${year + 543}`, "D/M/YYYY", "buddhist")).toEqual({
          ok: true,
          date: iso(d),
          converted: true,
        });
        const dd = String(day).padStart(2, "0");
        const mm = String(month).padStart(2, "0");
        expect(_readDate(`${dd}/${mm}/${year}`, "DD/MM/YYYY", "gregorian")).toEqual({
          ok: true,
          date: iso(d),
          converted: false,
        });
      }),
    );
  });

  it.each([
    ["29/2/2567", "D/M/YYYY", "buddhist", true],
    ["29/2/2566", "D/M/YYYY", "buddhist", false],
    ["31/04/2024", "DD/MM/YYYY", "gregorian", false],
    ["5/3/2024", "DD/MM/YYYY", "gregorian", false],
    ["2024-13", "YYYY-MM", "gregorian", false],
    ["2024-02-30", "YYYY-MM-DD", "gregorian", false],
  ] as const)("reads %s as %s (%s): %s", (text, format, calendar, ok) => {
    expect(_readDate(text, format, calendar).ok).toBe(ok);
  });
});
