import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The services a referral can request.
 *
 * @example
 * ```ts
 * import { REFERRAL_SERVICES } from "@tipx/schema";
 * REFERRAL_SERVICES.includes("shelter"); // true
 * ```
 */
export const REFERRAL_SERVICES = [
  "shelter",
  "medical",
  "psychosocial",
  "legal-aid",
  "repatriation",
  "reintegration",
  "livelihood",
  "education",
  "interpretation",
  "family-tracing",
  "financial",
  "other",
] as const;

/**
 * The code list of services requested in a referral.
 *
 * @example
 * ```ts
 * import { codeLabel, referralServices } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(referralServices, "legal-aid", es); // "Asistencia jurídica"
 * ```
 */
export const referralServices = defineCodeList({
  id: "tipx.referral-service",
  name: "Referral service",
  source:
    "tipx 1.0, after the assistance listed in the Palermo Protocol (2000) art. 6(3) and the HTCDS 2.0 support plan " +
    "types (spl_Type)",
  codes: REFERRAL_SERVICES,
  extensible: false,
  meta: {
    shelter: {
      label: "Shelter",
      definition: "Safe accommodation, such as a government or NGO shelter.",
    },
    medical: { label: "Medical care" },
    psychosocial: {
      label: "Psychosocial support",
      definition: "Counselling, psychological care and emotional support.",
    },
    "legal-aid": {
      label: "Legal aid",
      definition: "Legal advice and representation, including in criminal proceedings and compensation claims.",
    },
    repatriation: {
      label: "Repatriation",
      definition: "Safe and voluntary return to the person's country of origin or residence.",
    },
    reintegration: {
      label: "Reintegration",
      definition: "Support to resettle in a family and community after exploitation or return.",
    },
    livelihood: {
      label: "Livelihood support",
      definition: "Job placement, vocational skills or help to start an income-generating activity.",
    },
    education: { label: "Education" },
    interpretation: {
      label: "Interpretation",
      definition: "An interpreter for interviews, care or court, in a language the person understands.",
    },
    "family-tracing": {
      label: "Family tracing",
      definition: "Finding the person's family and assessing whether returning to them is safe.",
    },
    financial: {
      label: "Financial assistance",
    },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of a referral service.
 *
 * @example
 * ```ts
 * import { ReferralService } from "@tipx/schema";
 * ReferralService.parse("shelter"); // "shelter"
 * ReferralService.safeParse("legal").success; // false
 * ```
 */
export const ReferralService = z.enum(REFERRAL_SERVICES);
/** A service requested in a referral, such as `"shelter"` or `"legal-aid"`. */
export type ReferralService = z.infer<typeof ReferralService>;
