import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The HTCDS 2.0 gender codes (`prs_Gender`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { GENDERS } from "@tipx/schema";
 * GENDERS.includes("NonConforming"); // true
 * ```
 */
export const GENDERS = [
  "Feminine",
  "Masculine",
  "TransgenderFeminine",
  "TransgenderMasculine",
  "NonConforming",
  "NonSpecifiedUnknown",
] as const;

/**
 * The HTCDS 2.0 picklist of genders. HTCDS describes gender as a person's expression or condition of
 * being male, female, both or neither, not as sex assigned at birth.
 *
 * @example
 * ```ts
 * import { genders, translate } from "@tipx/schema";
 * translate(genders.meta.Feminine.label, "es"); // "Femenino"
 * ```
 */
export const genders = defineCodeList({
  id: "htcds.gender",
  name: { en: "Gender", th: "เพศสภาพ", es: "Género" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist prs_Gender; shared/reference/htcds/picklist_values.csv",
  htcdsField: "prs_Gender",
  codes: GENDERS,
  extensible: false,
  meta: {
    Feminine: { label: { en: "Feminine", th: "หญิง", es: "Femenino" } },
    Masculine: { label: { en: "Masculine", th: "ชาย", es: "Masculino" } },
    TransgenderFeminine: {
      label: { en: "Transgender Feminine", th: "หญิงข้ามเพศ", es: "Transgénero femenino" },
      definition: "A person whose gender is feminine and differs from the sex they were assigned at birth.",
    },
    TransgenderMasculine: {
      label: { en: "Transgender Masculine", th: "ชายข้ามเพศ", es: "Transgénero masculino" },
      definition: "A person whose gender is masculine and differs from the sex they were assigned at birth.",
    },
    NonConforming: {
      label: { en: "Non-Conforming", th: "ไม่อยู่ในกรอบเพศหญิง-ชาย", es: "Género no conforme" },
      definition: "A person whose gender is neither solely feminine nor solely masculine, such as a non-binary person.",
    },
    NonSpecifiedUnknown: {
      label: { en: "Not Specified/Unknown", th: "ไม่ระบุ/ไม่ทราบ", es: "No especificado/Desconocido" },
      definition: "The person did not say, or the gender is not known.",
    },
  },
});

/**
 * Zod schema of an HTCDS gender.
 *
 * @example
 * ```ts
 * import { Gender } from "@tipx/schema";
 * Gender.parse("Feminine"); // "Feminine"
 * Gender.safeParse("Female").success; // false
 * ```
 */
export const Gender = z.enum(GENDERS);
/** An HTCDS 2.0 gender, such as `"Feminine"` or `"NonSpecifiedUnknown"`. */
export type Gender = z.infer<typeof Gender>;

/**
 * The HTCDS 2.0 marital statuses (`prs_MaritalStatus`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { MARITAL_STATUSES } from "@tipx/schema";
 * MARITAL_STATUSES.length; // 6
 * ```
 */
export const MARITAL_STATUSES = ["Single", "Married", "Widowed", "Divorced", "Separated", "RegisteredPartnership"] as const;

/**
 * The HTCDS 2.0 picklist of marital statuses.
 *
 * @example
 * ```ts
 * import { maritalStatuses, translate } from "@tipx/schema";
 * translate(maritalStatuses.meta.Widowed.label, "th"); // "หม้าย"
 * ```
 */
export const maritalStatuses = defineCodeList({
  id: "htcds.marital-status",
  name: { en: "Marital status", th: "สถานภาพสมรส", es: "Estado civil" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist prs_MaritalStatus; shared/reference/htcds/picklist_values.csv",
  htcdsField: "prs_MaritalStatus",
  codes: MARITAL_STATUSES,
  extensible: false,
  meta: {
    Single: { label: { en: "Single", th: "โสด", es: "Soltero/a" } },
    Married: { label: { en: "Married", th: "สมรส", es: "Casado/a" } },
    Widowed: { label: { en: "Widowed", th: "หม้าย", es: "Viudo/a" } },
    Divorced: { label: { en: "Divorced", th: "หย่า", es: "Divorciado/a" } },
    Separated: {
      label: { en: "Separated", th: "แยกกันอยู่", es: "Separado/a" },
      definition: "Married but living apart from the spouse, without a divorce.",
    },
    RegisteredPartnership: {
      label: { en: "Registered Partnership", th: "คู่ชีวิตที่จดทะเบียน", es: "Unión civil registrada" },
      definition: "A partnership registered with the authorities other than marriage, such as a civil union.",
    },
  },
});

/**
 * Zod schema of an HTCDS marital status.
 *
 * @example
 * ```ts
 * import { MaritalStatus } from "@tipx/schema";
 * MaritalStatus.parse("Married"); // "Married"
 * MaritalStatus.safeParse("married").success; // false
 * ```
 */
export const MaritalStatus = z.enum(MARITAL_STATUSES);
/** An HTCDS 2.0 marital status, such as `"Single"`. */
export type MaritalStatus = z.infer<typeof MaritalStatus>;

/**
 * The HTCDS 2.0 levels of education (`prs_HighestLevelOfEducation`), which are the ISCED 2011 levels
 * 0 to 8 in order, spelt as in the standard.
 *
 * @example
 * ```ts
 * import { EDUCATION_LEVELS } from "@tipx/schema";
 * EDUCATION_LEVELS.indexOf("PrimaryEducation"); // 1 (ISCED level 1)
 * ```
 */
export const EDUCATION_LEVELS = [
  "EarlyChildhoodEducation",
  "PrimaryEducation",
  "LowerSecondaryEducation",
  "UpperSecondaryEducation",
  "PostSecondaryNonTertiaryEducation",
  "ShortCycleTertiaryEducation",
  "BachelorsOrEquivalentLevel",
  "MastersOrEquivalentLevel",
  "DoctoralOrEquivalentLevel",
] as const;

/**
 * The HTCDS 2.0 picklist of the highest level of education a person completed (ISCED 2011 levels).
 *
 * @example
 * ```ts
 * import { educationLevels } from "@tipx/schema";
 * educationLevels.meta.UpperSecondaryEducation.definition; // "ISCED 2011 level 3: ..."
 * ```
 * @see https://uis.unesco.org/en/topic/international-standard-classification-education-isced
 */
export const educationLevels = defineCodeList({
  id: "htcds.education-level",
  name: { en: "Highest level of education", th: "ระดับการศึกษาสูงสุด", es: "Máximo nivel educativo alcanzado" },
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist prs_HighestLevelOfEducation, based on UNESCO ISCED 2011 levels 0–8; " +
    "shared/reference/htcds/picklist_values.csv",
  htcdsField: "prs_HighestLevelOfEducation",
  codes: EDUCATION_LEVELS,
  extensible: false,
  meta: {
    EarlyChildhoodEducation: {
      label: { en: "Early Childhood Education", th: "การศึกษาปฐมวัย", es: "Educación de la primera infancia" },
      definition: "ISCED 2011 level 0: organised education for young children before primary school.",
    },
    PrimaryEducation: {
      label: { en: "Primary Education", th: "ประถมศึกษา", es: "Educación primaria" },
      definition: "ISCED 2011 level 1: basic reading, writing and arithmetic, usually from age 5 to 7 for about six years.",
    },
    LowerSecondaryEducation: {
      label: { en: "Lower Secondary Education", th: "มัธยมศึกษาตอนต้น", es: "Educación secundaria baja" },
      definition: "ISCED 2011 level 2: the first stage of secondary school, often the end of compulsory schooling.",
    },
    UpperSecondaryEducation: {
      label: { en: "Upper Secondary Education", th: "มัธยมศึกษาตอนปลาย", es: "Educación secundaria alta" },
      definition: "ISCED 2011 level 3: the last stage of secondary school, general or vocational.",
    },
    PostSecondaryNonTertiaryEducation: {
      label: {
        en: "Post-secondary Non-tertiary Education",
        th: "การศึกษาหลังมัธยมศึกษาที่ไม่ใช่ระดับอุดมศึกษา",
        es: "Educación postsecundaria no terciaria",
      },
      definition: "ISCED 2011 level 4: programmes after secondary school that are not degree-level, often vocational.",
    },
    ShortCycleTertiaryEducation: {
      label: {
        en: "Short-cycle Tertiary Education",
        th: "อุดมศึกษาระยะสั้น (อนุปริญญา)",
        es: "Educación terciaria de ciclo corto",
      },
      definition: "ISCED 2011 level 5: short tertiary programmes, usually of two to three years, such as a diploma.",
    },
    BachelorsOrEquivalentLevel: {
      label: {
        en: "Bachelor’s or Equivalent Level",
        th: "ปริญญาตรีหรือเทียบเท่า",
        es: "Grado en educación terciaria o nivel equivalente",
      },
      definition: "ISCED 2011 level 6.",
    },
    MastersOrEquivalentLevel: {
      label: {
        en: "Master’s or Equivalent Level",
        th: "ปริญญาโทหรือเทียบเท่า",
        es: "Nivel de maestría, especialización o equivalente",
      },
      definition: "ISCED 2011 level 7.",
    },
    DoctoralOrEquivalentLevel: {
      label: {
        en: "Doctoral or Equivalent Level",
        th: "ปริญญาเอกหรือเทียบเท่า",
        es: "Nivel de doctorado o equivalente",
      },
      definition: "ISCED 2011 level 8.",
    },
  },
});

/**
 * Zod schema of an HTCDS education level.
 *
 * @example
 * ```ts
 * import { EducationLevel } from "@tipx/schema";
 * EducationLevel.parse("PrimaryEducation"); // "PrimaryEducation"
 * EducationLevel.safeParse("Primary").success; // false
 * ```
 */
export const EducationLevel = z.enum(EDUCATION_LEVELS);
/** An HTCDS 2.0 education level (an ISCED 2011 level), such as `"LowerSecondaryEducation"`. */
export type EducationLevel = z.infer<typeof EducationLevel>;
