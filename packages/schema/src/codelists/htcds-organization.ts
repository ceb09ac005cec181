import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The HTCDS 2.0 organisation types (`org_Type`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_TYPES } from "@tipx/schema";
 * ORGANIZATION_TYPES.includes("LawEnforcement"); // true
 * ```
 */
export const ORGANIZATION_TYPES = [
  "NGO",
  "LawEnforcement",
  "HealthServiceOrganisation",
  "CentralGovernmentOrganisation",
  "LocalGovernmentOrganisation",
  "ImmigrationService",
  "LegalService",
  "CorporateBusiness",
  "SchoolOrCollege",
] as const;

/**
 * The HTCDS 2.0 picklist of organisation types, with labels in every tipx language.
 *
 * @example
 * ```ts
 * import { organizationTypes, translate } from "@tipx/schema";
 * translate(organizationTypes.meta.ImmigrationService.label, "th"); // "หน่วยงานตรวจคนเข้าเมือง"
 * ```
 */
export const organizationTypes = defineCodeList({
  id: "htcds.organization-type",
  name: { en: "Organisation type", th: "ประเภทองค์กร", es: "Tipo de organización" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist org_Type; shared/reference/htcds/picklist_values.csv",
  htcdsField: "org_Type",
  codes: ORGANIZATION_TYPES,
  extensible: false,
  meta: {
    NGO: {
      label: { en: "NGO", th: "องค์กรพัฒนาเอกชน", es: "ONG" },
      definition: "A non-governmental, not-for-profit organisation, such as a charity or civil-society group.",
    },
    LawEnforcement: {
      label: { en: "Law Enforcement", th: "หน่วยงานบังคับใช้กฎหมาย", es: "Fuerzas de seguridad" },
      definition: "Police and other agencies that investigate offences and enforce the law.",
    },
    HealthServiceOrganisation: {
      label: { en: "Health Service Organisation", th: "หน่วยบริการสุขภาพ", es: "Servicio de salud" },
      definition: "A hospital, clinic or other provider of health care.",
    },
    CentralGovernmentOrganisation: {
      label: {
        en: "Central Government Organisation",
        th: "หน่วยงานราชการส่วนกลาง",
        es: "Organismo del gobierno nacional",
      },
      definition: "A ministry or agency of the national government, such as a social-welfare or labour ministry.",
    },
    LocalGovernmentOrganisation: {
      label: { en: "Local Government Organisation", th: "องค์กรปกครองส่วนท้องถิ่น", es: "Organismo de gobierno local" },
      definition: "A provincial, district or municipal authority.",
    },
    ImmigrationService: {
      label: { en: "Immigration Service", th: "หน่วยงานตรวจคนเข้าเมือง", es: "Servicio de migraciones" },
      definition: "The authority that controls borders and the entry and stay of foreign nationals.",
    },
    LegalService: {
      label: { en: "Legal Service", th: "หน่วยบริการด้านกฎหมาย", es: "Servicio jurídico" },
      definition: "A provider of legal advice or representation, such as a legal-aid office or law firm.",
    },
    CorporateBusiness: {
      label: { en: "Corporate Business", th: "ภาคธุรกิจเอกชน", es: "Empresa" },
      definition: "A private company.",
    },
    SchoolOrCollege: {
      label: { en: "School or College", th: "สถานศึกษา", es: "Escuela o institución educativa" },
      definition: "A school, college, university or other educational institution.",
    },
  },
});

/**
 * Zod schema of an HTCDS organisation type.
 *
 * @example
 * ```ts
 * import { OrganizationType } from "@tipx/schema";
 * OrganizationType.parse("NGO"); // "NGO"
 * OrganizationType.safeParse("Ngo").success; // false
 * ```
 */
export const OrganizationType = z.enum(ORGANIZATION_TYPES);
/** An HTCDS 2.0 organisation type, such as `"NGO"` or `"LawEnforcement"`. */
export type OrganizationType = z.infer<typeof OrganizationType>;
