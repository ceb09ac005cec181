import { describe, expect, it } from "vitest";
import { eventDuration } from "./event-duration";

describe("eventDuration", () => {
  it.each([
    ["one day", { date: "2022-03-29", endDate: "2022-03-29" }, { minDays: 1, maxDays: 1 }],
    ["a month of days, both counted", { date: "2022-03-01", endDate: "2022-03-31" }, { minDays: 31, maxDays: 31 }],
    [
      "months: 31 January to 1 March at least, 1 January to 31 March at most",
      { date: "2022-01", endDate: "2022-03" },
      { minDays: 30, maxDays: 90 },
    ],
    ["years that touch", { date: "2021", endDate: "2022" }, { minDays: 2, maxDays: 730 }],
    ["the same year: a day at least", { date: "2022", endDate: "2022" }, { minDays: 1, maxDays: 365 }],
    ["across a leap day", { date: "2024-02-28", endDate: "2024-03-01" }, { minDays: 3, maxDays: 3 }],
  ] as const)("%s", (_title, event, expected) => {
    expect(eventDuration(event)).toEqual(expected);
  });

  it("is undefined without both dates, or when the end is certainly before the start", () => {
    expect(eventDuration({ date: "2022-03-01" })).toBeUndefined();
    expect(eventDuration({ endDate: "2022-03-01" })).toBeUndefined();
    expect(eventDuration({ date: "2022-03-02", endDate: "2022-03-01" })).toBeUndefined();
  });
});
