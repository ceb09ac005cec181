import { describe, expect, it } from "vitest";
import { numberRows } from "./row";

describe("numberRows", () => {
  it("numbers rows from the one after the header", () => {
    expect([...numberRows([{ a: "1" }, { a: "2" }])]).toEqual([
      { row: 2, cells: { a: "1" } },
      { row: 3, cells: { a: "2" } },
    ]);
  });

  it("starts where it is told", () => {
    expect([...numberRows([{ a: "1" }], 3)].map((row) => row.row)).toEqual([3]);
  });
});
