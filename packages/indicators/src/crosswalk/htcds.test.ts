import {
  EXPLOITATION_TYPES,
  FORCED_CRIMINALITY_TYPES,
  LEG_ROLES,
  METHODS_OF_CONTROL,
  PERPETRATOR_ROLES,
  PROCESS_ROLES,
  RECRUITMENT_METHODS,
  TRAFFICKING_EVENT_TYPES,
} from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { getFramework } from "../frameworks/registry";
import { CROSSWALK_FRAMEWORKS, type CrosswalkFrameworkId, type CrosswalkRow, type UnmappedCode } from "./crosswalk-row";
import {
  ITEMS_WITHOUT_HTCDS_CODE,
  METHODS_OF_CONTROL_CROSSWALK,
  METHODS_OF_CONTROL_UNMAPPED,
  RECRUITMENT_FIELDS_CROSSWALK,
  RECRUITMENT_METHODS_CROSSWALK,
} from "./htcds";
import {
  EXPLOITATION_TYPES_CROSSWALK,
  EXPLOITATION_TYPES_UNMAPPED,
  FORCED_CRIMINALITY_CROSSWALK,
} from "./htcds-exploitation";
import {
  EVENT_TYPES_CROSSWALK,
  LEG_ROLES_CROSSWALK,
  LEG_ROLES_UNMAPPED,
  LINK_FACTS,
  LINK_FACTS_CROSSWALK,
  PERPETRATOR_ROLES_CROSSWALK,
  PERPETRATOR_ROLES_UNMAPPED,
  PROCESS_ROLES_CROSSWALK,
  ROUTE_LEG_FIELDS,
  ROUTE_LEGS_CROSSWALK,
} from "./route";

/** Each crosswalk with the code list its rows map from. */
const TABLES: ReadonlyArray<readonly [name: string, rows: readonly CrosswalkRow[], codes: readonly string[]]> = [
  ["METHODS_OF_CONTROL_CROSSWALK", METHODS_OF_CONTROL_CROSSWALK, METHODS_OF_CONTROL],
  ["EXPLOITATION_TYPES_CROSSWALK", EXPLOITATION_TYPES_CROSSWALK, EXPLOITATION_TYPES],
  ["FORCED_CRIMINALITY_CROSSWALK", FORCED_CRIMINALITY_CROSSWALK, FORCED_CRIMINALITY_TYPES],
  ["RECRUITMENT_METHODS_CROSSWALK", RECRUITMENT_METHODS_CROSSWALK, RECRUITMENT_METHODS],
  ["RECRUITMENT_FIELDS_CROSSWALK", RECRUITMENT_FIELDS_CROSSWALK, ["recruitmentPlace", "recruitmentWebsitesAndApps"]],
  ["EVENT_TYPES_CROSSWALK", EVENT_TYPES_CROSSWALK, TRAFFICKING_EVENT_TYPES],
  ["PERPETRATOR_ROLES_CROSSWALK", PERPETRATOR_ROLES_CROSSWALK, PERPETRATOR_ROLES],
  ["ROUTE_LEGS_CROSSWALK", ROUTE_LEGS_CROSSWALK, ROUTE_LEG_FIELDS],
  ["LEG_ROLES_CROSSWALK", LEG_ROLES_CROSSWALK, LEG_ROLES],
  ["PROCESS_ROLES_CROSSWALK", PROCESS_ROLES_CROSSWALK, PROCESS_ROLES],
  ["LINK_FACTS_CROSSWALK", LINK_FACTS_CROSSWALK, LINK_FACTS],
];

/** Each list of unmapped codes with its code list. */
const UNMAPPED: ReadonlyArray<readonly [name: string, entries: readonly UnmappedCode[], codes: readonly string[]]> = [
  ["METHODS_OF_CONTROL_UNMAPPED", METHODS_OF_CONTROL_UNMAPPED, METHODS_OF_CONTROL],
  ["EXPLOITATION_TYPES_UNMAPPED", EXPLOITATION_TYPES_UNMAPPED, EXPLOITATION_TYPES],
  ["PERPETRATOR_ROLES_UNMAPPED", PERPETRATOR_ROLES_UNMAPPED, PERPETRATOR_ROLES],
  ["LEG_ROLES_UNMAPPED", LEG_ROLES_UNMAPPED, LEG_ROLES],
];

function frameworkOf(item: string): string {
  return item.slice(0, item.indexOf("/"));
}

