import { readFileSync } from "node:fs";
import { Bundle } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { toCtdcRows } from "./to-ctdc-rows";

const bundle = Bundle.parse(
  JSON.parse(readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8")),
);

describe("toCtdcRows", () => {
  it.each([
    [
      "2017",
      {
        gender: "Female",
        ageBroad: "21—23",
        citizenship: "TH",
        CountryofExploitation: "MM",
        meansOfControlFalsePromises: "1",
        meansOfControlDebtBondage: "0",
        isForcedLabour: "1",
        yearOfRegistration: "2022",
      },
    ],
    [
      "2024",
      {
        gender: "Woman",
        ageBroad: "21—23",
        citizenship: "THA",
        CountryOfExploitation: "MMR",
        meansFalsePromises: "1",
        meansThreats: "",
        isForcedLabour: "1",
      },
    ],
  ] as const)("writes codebook %s rows", (codebook, want) => {
    const { value, report } = toCtdcRows(bundle, { codebook, k: 1 });
    expect(value[0]).toMatchObject(want);
    expect(report.counts.rows).toBe(report.counts.converted + report.counts.skipped);
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
    expect(report.issues.some((issue) => issue.code === "TIPX705")).toBe(true);
  });

  it("suppresses every victim with k = 11 and 11 victims in distinct classes", () => {
    const { value, report } = toCtdcRows(bundle, { codebook: "2017" });
    expect(report.counts.skipped + value.length).toBe(report.counts.rows);
    expect(report.issues.filter((issue) => issue.code === "TIPX706")).toHaveLength(report.counts.skipped);
  });
});
