import {
  type Bundle,
  COUNTRY_CODES,
  EXPLOITATION_TYPES,
  GENDERS,
  METHODS_OF_CONTROL,
  PERPETRATOR_RELATIONSHIPS,
  SEX_EXPLOITATION_TYPES,
  validate,
} from "@tipx/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromCtdcRows } from "./from-ctdc-rows";
import { toCtdcRows } from "./to-ctdc-rows";

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const subset = <T>(values: readonly T[]) => maybe(fc.subarray([...values]));
const INDUSTRIES = ["01", "02", "03", "A", "B", "C", "F", "H", "I", "N", "T"] as const;

const victim = fc.record({
  gender: maybe(fc.constantFrom(...GENDERS)),
  birthYear: maybe(fc.integer({ min: 1950, max: 2015 })),
  citizenship: maybe(fc.constantFrom("TH", "MM", "LA", "BR", "ZZ")),
  openedOn: maybe(fc.constantFrom("2016", "2019-05", "2022-03-29")),
  methodsOfControl: subset(METHODS_OF_CONTROL),
  exploitationTypes: subset(EXPLOITATION_TYPES),
  forcedLabourIndustries: subset(INDUSTRIES),
  sexExploitationTypes: subset(SEX_EXPLOITATION_TYPES),
  relationship: maybe(fc.constantFrom(...PERPETRATOR_RELATIONSHIPS)),
  exploitationCountry: maybe(fc.constantFrom(...COUNTRY_CODES.slice(0, 30))),
  ageWhenTrafficked: maybe(fc.integer({ min: 0, max: 60 })),
  linkRelationship: maybe(fc.constantFrom(...PERPETRATOR_RELATIONSHIPS)),
  kidnapper: fc.boolean(),
});

type VictimSpec = typeof victim extends fc.Arbitrary<infer T> ? T : never;

function bundleOf(victims: VictimSpec[]): Bundle {
  const entities: Bundle["entities"] = victims.flatMap((v, i) => [
    { type: "Person" as const, id: uuid(100 + i) },
    {
      type: "Person" as const,
      id: uuid(2 * i + 1),
      ...(v.gender ? { gender: v.gender } : {}),
      ...(v.birthYear ? { birthDate: String(v.birthYear) } : {}),
      ...(v.citizenship ? { citizenships: [v.citizenship] } : {}),
    },
    {
      type: "Case" as const,
      id: uuid(2 * i + 2),
      ...(v.openedOn ? { openedOn: v.openedOn } : {}),
      parties: [
        {
          person: uuid(2 * i + 1),
          roles: ["victim" as const],
          victim: {
            ...(v.methodsOfControl ? { methodsOfControl: v.methodsOfControl } : {}),
            ...(v.exploitationTypes ? { exploitationTypes: v.exploitationTypes } : {}),
            ...(v.forcedLabourIndustries ? { forcedLabourIndustries: v.forcedLabourIndustries } : {}),
            ...(v.sexExploitationTypes ? { sexExploitationTypes: v.sexExploitationTypes } : {}),
            ...(v.relationship && v.relationship !== "IntimatePartner" && v.relationship !== "Other"
              ? { relationshipToTrafficker: v.relationship }
              : {}),
            ...(v.exploitationCountry ? { exploitationPlace: { country: v.exploitationCountry } } : {}),
            ...(v.ageWhenTrafficked !== undefined ? { ageWhenTrafficked: v.ageWhenTrafficked } : {}),
            perpetrators: [
              { person: uuid(100 + i), ...(v.linkRelationship ? { relationship: v.linkRelationship } : {}) },
            ],
          },
        },
        {
          person: uuid(100 + i),
          roles: ["suspect" as const],
          ...(v.kidnapper ? { perpetrator: { rolesInProcess: ["Kidnapper" as const] } } : {}),
        },
      ],
    },
  ]);
  return {
    tipx: "1.1",
    id: uuid(0),
    createdAt: "2026-12-01T00:00:00Z",
    sender: { name: "Test" },
    purpose: "statistics",
    entities,
  } as Bundle;
}

describe("CTDC round trip", () => {
  it.each(["2017", "2024"] as const)(
    "codebook %s: toCtdcRows -> fromCtdcRows -> toCtdcRows is stable with k = 1",
    (codebook) => {
      fc.assert(
        fc.property(fc.array(victim, { minLength: 1, maxLength: 5 }), (victims) => {
          const bundle = bundleOf(victims);
          const first = toCtdcRows(bundle, { codebook, k: 1 }).value;
          const read = fromCtdcRows(first, { codebook, createdAt: "2026-12-01T00:00:00Z" });
          expect(validate(read.value).issues.filter((i) => i.severity === "error")).toEqual([]);
          expect(read.report.issues.filter((i) => i.code === "TIPX702" || i.code === "TIPX701")).toEqual([]);
          expect(toCtdcRows(read.value, { codebook, k: 1 }).value).toEqual(first);
        }),
        { numRuns: 100 },
      );
    },
  );
});
