import { describe, expect, it } from "vitest";
import { checkPhone } from "./check-phone";
import { PHONE_PLANS } from "./plans";

describe("checkPhone", () => {
  it.each([
    ["Thai mobile", "TH", "+66812345678", { ok: true, normalized: "+66812345678", nationalNumber: "812345678" }],
    ["Thai fixed line", "TH", "+6621234567", { ok: true, normalized: "+6621234567", nationalNumber: "21234567" }],
    [
      "Thai with spaces",
      "TH",
      "+66 81 234 5678",
      { ok: true, normalized: "+66812345678", nationalNumber: "812345678" },
    ],
    ["Thai trunk 0 kept", "TH", "+660812345678", { ok: false, normalized: "+660812345678", code: "TIPX323" }],
    ["Thai too short", "TH", "+661234567", { ok: false, normalized: "+661234567", code: "TIPX322" }],
    [
      "Argentine mobile, international form",
      "AR",
      "+5491123456789",
      { ok: true, normalized: "+5491123456789", nationalNumber: "91123456789" },
    ],
    [
      "Argentine fixed line",
      "AR",
      "+54 (11) 1234-5678",
      { ok: true, normalized: "+541112345678", nationalNumber: "1112345678" },
    ],
    [
      "Paraguayan mobile",
      "PY",
      "+595981123456",
      { ok: true, normalized: "+595981123456", nationalNumber: "981123456" },
    ],
    ["Paraguayan too long", "PY", "+595123456789012", { ok: false, normalized: "+595123456789012", code: "TIPX322" }],
    [
      "Liberian 7-digit mobile",
      "LR",
      "+2317712345",
      { ok: true, normalized: "+2317712345", nationalNumber: "7712345" },
    ],
    ["Liberian 10 digits", "LR", "+2311234567890", { ok: false, normalized: "+2311234567890", code: "TIPX322" }],
    ["another country's number", "TH", "+95912345678", { ok: false, normalized: "+95912345678", code: "TIPX321" }],
    ["no plus", "TH", "0812345678", { ok: false, normalized: "0812345678", code: "TIPX320" }],
    ["over 15 digits", "AR", "+5411123456789012", { ok: false, normalized: "+5411123456789012", code: "TIPX320" }],
  ] as const)("%s", (_title, country, number, want) => {
    expect(checkPhone(country, number)).toEqual(want);
  });

  it("never throws on values a JavaScript caller might pass", () => {
    const call = checkPhone as (country: unknown, number: unknown) => unknown;
    expect(call("BR", "+5511912345678")).toEqual({ ok: false, code: "TIPX321" });
    expect(call("TH", null)).toEqual({ ok: false, code: "TIPX320" });
  });

  it("keeps the lengths of shared/reference/countries.csv", () => {
    expect(PHONE_PLANS.TH.nationalNumberLengths).toEqual([8, 9, 10, 13]);
    expect(PHONE_PLANS.AR.nationalNumberLengths).toEqual([10, 11]);
    expect(PHONE_PLANS.PY.nationalNumberLengths).toEqual([6, 7, 8, 9, 10, 11]);
    expect(PHONE_PLANS.LR.nationalNumberLengths).toEqual([7, 8, 9]);
  });
});
