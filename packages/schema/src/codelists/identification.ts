import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The procedures by which a person is identified as a victim of trafficking. Country profiles say which
 * apply where and under what instrument (Thailand's multidisciplinary teams and labour screening).
 *
 * @example
 * ```ts
 * import { IDENTIFICATION_PROCEDURES } from "@tipx/schema";
 * IDENTIFICATION_PROCEDURES.includes("multidisciplinary-team"); // true
 * ```
 */
export const IDENTIFICATION_PROCEDURES = [
  "multidisciplinary-team",
  "labour-screening",
  "law-enforcement",
  "service-provider",
  "other",
] as const;

/**
 * The code list of identification procedures.
 *
 * @example
 * ```ts
 * import { codeLabel, identificationProcedures } from "@tipx/schema";
 * codeLabel(identificationProcedures, "labour-screening"); // "Forced-labour screening"
 * ```
 */
export const identificationProcedures = defineCodeList({
  id: "tipx.identification-procedure",
  name: "Identification procedure",
  source: "tipx 1.1, after the national referral mechanisms of the profile countries",
  codes: IDENTIFICATION_PROCEDURES,
  extensible: false,
  meta: {
    "multidisciplinary-team": {
      label: "Multidisciplinary team interview",
      definition:
        "An identification interview by a team of government officers and NGO staff, such as Thailand's multidisciplinary teams under its national referral mechanism.",
    },
    "labour-screening": {
      label: "Forced-labour screening",
      definition: "Screening by labour officials for forced labour, such as Thailand's screening with form Ror.Bor. 1.",
    },
    "law-enforcement": {
      label: "Law-enforcement screening",
      definition: "Screening by police, immigration or other law-enforcement officers.",
    },
    "service-provider": {
      label: "Service-provider assessment",
      definition: "An assessment by a shelter, NGO or international organisation providing assistance.",
    },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of an identification procedure.
 *
 * @example
 * ```ts
 * import { IdentificationProcedure } from "@tipx/schema";
 * IdentificationProcedure.parse("law-enforcement"); // "law-enforcement"
 * ```
 */
export const IdentificationProcedure = z.enum(IDENTIFICATION_PROCEDURES);
/** An identification procedure, such as `"multidisciplinary-team"`. */
export type IdentificationProcedure = z.infer<typeof IdentificationProcedure>;

/**
 * The decisions an identification can reach.
 *
 * @example
 * ```ts
 * import { IDENTIFICATION_DECISIONS } from "@tipx/schema";
 * IDENTIFICATION_DECISIONS; // ["identified", "not-identified", "pending"]
 * ```
 */
export const IDENTIFICATION_DECISIONS = ["identified", "not-identified", "pending"] as const;

/**
 * The code list of identification decisions.
 *
 * @example
 * ```ts
 * import { codeLabel, identificationDecisions } from "@tipx/schema";
 * codeLabel(identificationDecisions, "identified"); // "Identified as a victim"
 * ```
 */
export const identificationDecisions = defineCodeList({
  id: "tipx.identification-decision",
  name: "Identification decision",
  source: "tipx 1.1",
  codes: IDENTIFICATION_DECISIONS,
  extensible: false,
  meta: {
    identified: { label: "Identified as a victim", definition: "The procedure identified the person as a victim." },
    "not-identified": {
      label: "Not identified as a victim",
      definition: "The procedure found the person is not a victim of trafficking.",
    },
    pending: { label: "Pending", definition: "The procedure has started and not yet decided." },
  },
});

/**
 * Zod schema of an identification decision.
 *
 * @example
 * ```ts
 * import { IdentificationDecision } from "@tipx/schema";
 * IdentificationDecision.parse("pending"); // "pending"
 * ```
 */
export const IdentificationDecision = z.enum(IDENTIFICATION_DECISIONS);
/** The decision of an identification, such as `"identified"`. */
export type IdentificationDecision = z.infer<typeof IdentificationDecision>;
