import { describe, expect, it } from "vitest";
import { PROFILE_CODES } from "../profile-code";
import { AGENCIES, findAgency } from "./agencies";

describe("agencies", () => {
  it("include the lead bodies the issue names", () => {
    expect(AGENCIES.TH.codes).toEqual(expect.arrayContaining(["TH-DOPA", "TH-RTP", "TH-DSI", "TH-MSDHS", "TH-MOL"]));
    expect(AGENCIES.AR.codes).toEqual(
      expect.arrayContaining(["AR-PROTEX", "AR-COMITE-EJECUTIVO", "AR-PROGRAMA-RESCATE"]),
    );
    expect(AGENCIES.PY.codes).toContain("PY-MESA-INTERINSTITUCIONAL");
    expect(AGENCIES.LR.codes).toContain("LR-AHTTF");
  });

  it("prefix every code with its country and link only to known agencies", () => {
    for (const country of PROFILE_CODES) {
      const list = AGENCIES[country];
      for (const code of list.codes) {
        const agency = list.meta[code];
        expect(code.startsWith(`${country}-`)).toBe(true);
        expect(agency?.country).toBe(country);
        for (const linked of [...(agency?.memberOf ?? []), ...(agency?.partOf === undefined ? [] : [agency.partOf])]) {
          expect(findAgency(linked)).toBeDefined();
        }
      }
    }
  });

  it("mark the bodies not described in shared/reference verified: false", () => {
    const unverified = PROFILE_CODES.flatMap((country) =>
      AGENCIES[country].codes.filter((code) => AGENCIES[country].meta[code]?.verified === false),
    );
    expect(unverified).toEqual(["TH-RTP", "TH-DSI"]);
  });

  it("list the Task Force's members", () => {
    const members = AGENCIES.LR.codes.filter((code) => AGENCIES.LR.meta[code]?.memberOf?.includes("LR-AHTTF"));
    expect(members).toEqual(["LR-MOL", "LR-MOJ", "LR-MOFA", "LR-MIA", "LR-MOH", "LR-MGCSP", "LR-LNP", "LR-LIS"]);
  });
});
