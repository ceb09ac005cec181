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
const MEMBER_SOURCE = "DOMAIN.md §5.4 [S33a][S33d]";

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
 * @see DOMAIN.md §5.4
 * @example
 * ```ts
 * import { liberianAgencies } from "@tipx/schema";
 * liberianAgencies.meta["LR-LNP"].memberOf; // ["LR-AHTTF"]
 * ```
 */
export const liberianAgencies = _defineAgencies({
  country: "LR",
  name: "Liberian anti-trafficking agencies",
  codes: LIBERIAN_AGENCY_CODES,
  meta: {
    [TASK_FORCE]: {
      label: "National Anti-Human Trafficking Task Force",
      definition:
        "Constituted on 27 October 2006 under s.2(1)(A) of the 2005 Act; chaired by the Ministry of Labour and co-chaired by the Ministry of Justice. Second National Action Plan 2019–2024; a national referral mechanism was promulgated around 2019–2020.",
      country: "LR",
      roles: ["coordination"],
      source: "DOMAIN.md §5.4 [S33a][S33d][S33f]",
      verified: true,
    },
    "LR-AHTTF-SECRETARIAT": {
      label: "Anti-Human Trafficking Task Force Secretariat",
      definition: "Serves the Task Force, at the Ministry of Labour.",
      country: "LR",
      roles: ["coordination"],
      partOf: "LR-MOL",
      source: "DOMAIN.md §5.4 [S33a]",
      verified: true,
    },
    "LR-MOL": {
      label: "Ministry of Labour",
      definition:
        "Chairs the Task Force and hosts its secretariat; since January 2021 its lawyers may prosecute trafficking and child labour cases.",
      country: "LR",
      roles: ["government-ministry", "labour", "prosecution"],
      memberOf: [TASK_FORCE],
      source: "DOMAIN.md §5.4 [S33a][S33d][S33b][S33c]",
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
      source: "DOMAIN.md §6.1 [S38a][S38b][S38c][S38d]",
      verified: true,
    },
  },
});
