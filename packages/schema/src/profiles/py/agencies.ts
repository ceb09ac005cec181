import { _defineAgencies } from "../agencies/agency";

/**
 * The codes of Paraguay's anti-trafficking bodies: the Mesa Interinstitucional, its coordinator and
 * the bodies the sources tie to it.
 *
 * @example
 * ```ts
 * import { PARAGUAYAN_AGENCY_CODES } from "@tipx/schema";
 * PARAGUAYAN_AGENCY_CODES[0]; // "PY-MESA-INTERINSTITUCIONAL"
 * ```
 */
export const PARAGUAYAN_AGENCY_CODES = [
  "PY-MESA-INTERINSTITUCIONAL",
  "PY-MRE",
  "PY-MIGRACIONES",
  "PY-CONTRAFOR",
  "PY-POLICIA-NACIONAL",
] as const;

/** A code of a Paraguayan agency. */
export type ParaguayanAgencyCode = (typeof PARAGUAYAN_AGENCY_CODES)[number];

const MESA = "PY-MESA-INTERINSTITUCIONAL";

/**
 * Paraguay's anti-trafficking bodies as a code list for `Organization.agency`. The sources name the
 * Ministry of Foreign Affairs as the Mesa's coordinator but list no other members, so tipx lists none.
 *
 * @see Decree 4473/2020 (Plan Nacional 2020–2024); ILO CEACR comments on C29 (Paraguay, 2024)
 * @example
 * ```ts
 * import { paraguayanAgencies } from "@tipx/schema";
 * paraguayanAgencies.meta["PY-MRE"].memberOf; // ["PY-MESA-INTERINSTITUCIONAL"]
 * ```
 */
export const paraguayanAgencies = _defineAgencies({
  country: "PY",
  name: "Paraguayan anti-trafficking agencies",
  source:
    "Ministerio de Relaciones Exteriores (Mesa Interinstitucional); ILO CEACR comments on C29 (Paraguay, 2024); each agency cites its own source",
  codes: PARAGUAYAN_AGENCY_CODES,
  meta: {
    [MESA]: {
      label: "Inter-institutional Round Table for the Prevention of and Fight against Trafficking in Persons",
      definition:
        "The inter-agency coordination body; its national coordination is by the Ministry of Foreign Affairs, through the Directorate-General for Consular Affairs. The national plan 2020–2024 was approved by Decree 4473 (2020).",
      country: "PY",
      roles: ["coordination"],
      source:
        "Decree 4473/2020 (Plan Nacional 2020–2024); Ministerio de Relaciones Exteriores (Dirección General de Asuntos Consulares); ILO CEACR direct request on C29 (Paraguay, 2024)",
      verified: true,
    },
    "PY-MRE": {
      label: "Ministry of Foreign Affairs",
      definition:
        "Coordinates the Mesa Interinstitucional nationally, through its Directorate-General for Consular Affairs.",
      country: "PY",
      roles: ["government-ministry", "foreign-affairs", "coordination"],
      memberOf: [MESA],
      source: "Ministerio de Relaciones Exteriores, announcements on the Mesa Interinstitucional",
      verified: true,
    },
    "PY-MIGRACIONES": {
      label: "Migration authority",
      definition:
        "Migration Act 6984/2022 obliges the migration authority to cooperate with the Mesa Interinstitucional (cooperation, not membership, is what the source states).",
      country: "PY",
      roles: ["migration"],
      source: "Ley 6984/2022 (Migration Act), as reported in the ILO CEACR direct request on C29 (Paraguay, 2024)",
      verified: true,
    },
    "PY-CONTRAFOR": {
      label: "CONTRAFOR (tripartite forced-labour commission)",
      definition:
        "A separate tripartite body for forced labour, which has a Second National Strategy for the Prevention of Forced Labour 2021–2024.",
      country: "PY",
      roles: ["coordination", "labour"],
      source: "ILO CEACR observation on C29 (Paraguay, 2024)",
      verified: true,
    },
    "PY-POLICIA-NACIONAL": {
      label: "National Police",
      definition: "Its Departamento de Identificaciones issues the civil identity card (cédula).",
      country: "PY",
      roles: ["law-enforcement", "civil-registration"],
      source: "Ley 222/93, as amended by Ley 5757/2016 (Policía Nacional, Departamento de Identificaciones)",
      verified: true,
    },
  },
});
