import { describe, expect, it } from "vitest";
import { PROFILE_CODES } from "../profile-code";
import { findLegalInstrument, LEGAL_INSTRUMENTS } from "./instruments";

describe("legal instruments", () => {
  it("list each country's instruments with stable codes", () => {
    expect(LEGAL_INSTRUMENTS.TH.codes).toEqual([
      "TH-ATIPA-2551",
      "TH-ATIPA-AMEND2-2558",
      "TH-ATIPA-AMEND3-2560",
      "TH-ATIPA-DECREE-2562",
    ]);
    expect(LEGAL_INSTRUMENTS.AR.codes).toEqual(["AR-LEY-26364", "AR-LEY-26842", "AR-CODIGO-PENAL"]);
    expect(LEGAL_INSTRUMENTS.PY.codes).toEqual(["PY-LEY-4788-2012", "PY-CODIGO-PENAL"]);
    expect(LEGAL_INSTRUMENTS.LR.codes).toEqual(["LR-ATIP-2005", "LR-ATIP-2021", "LR-DECENT-WORK-2015"]);
  });

  it("hold the sections the issue names", () => {
    expect(LEGAL_INSTRUMENTS.TH.meta["TH-ATIPA-2551"]?.sections.codes).toEqual(
      expect.arrayContaining(["s4", "s6", "s6/1", "s52"]),
    );
    expect(LEGAL_INSTRUMENTS.AR.meta["AR-CODIGO-PENAL"]?.sections.codes).toEqual(["art145bis", "art145ter"]);
    expect(LEGAL_INSTRUMENTS.PY.meta["PY-LEY-4788-2012"]?.sections.codes).toContain("art5");
  });

  it("mark what DOMAIN.md §11 lists as unverified", () => {
    const unverified = PROFILE_CODES.flatMap((country) => {
      const list = LEGAL_INSTRUMENTS[country];
      return list.codes.flatMap((code) => {
        const instrument = list.meta[code];
        if (instrument === undefined) return [];
        const sections = instrument.sections.codes.filter(
          (section) => instrument.sections.meta[section]?.verified === false,
        );
        return [...(instrument.verified ? [] : [code]), ...sections.map((section) => `${code} ${section}`)];
      });
    });
    expect(unverified).toEqual([
      "TH-ATIPA-2551 s6/1",
      "TH-ATIPA-2551 s52",
      "LR-ATIP-2021",
      "PY-LEY-4788-2012 art5",
      "PY-LEY-4788-2012 art6",
      "PY-LEY-4788-2012 art7",
    ]);
  });

  it("link amendments to existing instruments of the same country", () => {
    for (const country of PROFILE_CODES) {
      const list = LEGAL_INSTRUMENTS[country];
      for (const code of list.codes) {
        for (const amended of list.meta[code]?.amends ?? [])
          expect(findLegalInstrument(amended)?.country).toBe(country);
      }
    }
  });

  it("find instruments across countries", () => {
    expect(findLegalInstrument("AR-LEY-26842")?.country).toBe("AR");
    expect(findLegalInstrument("toString")).toBeUndefined();
  });
});
