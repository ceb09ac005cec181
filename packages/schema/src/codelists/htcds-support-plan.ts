import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The HTCDS 2.0 support plan types (`spl_Type`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { SUPPORT_PLAN_TYPES } from "@tipx/schema";
 * SUPPORT_PLAN_TYPES.includes("Livelihood"); // true
 * ```
 */
export const SUPPORT_PLAN_TYPES = [
  "Education",
  "Financial",
  "Health",
  "LabourExploitationRehabilitation",
  "Legal",
  "Livelihood",
  "RightsBasedTraining",
  "SexualExploitationRehabilitation",
  "SocialCare",
] as const;

/**
 * The HTCDS 2.0 picklist of the kinds of support plan agreed with a survivor.
 *
 * @example
 * ```ts
 * import { supportPlanTypes, translate } from "@tipx/schema";
 * translate(supportPlanTypes.meta.Livelihood.label, "es"); // "Medios de vida"
 * ```
 */
export const supportPlanTypes = defineCodeList({
  id: "htcds.support-plan-type",
  name: { en: "Support plan type", th: "ประเภทแผนการช่วยเหลือ", es: "Tipo de plan de apoyo" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist spl_Type; shared/reference/htcds/picklist_values.csv",
  htcdsField: "spl_Type",
  codes: SUPPORT_PLAN_TYPES,
  extensible: false,
  meta: {
    Education: {
      label: { en: "Education", th: "ด้านการศึกษา", es: "Educación" },
      definition: "Schooling, literacy or vocational training.",
    },
    Financial: {
      label: { en: "Financial", th: "ด้านการเงิน", es: "Apoyo económico" },
      definition: "Cash or other financial assistance, or help managing money.",
    },
    Health: {
      label: { en: "Health", th: "ด้านสุขภาพ", es: "Salud" },
      definition: "Physical and mental health care.",
    },
    LabourExploitationRehabilitation: {
      label: {
        en: "Labour Exploitation Rehabilitation",
        th: "การฟื้นฟูผู้เสียหายจากการแสวงประโยชน์ด้านแรงงาน",
        es: "Rehabilitación tras explotación laboral",
      },
      definition: "Recovery support designed for survivors of labour exploitation.",
    },
    Legal: {
      label: { en: "Legal", th: "ด้านกฎหมาย", es: "Asistencia jurídica" },
      definition: "Legal advice and representation, for example in criminal proceedings or compensation claims.",
    },
    Livelihood: {
      label: { en: "Livelihood", th: "ด้านการประกอบอาชีพ", es: "Medios de vida" },
      definition: "Help to earn a living: job placement, skills, starting a small business.",
    },
    RightsBasedTraining: {
      label: { en: "Rights-based Training", th: "การอบรมด้านสิทธิ", es: "Capacitación en derechos" },
      definition: "Training that helps survivors know and claim their rights, for example as workers or migrants.",
    },
    SexualExploitationRehabilitation: {
      label: {
        en: "Sexual Exploitation Rehabilitation",
        th: "การฟื้นฟูผู้เสียหายจากการแสวงประโยชน์ทางเพศ",
        es: "Rehabilitación tras explotación sexual",
      },
      definition: "Recovery support designed for survivors of sexual exploitation.",
    },
    SocialCare: {
      label: { en: "Social Care", th: "ด้านการดูแลทางสังคม", es: "Atención social" },
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
