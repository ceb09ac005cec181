import type { ChildLabourAges } from "@tipx/schema";
import { defineFramework } from "../framework";

const C138 = "ILO Minimum Age Convention, 1973 (No. 138)";
const C182 = "ILO Worst Forms of Child Labour Convention, 1999 (No. 182)";

// Each country's own ages (and the age it specified when ratifying C138) are profile data, in
// CHILD_LABOUR_AGES of @tipx/schema; this file states only the Conventions' rules and floors.
const COUNTRY_AGE = "The country's own age comes from its profile (CHILD_LABOUR_AGES in @tipx/schema).";

/**
 * Child labour under the ILO Conventions: work below the general minimum age (C138), light work and its
 * exception, hazardous work, and the worst forms of child labour of C182 art. 3(a)-(c), which are child
 * labour for anyone under 18. The ages of each profile country are not here: they are `CHILD_LABOUR_AGES`
 * of `@tipx/schema`; `C138_DEFAULT_AGES` holds the Convention's floors for when no profile is given.
 *
 * @see ILO Minimum Age Convention, 1973 (No. 138), arts. 2, 3 and 7
 * @see ILO Worst Forms of Child Labour Convention, 1999 (No. 182), arts. 2 and 3
 * @example
 * ```ts
 * import { childLabour } from "@tipx/indicators";
 * import { CHILD_LABOUR_AGES } from "@tipx/schema";
 * childLabour.items["worst-form-illicit"].group; // "worst-form"
 * CHILD_LABOUR_AGES.TH.hazardousWork.age; // 18
 * ```
 */
export const childLabour = defineFramework({
  id: "child-labour",
  title: "Child labour: ILO Conventions No. 138 and No. 182",
  source: `${C138}; ${C182}`,
  order: [
    "below-minimum-age",
    "light-work",
    "hazardous-work",
    "worst-form-slavery",
    "worst-form-sexual",
    "worst-form-illicit",
  ],
  groups: {
    age: "Work below a minimum age",
    "worst-form": "Worst forms of child labour, C182 art. 3(a)-(c)",
  },
  items: {
    "below-minimum-age": {
      label: "Work below the general minimum age",
      definition:
        "Work by a child younger than the general minimum age, which may not be lower than the age at which compulsory schooling ends, nor in any case lower than 15 (14, at first, for a developing country).",
      group: "age",
      source: `${C138}, art. 2`,
      verified: true,
      note: COUNTRY_AGE,
    },
    "light-work": {
      label: "Light work",
      definition:
        "Work that a country may allow below the general minimum age: from 13, or from 12 where the country specified 14 as its minimum age.",
      group: "age",
      source: `${C138}, art. 7`,
      verified: true,
      note: COUNTRY_AGE,
    },
    "hazardous-work": {
      label: "Hazardous work",
      definition:
        "Work likely to harm a child's health, safety or morals, listed by each country; its minimum age is 18 (16 under strict conditions).",
      group: "age",
      source: `${C138}, art. 3; ${C182}, art. 3(d)`,
      verified: true,
      note: `C182 art. 3(d) counts it among the worst forms; it is grouped here with the ages because whether it is child labour depends on the age. ${COUNTRY_AGE}`,
    },
    "worst-form-slavery": {
      label: "Slavery and similar practices",
      definition:
        "Slavery or practices like it: the sale and trafficking of children, debt bondage, serfdom, and forced or compulsory labour, including forced recruitment of children for armed conflict.",
      group: "worst-form",
      source: `${C182}, art. 3(a)`,
      verified: true,
    },
    "worst-form-sexual": {
      label: "Prostitution and pornography",
      definition: "Using, procuring or offering a child for prostitution or for pornography.",
      group: "worst-form",
      source: `${C182}, art. 3(b)`,
      verified: true,
    },
    "worst-form-illicit": {
      label: "Illicit activities",
      definition:
        "Using, procuring or offering a child for illicit activities, in particular the production and trafficking of drugs.",
      group: "worst-form",
      source: `${C182}, art. 3(c)`,
      verified: true,
    },
  },
  rules: {
    "worst-forms-any-age": {
      text: "Work in a worst form of child labour under C182 art. 3(a)-(c) is child labour for anyone under 18, whatever the minimum ages.",
      source: `${C182}, arts. 2 and 3(a)-(c)`,
      verified: true,
    },
    "hazardous-under-18": {
      text: "Hazardous work by anyone under 18 is child labour; a country may allow it from 16 under strict conditions.",
      source: `${C138}, art. 3; ${C182}, art. 3(d)`,
      verified: true,
    },
    "below-minimum-age": {
      text: "Work by a child under the general minimum age is child labour, unless it is light work that the light-work exception allows. The general minimum age is not below the end of compulsory schooling and not below 15 (14, at first, for a developing country).",
      source: `${C138}, art. 2`,
      verified: true,
    },
    "light-work-exception": {
      text: "A country may allow light work below the general minimum age from 13, or from 12 where it specified 14 as its minimum age; light work allowed at or above that age is not child labour on account of age.",
      source: `${C138}, art. 7`,
      verified: true,
    },
  },
});

/**
 * The ages of C138 used when no country profile is given: the general minimum age (15), the light-work
 * age (13) and the hazardous-work age (18). A country's own ages, which may differ (a developing country
 * may specify 14, and then light work from 12), are in `CHILD_LABOUR_AGES` of `@tipx/schema`.
 *
 * @see ILO Minimum Age Convention, 1973 (No. 138), art. 2 (15), art. 7 (13) and art. 3 (18)
 * @example
 * ```ts
 * import { C138_DEFAULT_AGES } from "@tipx/indicators";
 * C138_DEFAULT_AGES.generalMinimum; // 15
 * C138_DEFAULT_AGES.hazardousWork; // 18
 * ```
 */
export const C138_DEFAULT_AGES = {
  generalMinimum: 15,
  lightWork: 13,
  hazardousWork: 18,
} as const satisfies {
  readonly [K in keyof Pick<ChildLabourAges, "generalMinimum" | "lightWork" | "hazardousWork">]: number;
};
