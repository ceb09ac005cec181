// Table-driven: each codebook on the example bundle and on small fixtures, with counts that add up.
import { readFileSync } from "node:fs";
import { Bundle } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { _columns } from "./_columns";
import { toCtdcRows } from "./to-ctdc-rows";

const example = Bundle.parse(
  JSON.parse(readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8")),
);
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** A minor victim of sexual exploitation, with a suspect who kidnapped her. */
const minor: Bundle = {
  tipx: "1.1",
  id: uuid(0),
  createdAt: "2026-12-01T00:00:00Z",
  sender: { name: "Test" },
  purpose: "statistics",
  entities: [
    { type: "Person", id: uuid(1), gender: "Feminine", birthDate: "2008-02-10", citizenships: ["LA", "TH"] },
    { type: "Person", id: uuid(2), gender: "Masculine", birthDate: "1980" },
    {
      type: "Case",
      id: uuid(3),
      openedOn: "2023-06-01",
      parties: [
        {
          person: uuid(1),
          roles: ["victim"],
          victim: {
            exploitationTypes: ["SexualExploitation"],
            sexExploitationTypes: ["Prostitution"],
            methodsOfControl: ["DebtBondage", "TakesEarnings", "Other"],
            ageWhenTrafficked: 14,
            perpetrators: [
              {
                person: uuid(2),
                relationship: "IntimatePartner",
                roles: ["recruiter", "exploiter"],
                moneyExchanged: true,
              },
            ],
            exploitationPlace: { country: "TH" },
          },
        },
        { person: uuid(2), roles: ["suspect"], perpetrator: { rolesInProcess: ["Kidnapper"] } },
      ],
    },
  ],
};

describe.each(["2017", "2024"] as const)("toCtdcRows, codebook %s", (codebook) => {
  it.each([
    ["mae-sot-interception.json", example, 11],
    ["a minor with a kidnapper", minor, 1],
  ] as const)("%s: one row per victim, the codebook's columns, counts that add up", (_, bundle, victims) => {
    const { value, report } = toCtdcRows(bundle, { codebook, k: 1 });
    expect(value).toHaveLength(victims);
    expect(Object.keys(value[0] ?? {})).toEqual(_columns(codebook).map((v) => v.name));
    const { rows, converted, skipped, values, carried, notCarried } = report.counts;
    expect([rows, converted + skipped, carried + notCarried]).toEqual([victims, victims, values]);
    const named = report.issues.filter((i) => i.code === "TIPX705").reduce((sum, i) => sum + (i.count ?? 1), 0);
    expect(named).toBe(notCarried);
  });
});

describe("codings", () => {
  it.each([
    [
      "2017",
      {
        gender: "Female",
        ageBroad: "9—17",
        majorityStatus: "Minor",
        majorityEntry: "Minor",
        citizenship: "LA",
        isSexualExploit: "1",
        isForcedLabour: "0",
        isSexAndLabour: "0",
        typeOfSexProstitution: "1",
        meansOfControlDebtBondage: "1",
        meansOfControlOther: "1",
        meansOfControlConcatenated: "Debt bondage; Takes/Withholds Earnings; Other",
        recruiterRelationIntimatePartner: "1",
        recruiterRelationFamily: "0",
        RecruiterRelationship: "Intimate Partner",
        isAbduction: "1",
        CountryofExploitation: "TH",
        yearOfRegistration: "2023",
      },
    ],
    [
      "2024",
      {
        gender: "Woman",
        ageBroad: "9—17",
        citizenship: "LAO",
        isSexualExploit: "1",
        isForcedLabour: "",
        meansDebtBondageEarnings: "1",
        meansThreats: "",
        typeOfSexProstitution: "1",
        recruiterRelationIntimatePartner: "1",
        recruiterRelationFamily: "",
        CountryOfExploitation: "THA",
      },
    ],
  ] as const)("codebook %s", (codebook, want) => {
    const { value, report } = toCtdcRows(minor, { codebook, k: 1 });
    expect(value[0]).toMatchObject(want);
    // The second citizenship has no column.
    expect(report.issues.find((i) => i.code === "TIPX705" && i.path === "/entities/0/citizenships/1")).toBeDefined();
    expect(report.issues.filter((i) => i.code === "TIPX709").map((i) => [i.params, i.count])).toContainEqual([
      { field: "Person.birthDate", change: "generalised" },
      1,
    ]);
  });

  it("puts the HXL hashtag row first with hxl: true", () => {
    const { value } = toCtdcRows(minor, { codebook: "2024", k: 1, hxl: true });
    expect(value[0]).toMatchObject({
      yearOfRegistration: "#date+year",
      CountryOfExploitation: "#country+code",
      gender: "",
    });
    expect(value).toHaveLength(2);
  });

  it("k-anonymity: each suppressed row gives TIPX706 and is skipped", () => {
    const { value, report } = toCtdcRows(minor, { codebook: "2017", k: 2 });
    expect(value).toEqual([]);
    expect(report.counts).toMatchObject({ rows: 1, converted: 0, skipped: 1 });
    expect(report.issues.filter((i) => i.code === "TIPX706").map((i) => [i.path, i.params])).toEqual([
      [
        "/entities/2/parties/0",
        {
          k: 2,
          columns: [
            "yearOfRegistration",
            "gender",
            "ageBroad",
            "majorityStatus",
            "citizenship",
            "CountryofExploitation",
          ],
        },
      ],
    ]);
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
    expect(report.counts.carried).toBe(0);
  });
});