/** The group of an item, looked up as data (by strings) rather than by the typed ids. */
function groupOf(item: string): string | undefined {
  const [framework = "", id = ""] = item.split("/");
  return getFramework(framework).items[id]?.group;
}

function itemExists(item: string): boolean {
  const [framework = "", id = ""] = item.split("/");
  return Object.hasOwn(getFramework(framework).items, id);
}

/** One sentence of our own: a capital or digit first, a full stop last, and no full stop between sentences. */
function isOneSentence(text: string): boolean {
  return /^[A-Z0-9]/.test(text) && text.endsWith(".") && !/[a-z)]\. [A-Z]/.test(text.slice(0, -1));
}

/** Whether some row maps a code to an item of a framework. */
function mapped(rows: readonly CrosswalkRow[], code: string, framework: CrosswalkFrameworkId): boolean {
  return rows.some((row) => row.code === code && frameworkOf(row.item) === framework);
}

/** Whether a list of unmapped codes says a code maps to nothing of a framework. */
function listedUnmapped(entries: readonly UnmappedCode[], code: string, framework: CrosswalkFrameworkId): boolean {
  return entries.some((entry) => entry.code === code && entry.frameworks.includes(framework));
}

describe.each(TABLES)("%s", (_name, rows, codes) => {
  it("names an existing code of its list, an existing framework item, a strength and a why in every row", () => {
    for (const row of rows) {
      expect(codes, `code ${row.code}`).toContain(row.code);
      expect(CROSSWALK_FRAMEWORKS, row.item).toContain(frameworkOf(row.item));
      expect(itemExists(row.item), `item ${row.item}`).toBe(true);
      expect(["direct", "partial"]).toContain(row.strength);
      expect(isOneSentence(row.why), `why of ${row.code} → ${row.item}: ${row.why}`).toBe(true);
    }
  });

  it("maps a code to an item once", () => {
    const pairs = rows.map((row) => `${row.code} → ${row.item}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("marks exactly the child-labour rows as holding only for a child", () => {
    for (const row of rows)
      expect(row.childOnly === true, `${row.code} → ${row.item}`).toBe(frameworkOf(row.item) === "child-labour");
  });
});

describe.each(UNMAPPED)("%s", (_name, entries, codes) => {
  it("names existing codes and frameworks, with a why", () => {
    for (const entry of entries) {
      expect(codes).toContain(entry.code);
      for (const framework of entry.frameworks) expect(CROSSWALK_FRAMEWORKS).toContain(framework);
      expect(isOneSentence(entry.why), entry.why).toBe(true);
    }
  });
});

describe("coverage of the HTCDS code lists", () => {
  it.each(METHODS_OF_CONTROL)("maps method of control %s to each of ILO, ICLS and Palermo, or says why not", (code) => {
    for (const framework of ["ilo-fl-2012", "icls-2018", "palermo"] as const) {
      const isMapped = mapped(METHODS_OF_CONTROL_CROSSWALK, code, framework);
      const isListed = listedUnmapped(METHODS_OF_CONTROL_UNMAPPED, code, framework);
      expect(isMapped !== isListed, `${code} × ${framework}: mapped ${isMapped}, listed unmapped ${isListed}`).toBe(
        true,
      );
    }
  });

  it.each(EXPLOITATION_TYPES)(
    "maps type of exploitation %s to a Palermo purpose, and to child labour or says why not",
    (code) => {
      expect(
        EXPLOITATION_TYPES_CROSSWALK.some(
          (row) =>
            row.code === code &&
            row.strength === "direct" &&
            row.item.startsWith("palermo/") &&
            groupOf(row.item) === "purpose",
        ),
      ).toBe(true);
      const isMapped = mapped(EXPLOITATION_TYPES_CROSSWALK, code, "child-labour");
      expect(isMapped !== listedUnmapped(EXPLOITATION_TYPES_UNMAPPED, code, "child-labour")).toBe(true);
    },
  );

  it.each(FORCED_CRIMINALITY_TYPES)(
    "maps forced criminality %s to forced labour or services and to a worst form",
    (code) => {
      const items = FORCED_CRIMINALITY_CROSSWALK.filter((row) => row.code === code).map((row) => row.item);
      expect(items).toContain("palermo/forced-labour-or-services");
      expect(items.some((item) => item.startsWith("child-labour/worst-form-"))).toBe(true);
    },
  );

  it.each(RECRUITMENT_METHODS)("maps method of recruitment %s to the act of recruitment, and to no means", (code) => {
    expect(RECRUITMENT_METHODS_CROSSWALK.filter((row) => row.code === code).map((row) => row.item)).toEqual([
      "palermo/recruitment",
    ]);
  });

  it.each([
    ["per_RoleInProcess", PERPETRATOR_ROLES_CROSSWALK, PERPETRATOR_ROLES_UNMAPPED, PERPETRATOR_ROLES],
    ["route leg role", LEG_ROLES_CROSSWALK, LEG_ROLES_UNMAPPED, LEG_ROLES],
  ] as const)("maps every %s to a Palermo act or means, or says why not", (_name, rows, unmapped, codes) => {
    for (const code of codes)
      expect(mapped(rows, code, "palermo") !== listedUnmapped(unmapped, code, "palermo"), code).toBe(true);
  });

  it("maps every role of a perpetrator towards the victim and every event type", () => {
    for (const role of PROCESS_ROLES) expect(mapped(PROCESS_ROLES_CROSSWALK, role, "palermo"), role).toBe(true);
    for (const type of TRAFFICKING_EVENT_TYPES) expect(mapped(EVENT_TYPES_CROSSWALK, type, "palermo"), type).toBe(true);
  });

  it("lists as without a code only items no direct method of control shows", () => {
    for (const { item, why } of ITEMS_WITHOUT_HTCDS_CODE) {
      expect(itemExists(item), item).toBe(true);
      expect(isOneSentence(why)).toBe(true);
      expect(
        (METHODS_OF_CONTROL_CROSSWALK as readonly CrosswalkRow[]).some(
          (row) => row.item === item && row.strength === "direct",
        ),
        item,
      ).toBe(false);
    }
  });
});

describe("mapping decisions", () => {
  it("keeps a payment a means only as partial: the record never says it went to a person in control", () => {
    const payments = [...TABLES.flatMap(([, rows]) => rows)].filter(
      (row) => row.item === "palermo/payments-to-controller",
    );
    expect(payments.map((row) => [row.code, row.strength])).toEqual([["moneyExchanged", "partial"]]);
  });

  it("reads the direct methods of control as these items", () => {
    const direct = new Map<string, string[]>();
    for (const row of METHODS_OF_CONTROL_CROSSWALK)
      if (row.strength === "direct") direct.set(row.code, [...(direct.get(row.code) ?? []), row.item]);
    expect(Object.fromEntries(direct)).toMatchInlineSnapshot(`
      {
        "DebtBondage": [
          "ilo-fl-2012/debt-bondage",
          "icls-2018/debt-bondage",
          "palermo/other-coercion",
          "palermo/slavery-or-similar-practices",
          "child-labour/worst-form-slavery",
        ],
        "ExcessiveWorkingHours": [
          "ilo-fl-2012/excessive-overtime",
          "icls-2018/abusive-overtime",
        ],
        "FalsePromises": [
          "ilo-fl-2012/deception",
          "palermo/deception",
        ],
        "PhysicalAbuse": [
          "ilo-fl-2012/physical-and-sexual-violence",
          "icls-2018/threats-or-violence",
          "palermo/threat-or-use-of-force",
        ],
        "PhysicalThreats": [
          "ilo-fl-2012/intimidation-and-threats",
          "icls-2018/threats-or-violence",
          "palermo/threat-or-use-of-force",
        ],
        "RestrictsMedicalCare": [
          "ilo-fl-2012/abusive-working-and-living-conditions",
        ],
        "SexualAbuse": [
          "ilo-fl-2012/physical-and-sexual-violence",
          "icls-2018/threats-or-violence",
          "palermo/threat-or-use-of-force",
        ],
        "TakesEarnings": [
          "ilo-fl-2012/withholding-of-wages",
          "icls-2018/withholding-of-wages",
        ],
        "ThreatensChildrenFamily": [
          "ilo-fl-2012/intimidation-and-threats",
          "icls-2018/threats-or-violence",
          "palermo/other-coercion",
        ],
        "ThreatsLawEnforcement": [
          "ilo-fl-2012/intimidation-and-threats",
          "icls-2018/threats-or-violence",
          "palermo/other-coercion",
        ],
        "WithholdsDocuments": [
          "ilo-fl-2012/retention-of-identity-documents",
          "icls-2018/withholding-of-documents",
          "palermo/other-coercion",
        ],
        "WithholdsNecessities": [
          "ilo-fl-2012/abusive-working-and-living-conditions",
          "icls-2018/degrading-living-conditions",
          "palermo/other-coercion",
        ],
      }
    `);
  });
});
