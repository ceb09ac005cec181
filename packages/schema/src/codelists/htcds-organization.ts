import * as z from "zod";
import { defineCodeList } from "./codelist";
import { HTCDS_ORG_TYPE } from "./htcds-picklists.generated";

/**
 * The HTCDS 2.0 organisation types (`org_Type`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_TYPES } from "@tipx/schema";
 * ORGANIZATION_TYPES.includes("LawEnforcement"); // true
 * ```
 */
export const ORGANIZATION_TYPES = HTCDS_ORG_TYPE;

/**
 * The HTCDS 2.0 picklist of organisation types, with labels in every tipx language.
 *
 * @example
 * ```ts
 * import { codeLabel, organizationTypes } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * codeLabel(organizationTypes, "ImmigrationService", th); // "หน่วยงานตรวจคนเข้าเมือง"
 * ```
 */
export const organizationTypes = defineCodeList({
  id: "htcds.organization-type",
  name: "Organisation type",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist org_Type",
  htcdsField: "org_Type",
  codes: ORGANIZATION_TYPES,
  extensible: false,
  meta: {
    NGO: {
      label: "NGO",
      definition: "A non-governmental, not-for-profit organisation, such as a charity or civil-society group.",
    },
    LawEnforcement: {
      label: "Law Enforcement",
      definition: "Police and other agencies that investigate offences and enforce the law.",
    },
    HealthServiceOrganisation: {
      label: "Health Service Organisation",
      definition: "A hospital, clinic or other provider of health care.",
    },
    CentralGovernmentOrganisation: {
      label: "Central Government Organisation",
      definition: "A ministry or agency of the national government, such as a social-welfare or labour ministry.",
    },
    LocalGovernmentOrganisation: {
      label: "Local Government Organisation",
      definition: "A provincial, district or municipal authority.",
    },
    ImmigrationService: {
      label: "Immigration Service",
      definition: "The authority that controls borders and the entry and stay of foreign nationals.",
    },
    LegalService: {
      label: "Legal Service",
      definition: "A provider of legal advice or representation, such as a legal-aid office or law firm.",
    },
    CorporateBusiness: {
      label: "Corporate Business",
      definition: "A private company.",
    },
    SchoolOrCollege: {
      label: "School or College",
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
