import { describe, expect, it } from "vitest";
import { readDataCsv } from "../../../test/reference";
import { isCode } from "../../codelists/codelist";
import { codeLabel } from "../../i18n/text";
import { es } from "../../locales/es/index";
import { th } from "../../locales/th/index";
import { PROFILE_CODES } from "../profile-code";
import { isSubdivisionOf, SUBDIVISIONS } from "./subdivisions";

describe("subdivisions", () => {
  it.each([
    ["TH", 78],
    ["AR", 24],
    ["PY", 18],
    ["LR", 15],
  ] as const)("%s has %i ISO 3166-2 codes", (country, count) => {
    const list = SUBDIVISIONS[country];
    expect(list.codes).toHaveLength(count);
    expect(new Set(list.codes).size).toBe(count);
    expect(Object.keys(list.meta).sort()).toEqual([...list.codes].sort());
    for (const code of list.codes) expect(list.meta[code]?.country).toBe(country);
  });

  it("includes Bangkok (TH-10) and Pattaya (TH-S), and no PY-17 or PY-18", () => {
    expect(SUBDIVISIONS.TH.meta["TH-10"]?.type).toBe("Metropolitan administration");
    expect(SUBDIVISIONS.TH.meta["TH-S"]?.type).toBe("Special administrative city");
    expect(isSubdivisionOf("PY", "PY-17")).toBe(false);
    expect(isSubdivisionOf("PY", "PY-19")).toBe(true);
    expect(isSubdivisionOf("AR", "AR-I")).toBe(false);
    expect(isSubdivisionOf("TH", "__proto__")).toBe(false);
    expect(isCode(SUBDIVISIONS.LR, "LR-MO")).toBe(true);
  });

  it("marks exactly the two hand-filled Thai names verified: false (DOMAIN.md §11 item 13)", () => {
    const unverified = PROFILE_CODES.flatMap((country) => {
      const list = SUBDIVISIONS[country];
      return list.codes.filter((code) => list.meta[code]?.verified === false);
    });
    expect(unverified).toEqual(["TH-10", "TH-38"]);
  });

  it("labels Thai subdivisions in Thai and the others by their ISO name", () => {
    expect(SUBDIVISIONS.TH.meta["TH-63"]?.label).toEqual("Tak");
    expect(SUBDIVISIONS.PY.meta["PY-12"]?.label).toEqual("Ñeembucú");
  });

  for (const country of PROFILE_CODES) {
    const file = `subdivisions/${country}.csv`;
    it(`${country} matches packages/schema/data/${file} row for row`, () => {
      const rows = readDataCsv(file);
      const list = SUBDIVISIONS[country];
      expect(list.codes).toEqual(rows.map((row) => row["code"]));
      for (const row of rows) {
        const meta = list.meta[row["code"] ?? ""];
        expect({ name: meta?.name, type: meta?.type }).toEqual({ name: row["name"], type: row["type"] });
        const local = codeLabel(list, row["code"] ?? "", country === "TH" ? th : es);
        expect([row["code"], local]).toEqual([row["code"], row["local_name"]]);
        expect(meta?.verified).toBe(!(row["local_name_source"] ?? "").includes("NOT in iso-codes"));
      }
    });
  }
});
