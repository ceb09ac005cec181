// The committed inputs of the generated code lists (packages/schema/data) against the team's reference
// tables in ../shared/reference, where that folder exists (CI has none: these tests then skip and say which
// file they looked for; everything generated from the tables is still checked by test/generated.test.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  dataPath,
  hasReference,
  readDataCsv,
  readReferenceCsv,
  referencePath,
  shownReferencePath,
  warnIfAbsent,
} from "./reference";

/** The tables copied unchanged from the reference folder: committed path and reference path. */
const COPIES = [
  ["htcds/picklist_values.csv", "htcds/picklist_values.csv"],
  ["htcds/fields.csv", "htcds/fields.csv"],
  ["htcds/industry_subdivisions.csv", "htcds/industry_subdivisions.csv"],
  ["subdivisions/TH.csv", "subdivisions/TH.csv"],
  ["subdivisions/LR.csv", "subdivisions/LR.csv"],
  ["subdivisions/PY.csv", "subdivisions/PY.csv"],
  ["subdivisions/AR.csv", "subdivisions/AR.csv"],
] as const;

describe("committed data tables", () => {
  for (const [committed, reference] of COPIES) {
    warnIfAbsent(reference);
    it.skipIf(!hasReference(reference))(`data/${committed} is ${shownReferencePath(reference)}, byte for byte`, () => {
      expect(readFileSync(dataPath(committed), "utf8")).toBe(readFileSync(referencePath(reference), "utf8"));
    });
  }

  warnIfAbsent("countries.csv");
  it.skipIf(!hasReference("countries.csv"))(
    `data/iso/countries.csv agrees with ${shownReferencePath("countries.csv")}`,
    () => {
      const committed = new Map(readDataCsv("iso/countries.csv").map((row) => [row["alpha2"], row]));
      const rows = readReferenceCsv("countries.csv");
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const mine = committed.get(row["alpha2"]);
        expect({ alpha3: mine?.["alpha3"], numeric: mine?.["numeric"], name: mine?.["name"] }, row["alpha2"]).toEqual({
          alpha3: row["alpha3"],
          numeric: row["numeric"],
          name: row["name"],
        });
      }
    },
  );
});
