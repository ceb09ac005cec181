import { describe, expect, it } from "vitest";
import type { Framework } from "../framework";
import { C138_DEFAULT_AGES, childLabour } from "./child-labour";
import { HTS_2012_INDICATORS, hardToSee2012, type SurveyIndicator } from "./hts-2012";
import { icls2018 } from "./icls-2018";
import { iloForcedLabour2012 } from "./ilo-fl-2012";
import { FRAMEWORKS, type FrameworkId, getFramework } from "./registry";

const frameworks: ReadonlyArray<readonly [string, Framework]> = FRAMEWORKS.map((framework) => [
  framework.id,
  framework,
]);

/** Every sourced entry of a framework (the framework, its items and its rules), named for the failure message. */
function entries(
  framework: Framework,
): Array<[name: string, entry: { source: string; verified?: boolean; note?: string }]> {
  return [
    [framework.id, { source: framework.source }],
    ...Object.entries(framework.items).map(([id, item]): [string, typeof item] => [`item ${id}`, item]),
    ...Object.entries(framework.rules).map(([id, rule]): [string, typeof rule] => [`rule ${id}`, rule]),
  ];
}

/** The item ids of one group, in the framework's order. */
function groupItems(framework: Framework, group: string): string[] {
  return framework.order.filter((id) => framework.items[id]?.group === group);
}

// Our working notes and their [Sn] tags are not sources: a source names the document itself.
const NOT_A_SOURCE = /DOMAIN|shared\/|\[S\d/;

describe.each(frameworks)("framework %s", (_id, framework) => {
  it("lists every item once in its order, and only its items", () => {
    expect(new Set(framework.order).size).toBe(framework.order.length);
    expect([...framework.order].sort()).toEqual(Object.keys(framework.items).sort());
  });

  it("puts every item in one of its groups", () => {
    const groups = Object.keys(framework.groups);
    const misplaced = Object.entries(framework.items).filter(([, item]) => !groups.includes(item.group));
    expect(misplaced.map(([id, item]) => `${id}: ${item.group}`)).toEqual([]);
  });

  it("cites documents, never our working notes", () => {
    const bad = entries(framework).filter(
      ([, entry]) => NOT_A_SOURCE.test(entry.source) || NOT_A_SOURCE.test(entry.note ?? ""),
    );
    expect(bad.map(([name]) => name)).toEqual([]);
  });

  it("says what would verify each unverified item or rule", () => {
    const silent = entries(framework).filter(([, entry]) => entry.verified === false && !entry.note?.trim());
    expect(silent.map(([name]) => name)).toEqual([]);
  });
});

describe("frameworks", () => {
  it("are registered once each, in order", () => {
    expect(FRAMEWORKS.map((framework) => framework.id)).toEqual([
      "ilo-fl-2012",
      "icls-2018",
      "hts-2012",
      "child-labour",
      "palermo",
    ] satisfies FrameworkId[]);
  });

  it("are found by id, and an unknown id is refused", () => {
    for (const framework of FRAMEWORKS) expect(getFramework(framework.id)).toBe(framework);
    expect(getFramework("icls-2018").items["debt-bondage"].group).toBe("coercion");
    expect(() => getFramework("toString")).toThrow(TypeError);
  });

  it("hold the ILO's 11 indicators under their exact names, in the booklet's order", () => {
    expect(iloForcedLabour2012.order.map((id) => iloForcedLabour2012.items[id].label)).toEqual([
      "Abuse of vulnerability",
      "Deception",
      "Restriction of movement",
      "Isolation",
      "Physical and sexual violence",
      "Intimidation and threats",
      "Retention of identity documents",
      "Withholding of wages",
      "Debt bondage",
      "Abusive working and living conditions",
      "Excessive overtime",
    ]);
  });

  it("hold the ICLS's 9 circumstances of involuntary work and 6 elements of coercion, in order", () => {
    expect(groupItems(icls2018, "involuntariness")).toEqual([
      "unfree-recruitment",
      "different-job",
      "abusive-overtime",
      "hazardous-without-consent",
      "very-low-or-no-wages",
      "degrading-living-conditions",
      "other-employers",
      "longer-than-agreed",
      "no-freedom-to-terminate",
    ]);
    expect(groupItems(icls2018, "coercion")).toEqual([
      "threats-or-violence",
      "restriction-of-movement",
      "debt-bondage",
      "withholding-of-wages",
      "withholding-of-documents",
      "abuse-of-vulnerability",
    ]);
  });

  it("keep the ICLS child definition and categories unverified", () => {
    const unverified = [...groupItems(icls2018, "child"), ...groupItems(icls2018, "category")].filter(
      (id) => (icls2018 as Framework).items[id]?.verified !== false,
    );
    expect(unverified).toEqual([]);
    expect(icls2018.rules["child-definition"].verified).toBe(false);
  });

  it("hold no survey indicator of 2012, and do not treat its decision rule as verified", () => {
    expect(HTS_2012_INDICATORS).toEqual([]);
    expect(hardToSee2012.rules["decision-rule"].verified).toBe(false);
    // The dimensions an indicator may name are the framework's dimension items.
    const dimensions: SurveyIndicator["dimension"][] = [
      "dimension-unfree-recruitment",
      "dimension-work-and-life-under-duress",
      "dimension-impossibility-of-leaving",
    ];
    expect(groupItems(hardToSee2012, "dimension")).toEqual(dimensions);
  });

  it("fall back on C138's ages: 15, light work 13, hazardous work 18", () => {
    expect(C138_DEFAULT_AGES).toEqual({ generalMinimum: 15, lightWork: 13, hazardousWork: 18 });
    expect(groupItems(childLabour, "worst-form")).toEqual([
      "worst-form-slavery",
      "worst-form-sexual",
      "worst-form-illicit",
    ]);
  });
});
