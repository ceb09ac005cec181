import type { AgencyMeta } from "../agencies/agency";
import { _defineAgencies } from "../agencies/agency";

/**
 * The codes of Liberia's National Anti-Human Trafficking Task Force, its secretariat and members, and
 * the National Identification Registry.
 *
 * @example
 * ```ts
 * import { LIBERIAN_AGENCY_CODES } from "@tipx/schema";
 * LIBERIAN_AGENCY_CODES[0]; // "LR-AHTTF"
 * ```
 */
export const LIBERIAN_AGENCY_CODES = [
  "LR-AHTTF",
  "LR-AHTTF-SECRETARIAT",
  "LR-MOL",
  "LR-MOJ",
  "LR-MOFA",
  "LR-MIA",
  "LR-MOH",
  "LR-MGCSP",
  "LR-LNP",
  "LR-LIS",
  "LR-NIR",
] as const;

/** A code of a Liberian agency. */
export type LiberianAgencyCode = (typeof LIBERIAN_AGENCY_CODES)[number];

const TASK_FORCE = "LR-AHTTF";
const MEMBER_SOURCE =
  "Ministry of Labour of Liberia, Anti-Human Trafficking Task Force Secretariat; ILO CEACR comment on C29 (Liberia, 2022)";

function _member(
  label: string,
  roles: AgencyMeta["roles"],
  definition = "Member of the National Anti-Human Trafficking Task Force.",
): AgencyMeta {
  return { label, definition, country: "LR", roles, memberOf: [TASK_FORCE], source: MEMBER_SOURCE, verified: true };
}

/**
 * Liberia's anti-trafficking bodies as a code list for `Organization.agency`.
 *
 * @see An Act to Ban Trafficking in Persons within the Republic of Liberia (2005) s.2(1)(A)
 * @example
 * ```ts
 * import { liberianAgencies } from "@tipx/schema";
 * liberianAgencies.meta["LR-LNP"].memberOf; // ["LR-AHTTF"]
 * ```
 */
export const liberianAgencies = _defineAgencies({
  country: "LR",
  name: "Liberian anti-trafficking agencies",
  source:
    "An Act to Ban Trafficking in Persons within the Republic of Liberia (2005) s.2(1)(A); Ministry of Labour of Liberia; each agency cites its own source",
  codes: LIBERIAN_AGENCY_CODES,
  meta: {
    [TASK_FORCE]: {
      label: "National Anti-Human Trafficking Task Force",
      definition:
        "Constituted on 27 October 2006 under s.2(1)(A) of the 2005 Act; chaired by the Ministry of Labour and co-chaired by the Ministry of Justice. Second National Action Plan 2019–2024; a national referral mechanism was promulgated around 2019–2020.",
      country: "LR",
      roles: ["coordination"],
      source:
        "An Act to Ban Trafficking in Persons within the Republic of Liberia (2005) s.2(1)(A); Ministry of Labour of Liberia, Task Force Secretariat; ILO CEACR comment on C29 (Liberia, 2022); US Department of State, Trafficking in Persons Report 2020 (Liberia)",
      verified: true,
    },
    "LR-AHTTF-SECRETARIAT": {
      label: "Anti-Human Trafficking Task Force Secretariat",
      definition: "Serves the Task Force, at the Ministry of Labour.",
      country: "LR",
      roles: ["coordination"],
      partOf: "LR-MOL",
      source: "Ministry of Labour of Liberia, Anti-Human Trafficking Task Force Secretariat",
      verified: true,
    },
    "LR-MOL": {
      label: "Ministry of Labour",
      definition:
        "Chairs the Task Force and hosts its secretariat; since January 2021 its lawyers may prosecute trafficking and child labour cases.",
      country: "LR",
      roles: ["government-ministry", "labour", "prosecution"],
      memberOf: [TASK_FORCE],
      source:
        "Ministry of Labour of Liberia, Task Force Secretariat; ILO CEACR comment on C29 (Liberia, 2022); US Department of State, Trafficking in Persons Report 2021 and 2022 (Liberia)",
      verified: true,
    },
    "LR-MOJ": _member("Ministry of Justice", ["government-ministry"], "Co-chairs the Task Force."),
    "LR-MOFA": _member("Ministry of Foreign Affairs", ["government-ministry", "foreign-affairs"]),
    "LR-MIA": _member("Ministry of Internal Affairs", ["government-ministry"]),
    "LR-MOH": _member("Ministry of Health", ["government-ministry"]),
    "LR-MGCSP": _member("Ministry of Gender, Children and Social Protection", ["government-ministry"]),
    "LR-LNP": _member("Liberia National Police", ["law-enforcement"]),
    "LR-LIS": _member("Liberia Immigration Service", ["migration"]),
    "LR-NIR": {
      label: "National Identification Registry",
      definition:
        "Created by the National Identification Registry Act (2011); issues biometric citizen and resident cards and the National Identification Number.",
      country: "LR",
      roles: ["civil-registration"],
      source: "National Identification Registry Act (2011); National Identification Registry, About and FAQ",
      verified: true,
    },
  },
});
