import { describe, expect, it } from "vitest";
import { REFERRAL_STATUS_TRANSITIONS, REFERRAL_STATUSES } from "./referral-statuses";

describe("REFERRAL_STATUS_TRANSITIONS", () => {
  it("has an entry for every status", () => {
    expect(Object.keys(REFERRAL_STATUS_TRANSITIONS).sort()).toEqual([...REFERRAL_STATUSES].sort());
  });

  it.each([
    ["proposed", "accepted", true],
    ["proposed", "declined", true],
    ["proposed", "withdrawn", true],
    ["proposed", "completed", false],
    ["accepted", "completed", true],
    ["accepted", "withdrawn", true],
    ["accepted", "declined", false],
    ["declined", "accepted", false],
    ["completed", "withdrawn", false],
    ["withdrawn", "proposed", false],
  ] as const)("%s -> %s: %s", (from, to, allowed) => {
    expect(REFERRAL_STATUS_TRANSITIONS[from].includes(to)).toBe(allowed);
  });

  it("never returns to proposed and never leaves a final status", () => {
    for (const status of REFERRAL_STATUSES) expect(REFERRAL_STATUS_TRANSITIONS[status]).not.toContain("proposed");
    for (const status of ["declined", "completed", "withdrawn"] as const)
      expect(REFERRAL_STATUS_TRANSITIONS[status]).toEqual([]);
  });
});
