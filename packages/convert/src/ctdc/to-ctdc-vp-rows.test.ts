import { readFileSync } from "node:fs";
import { Bundle } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { _VP_COLUMNS } from "./_vp-derive";
import { toCtdcVictimPerpetratorRows } from "./to-ctdc-vp-rows";

const bundle = Bundle.parse(
  JSON.parse(readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8")),
);

describe("toCtdcVictimPerpetratorRows", () => {
  it("writes one row per victim–suspect link with the layout's columns", () => {
    const { value, report } = toCtdcVictimPerpetratorRows(bundle, { k: 1 });
    expect(Object.keys(value[0] ?? {})).toEqual([..._VP_COLUMNS]);
    expect(value).toHaveLength(report.counts.rows);
    expect(value[1]).toMatchObject({
      yearRegister: "2022",
      gender: "Female",
      UN_COO_Region: "South-eastern Asia",
      UN_COE_Region: "South-eastern Asia",
      IP_Relation: "Stranger",
      IP_RecruiterBroker: "1",
      IP_TransactionProcess: "recruiter;transporter",
      IP_Exploiter: "0",
      IP_PayMoney: "",
    });
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
  });

  it.each([
    [1, 0],
    [1000, "all"],
  ] as const)("with k = %s suppresses %s rows, each with TIPX706", (k, suppressed) => {
    const { value, report } = toCtdcVictimPerpetratorRows(bundle, { k });
    const skipped = suppressed === "all" ? report.counts.rows : suppressed;
    expect(report.counts.skipped).toBe(skipped);
    expect(value).toHaveLength(report.counts.rows - skipped);
    expect(report.issues.filter((i) => i.code === "TIPX706")).toHaveLength(skipped);
  });

  it("puts the HXL hashtag row first with hxl: true", () => {
    const { value } = toCtdcVictimPerpetratorRows(bundle, { k: 1, hxl: true });
    expect(value[0]).toMatchObject({ yearRegister: "#date+year", UN_COE_Region: "#region+name", gender: "" });
  });
});
