import { _defineAgencies } from "../agencies/agency";

/**
 * The codes of Argentina's lead anti-trafficking bodies and of the ministries on its Comité Ejecutivo.
 *
 * @example
 * ```ts
 * import { ARGENTINE_AGENCY_CODES } from "@tipx/schema";
 * ARGENTINE_AGENCY_CODES.includes("AR-PROTEX"); // true
 * ```
 */
export const ARGENTINE_AGENCY_CODES = [
  "AR-PROTEX",
  "AR-MPF",
  "AR-COMITE-EJECUTIVO",
  "AR-CONSEJO-FEDERAL",
  "AR-PROGRAMA-RESCATE",
  "AR-JGM",
  "AR-MIN-SEGURIDAD",
  "AR-MIN-JUSTICIA",
  "AR-MIN-DESARROLLO-SOCIAL",
  "AR-MIN-TRABAJO",
] as const;

/** A code of an Argentine agency. */
export type ArgentineAgencyCode = (typeof ARGENTINE_AGENCY_CODES)[number];

const COMITE = "AR-COMITE-EJECUTIVO";
// The four ministries on the Comité are named as the sources name them; ministries are often renamed.
const COMITE_MEMBER_SOURCE =
  "Ley 26.364 art. 21 (as amended by Ley 26.842); Jefatura de Gabinete de Ministros, Resolución 1/2023";

/**
 * Argentina's lead anti-trafficking bodies as a code list for `Organization.agency`.
 *
 * @see Ley 26.364 arts. 18 and 21, as amended by Ley 26.842
 * @example
 * ```ts
 * import { argentineAgencies } from "@tipx/schema";
 * argentineAgencies.meta["AR-MIN-TRABAJO"].memberOf; // ["AR-COMITE-EJECUTIVO"]
 * ```
 */
export const argentineAgencies = _defineAgencies({
  country: "AR",
  name: "Argentine anti-trafficking agencies",
  source: "Ley 26.364 arts. 18 and 21 (as amended by Ley 26.842); each agency cites its own source",
  codes: ARGENTINE_AGENCY_CODES,
  meta: {
    "AR-PROTEX": {
      label: "Office of the Prosecutor for Trafficking and Exploitation of Persons (PROTEX)",
      definition:
        "Specialised prosecution office of the Ministerio Público Fiscal; since July 2015 it co-administers Línea 145 and triages each report within 24 hours.",
      country: "AR",
      roles: ["prosecution"],
      partOf: "AR-MPF",
      source:
        "PROTEX (Ministerio Público Fiscal), report on the Línea 145 calls of 2022; Infojus (Ministerio de Justicia) on Línea 145",
      verified: true,
    },
    "AR-MPF": {
      label: "Public Prosecution Service",
      definition:
        "The prosecution service; PROTEX and the Sistema Sincronizado de Denuncias created by Ley 26.842 are part of it.",
      country: "AR",
      roles: ["prosecution"],
      source: "Ley 26.842 (2012), Sistema Sincronizado de Denuncias; Infojus (Ministerio de Justicia) on PROTEX",
      verified: true,
    },
    [COMITE]: {
      label: "Executive Committee for the Fight against Trafficking",
      definition:
        "Created by Ley 26.364 art. 21 in the Jefatura de Gabinete de Ministros, with one representative each of the Ministries of Security, Justice and Human Rights, Social Development, and Labour; it runs the biennial national plans (such as 2022–2024).",
      country: "AR",
      roles: ["coordination"],
      partOf: "AR-JGM",
      source:
        "Ley 26.364 art. 21 (as amended by Ley 26.842); Jefatura de Gabinete de Ministros, Resolución 1/2023; Plan Nacional 2022–2024",
      verified: true,
    },
    "AR-CONSEJO-FEDERAL": {
      label: "Federal Council for the Fight against Trafficking",
      definition: "Created by Ley 26.364 art. 18.",
      country: "AR",
      roles: ["coordination"],
      source: "Ley 26.364 art. 18 (as amended by Ley 26.842)",
      verified: true,
    },
    "AR-PROGRAMA-RESCATE": {
      label: "National Programme for the Rescue and Support of Persons Harmed by Trafficking",
      definition: "Ministry of Justice programme created after the 2008 law to rescue and support victims.",
      country: "AR",
      roles: ["victim-assistance"],
      partOf: "AR-MIN-JUSTICIA",
      source: "Infojus (Ministerio de Justicia), on the Programa Nacional de Rescate",
      verified: true,
    },
    "AR-JGM": {
      label: "Chief of Cabinet's Office",
      definition: "The Comité Ejecutivo sits in it.",
      country: "AR",
      roles: ["government-ministry"],
      source: "Jefatura de Gabinete de Ministros, Resolución 1/2023",
      verified: true,
    },
    "AR-MIN-SEGURIDAD": {
      label: "Ministry of Security",
      definition: "Has a representative on the Comité Ejecutivo.",
      country: "AR",
      roles: ["government-ministry"],
      memberOf: [COMITE],
      source: COMITE_MEMBER_SOURCE,
      verified: true,
    },
    "AR-MIN-JUSTICIA": {
      label: "Ministry of Justice and Human Rights",
      definition: "Has a representative on the Comité Ejecutivo; runs the national rescue programme.",
      country: "AR",
      roles: ["government-ministry"],
      memberOf: [COMITE],
      source: COMITE_MEMBER_SOURCE,
      verified: true,
    },
    "AR-MIN-DESARROLLO-SOCIAL": {
      label: "Ministry of Social Development",
      definition: "Has a representative on the Comité Ejecutivo.",
      country: "AR",
      roles: ["government-ministry"],
      memberOf: [COMITE],
      source: COMITE_MEMBER_SOURCE,
      verified: true,
    },
    "AR-MIN-TRABAJO": {
      label: "Ministry of Labour",
      definition: "Has a representative on the Comité Ejecutivo.",
      country: "AR",
      roles: ["government-ministry", "labour"],
      memberOf: [COMITE],
      source: COMITE_MEMBER_SOURCE,
      verified: true,
    },
  },
});
