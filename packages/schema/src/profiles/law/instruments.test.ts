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
      "TH-CRIMINAL-CODE",
      "TH-PPSA-2539",
      "TH-CPA-2546",
      "TH-LPA-2541",
      "TH-IA-2522",
    ]);
    expect(LEGAL_INSTRUMENTS.AR.codes).toEqual(["AR-LEY-26364", "AR-LEY-26842", "AR-CODIGO-PENAL"]);
    expect(LEGAL_INSTRUMENTS.PY.codes).toEqual(["PY-LEY-4788-2012", "PY-CODIGO-PENAL"]);
    expect(LEGAL_INSTRUMENTS.LR.codes).toEqual([
      "LR-ATIP-2005",
      "LR-ATIP-2021",
      "LR-DECENT-WORK-2015",
      "LR-PENAL-LAW",
      "LR-CHILDRENS-LAW",
    ]);
  });

  it("hold the sections the issue names", () => {
    expect(LEGAL_INSTRUMENTS.TH.meta["TH-ATIPA-2551"]?.sections.codes).toEqual(
      expect.arrayContaining(["s4", "s6", "s6/1", "s52"]),
    );
    expect(LEGAL_INSTRUMENTS.AR.meta["AR-CODIGO-PENAL"]?.sections.codes).toEqual(["art140", "art145bis", "art145ter"]);
    expect(LEGAL_INSTRUMENTS.PY.meta["PY-LEY-4788-2012"]?.sections.codes).toContain("art5");
    expect(LEGAL_INSTRUMENTS.PY.meta["PY-CODIGO-PENAL"]?.sections.codes).toEqual(["art129"]);
  });

  // What DOMAIN.md §11 lists as unverified, what it read only in a secondary source (Código Penal arts.
  // 145 bis–ter, and the arts. 25–26 of Ley 26.842 that substitute them), and what it does not describe.
  it("mark what the reference lists as unverified or reported, or does not describe", () => {
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
      "TH-ATIPA-2551 s4",
      "TH-ATIPA-2551 s6/1",
      "TH-ATIPA-2551 s52",
      "TH-CRIMINAL-CODE",
      "TH-PPSA-2539",
      "TH-CPA-2546",
      "TH-IA-2522",
      "LR-ATIP-2021",
      "LR-PENAL-LAW",
      "LR-CHILDRENS-LAW",
      "PY-LEY-4788-2012 art5",
      "PY-LEY-4788-2012 art6",
      "PY-LEY-4788-2012 art7",
      "AR-LEY-26842 art25",
      "AR-LEY-26842 art26",
      "AR-CODIGO-PENAL",
      "AR-CODIGO-PENAL art140",
      "AR-CODIGO-PENAL art145bis",
      "AR-CODIGO-PENAL art145ter",
    ]);
  });

  it("say in the source of each instrument or section not verified that it is unverified or reported", () => {
    const silent = PROFILE_CODES.flatMap((country) => {
      const list = LEGAL_INSTRUMENTS[country];
      return list.codes.flatMap((code) => {
        const instrument = list.meta[code];
        if (instrument === undefined) return [];
        const entries = [
          [code, instrument] as const,
          ...instrument.sections.codes.map(
            (section) => [`${code} ${section}`, instrument.sections.meta[section]] as const,
          ),
        ];
        return entries.flatMap(([name, meta]) =>
          meta !== undefined && !meta.verified && !/unverified|reported/.test(meta.source) ? [name] : [],
        );
      });
    });
    expect(silent).toEqual([]);
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
