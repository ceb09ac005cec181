import * as z from "zod";
import { defineCodeList } from "./codelist";
import {
  HTCDS_PRS_GENDER,
  HTCDS_PRS_HIGHEST_LEVEL_OF_EDUCATION,
  HTCDS_PRS_MARITAL_STATUS,
} from "./htcds-picklists.generated";

/**
 * The HTCDS 2.0 gender codes (`prs_Gender`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { GENDERS } from "@tipx/schema";
 * GENDERS.includes("NonConforming"); // true
 * ```
 */
export const GENDERS = HTCDS_PRS_GENDER;

/**
 * The HTCDS 2.0 picklist of genders. HTCDS describes gender as a person's expression or condition of
 * being male, female, both or neither, not as sex assigned at birth.
 *
 * @example
 * ```ts
 * import { codeLabel, genders } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(genders, "Feminine", es); // "Femenino"
 * ```
 */
export const genders = defineCodeList({
  id: "htcds.gender",
  name: "Gender",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist prs_Gender",
  htcdsField: "prs_Gender",
  codes: GENDERS,
  extensible: false,
  meta: {
    Feminine: { label: "Feminine" },
    Masculine: { label: "Masculine" },
    TransgenderFeminine: {
      label: "Transgender Feminine",
      definition: "A person whose gender is feminine and differs from the sex they were assigned at birth.",
    },
    TransgenderMasculine: {
      label: "Transgender Masculine",
      definition: "A person whose gender is masculine and differs from the sex they were assigned at birth.",
    },
    NonConforming: {
      label: "Non-Conforming",
      definition: "A person whose gender is neither solely feminine nor solely masculine, such as a non-binary person.",
    },
    NonSpecifiedUnknown: {
      label: "Not Specified/Unknown",
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
export const MARITAL_STATUSES = HTCDS_PRS_MARITAL_STATUS;

/**
 * The HTCDS 2.0 picklist of marital statuses.
 *
 * @example
 * ```ts
 * import { codeLabel, maritalStatuses } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * codeLabel(maritalStatuses, "Widowed", th); // "หม้าย"
 * ```
 */
export const maritalStatuses = defineCodeList({
  id: "htcds.marital-status",
  name: "Marital status",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist prs_MaritalStatus",
  htcdsField: "prs_MaritalStatus",
  codes: MARITAL_STATUSES,
  extensible: false,
  meta: {
    Single: { label: "Single" },
    Married: { label: "Married" },
    Widowed: { label: "Widowed" },
    Divorced: { label: "Divorced" },
    Separated: {
      label: "Separated",
      definition: "Married but living apart from the spouse, without a divorce.",
    },
    RegisteredPartnership: {
      label: "Registered Partnership",
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
export const EDUCATION_LEVELS = HTCDS_PRS_HIGHEST_LEVEL_OF_EDUCATION;

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
  name: "Highest level of education",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist prs_HighestLevelOfEducation, based on UNESCO ISCED 2011 levels 0–8",
  htcdsField: "prs_HighestLevelOfEducation",
  codes: EDUCATION_LEVELS,
  extensible: false,
  meta: {
    EarlyChildhoodEducation: {
      label: "Early Childhood Education",
      definition: "ISCED 2011 level 0: organised education for young children before primary school.",
    },
    PrimaryEducation: {
      label: "Primary Education",
      definition:
        "ISCED 2011 level 1: basic reading, writing and arithmetic, usually from age 5 to 7 for about six years.",
    },
    LowerSecondaryEducation: {
      label: "Lower Secondary Education",
      definition: "ISCED 2011 level 2: the first stage of secondary school, often the end of compulsory schooling.",
    },
    UpperSecondaryEducation: {
      label: "Upper Secondary Education",
      definition: "ISCED 2011 level 3: the last stage of secondary school, general or vocational.",
    },
    PostSecondaryNonTertiaryEducation: {
      label: "Post-secondary Non-tertiary Education",
      definition: "ISCED 2011 level 4: programmes after secondary school that are not degree-level, often vocational.",
    },
    ShortCycleTertiaryEducation: {
      label: "Short-cycle Tertiary Education",
      definition: "ISCED 2011 level 5: short tertiary programmes, usually of two to three years, such as a diploma.",
    },
    BachelorsOrEquivalentLevel: {
      label: "Bachelor’s or Equivalent Level",
      definition: "ISCED 2011 level 6.",
    },
    MastersOrEquivalentLevel: {
      label: "Master’s or Equivalent Level",
      definition: "ISCED 2011 level 7.",
    },
    DoctoralOrEquivalentLevel: {
      label: "Doctoral or Equivalent Level",
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
