import { z } from "zod";
import { defineCodeList } from "./_codelist";

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
 * import { referralServices, translate } from "@tipx/schema";
 * translate(referralServices.meta["legal-aid"].label, "es"); // "Asistencia jurídica"
 * ```
 */
export const referralServices = defineCodeList({
  id: "tipx.referral-service",
  name: { en: "Referral service", th: "บริการที่ขอรับการส่งต่อ", es: "Servicio solicitado en la derivación" },
  source:
    "tipx 1.0, after the assistance listed in the Palermo Protocol (2000) art. 6(3) and the HTCDS 2.0 support plan " +
    "types (spl_Type)",
  codes: REFERRAL_SERVICES,
  extensible: false,
  meta: {
    shelter: {
      label: { en: "Shelter", th: "บ้านพักพิง", es: "Alojamiento" },
      definition: "Safe accommodation, such as a government or NGO shelter.",
    },
    medical: { label: { en: "Medical care", th: "การรักษาพยาบาล", es: "Atención médica" } },
    psychosocial: {
      label: { en: "Psychosocial support", th: "การดูแลด้านจิตสังคม", es: "Apoyo psicosocial" },
      definition: "Counselling, psychological care and emotional support.",
    },
    "legal-aid": {
      label: { en: "Legal aid", th: "ความช่วยเหลือทางกฎหมาย", es: "Asistencia jurídica" },
      definition: "Legal advice and representation, including in criminal proceedings and compensation claims.",
    },
    repatriation: {
      label: { en: "Repatriation", th: "การส่งกลับประเทศต้นทาง", es: "Repatriación" },
      definition: "Safe and voluntary return to the person's country of origin or residence.",
    },
    reintegration: {
      label: { en: "Reintegration", th: "การคืนสู่สังคม", es: "Reintegración" },
      definition: "Support to resettle in a family and community after exploitation or return.",
    },
    livelihood: {
      label: { en: "Livelihood support", th: "การส่งเสริมอาชีพ", es: "Medios de vida" },
      definition: "Job placement, vocational skills or help to start an income-generating activity.",
    },
    education: { label: { en: "Education", th: "การศึกษา", es: "Educación" } },
    interpretation: {
      label: { en: "Interpretation", th: "บริการล่าม", es: "Interpretación" },
      definition: "An interpreter for interviews, care or court, in a language the person understands.",
    },
    "family-tracing": {
      label: { en: "Family tracing", th: "การติดตามครอบครัว", es: "Búsqueda de familiares" },
      definition: "Finding the person's family and assessing whether returning to them is safe.",
    },
    financial: {
      label: { en: "Financial assistance", th: "ความช่วยเหลือทางการเงิน", es: "Asistencia económica" },
    },
    other: { label: { en: "Other", th: "อื่น ๆ", es: "Otro" } },
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
