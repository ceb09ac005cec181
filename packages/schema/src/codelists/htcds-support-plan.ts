import * as z from "zod";
import { defineCodeList } from "./codelist";
import { HTCDS_SPL_TYPE } from "./htcds-picklists.generated";

/**
 * The HTCDS 2.0 support plan types (`spl_Type`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { SUPPORT_PLAN_TYPES } from "@tipx/schema";
 * SUPPORT_PLAN_TYPES.includes("Livelihood"); // true
 * ```
 */
export const SUPPORT_PLAN_TYPES = HTCDS_SPL_TYPE;

/**
 * The HTCDS 2.0 picklist of the kinds of support plan agreed with a survivor.
 *
 * @example
 * ```ts
 * import { codeLabel, supportPlanTypes } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(supportPlanTypes, "Livelihood", es); // "Medios de vida"
 * ```
 */
export const supportPlanTypes = defineCodeList({
  id: "htcds.support-plan-type",
  name: "Support plan type",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist spl_Type",
  htcdsField: "spl_Type",
  codes: SUPPORT_PLAN_TYPES,
  extensible: false,
  meta: {
    Education: {
      label: "Education",
      definition: "Schooling, literacy or vocational training.",
    },
    Financial: {
      label: "Financial",
      definition: "Cash or other financial assistance, or help managing money.",
    },
    Health: {
      label: "Health",
      definition: "Physical and mental health care.",
    },
    LabourExploitationRehabilitation: {
      label: "Labour Exploitation Rehabilitation",
      definition: "Recovery support designed for survivors of labour exploitation.",
    },
    Legal: {
      label: "Legal",
      definition: "Legal advice and representation, for example in criminal proceedings or compensation claims.",
    },
    Livelihood: {
      label: "Livelihood",
      definition: "Help to earn a living: job placement, skills, starting a small business.",
    },
    RightsBasedTraining: {
      label: "Rights-based Training",
      definition: "Training that helps survivors know and claim their rights, for example as workers or migrants.",
    },
    SexualExploitationRehabilitation: {
      label: "Sexual Exploitation Rehabilitation",
      definition: "Recovery support designed for survivors of sexual exploitation.",
    },
    SocialCare: {
      label: "Social Care",
      definition: "Accommodation, daily-living support and family or community reintegration.",
    },
  },
});

/**
 * Zod schema of an HTCDS support plan type.
 *
 * @example
 * ```ts
 * import { SupportPlanType } from "@tipx/schema";
 * SupportPlanType.parse("Health"); // "Health"
 * SupportPlanType.safeParse("Medical").success; // false
 * ```
 */
export const SupportPlanType = z.enum(SUPPORT_PLAN_TYPES);
/** An HTCDS 2.0 support plan type, such as `"Livelihood"`. */
export type SupportPlanType = z.infer<typeof SupportPlanType>;
