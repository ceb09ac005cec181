// The public surface of the code lists, re-exported by name (no `export *`) so that every export is a
// deliberate choice; plus the two registries of lists, HTCDS_PICKLISTS and CODE_LISTS.

import type { CodeList } from "./codelist";
import { countries } from "./countries";
import { classifications } from "./classifications";
import { consentMethods, consentPurposes } from "./consent-purposes";
import { caseStatuses, incomingReferralReasons, outgoingReferralReasons } from "./htcds-case";
import { traffickingEventTypes } from "./htcds-events";
import { organizationTypes } from "./htcds-organization";
import { educationLevels, genders, maritalStatuses } from "./htcds-person";
import { perpetratorRoles } from "./htcds-perpetrator";
import { supportPlanTypes } from "./htcds-support-plan";
import {
  exploitationTypes,
  exploitationWebsitesAndApps,
  forcedLabourIndustries,
  methodsOfControl,
  recruitmentMethods,
  recruitmentWebsitesAndApps,
  relationshipsToTrafficker,
  sexExploitationTypes,
  traffickingStatusDeciders,
  traffickingStatuses,
  vulnerabilities,
} from "./htcds-victim";
import { identityDocumentKinds } from "./identity-documents";
import { industrySubdivisions, isicCodes, isicSections } from "./isic";
import { languages } from "./languages";
import { legalOutcomes, legalStages } from "./legal";
import { operationKinds } from "./operations";
import { partyRoles } from "./party-roles";
import { referralServices } from "./referral-services";
import { referralStatuses } from "./referral-statuses";

export type { CodeList, CodeMeta, CodeStatus } from "./codelist";
export { defineCodeList, isCode } from "./codelist";

export { ORGANIZATION_TYPES, OrganizationType, organizationTypes } from "./htcds-organization";
export {
  EDUCATION_LEVELS,
  EducationLevel,
  educationLevels,
  GENDERS,
  Gender,
  genders,
  MARITAL_STATUSES,
  MaritalStatus,
  maritalStatuses,
} from "./htcds-person";
export {
  EXPLOITATION_TYPES,
  ExploitationType,
  exploitationTypes,
  exploitationWebsitesAndApps,
  FORCED_LABOUR_INDUSTRIES,
  FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION,
  ForcedLabourIndustry,
  forcedLabourIndustries,
  METHODS_OF_CONTROL,
  MethodOfControl,
  methodsOfControl,
  RECRUITMENT_METHODS,
  RecruitmentMethod,
  recruitmentMethods,
  recruitmentWebsitesAndApps,
  RELATIONSHIPS_TO_TRAFFICKER,
  RelationshipToTrafficker,
  relationshipsToTrafficker,
  SEX_EXPLOITATION_TYPES,
  SexExploitationType,
  sexExploitationTypes,
  TRAFFICKING_STATUS_DECIDERS,
  TRAFFICKING_STATUSES,
  TraffickingStatus,
  TraffickingStatusDecider,
  traffickingStatusDeciders,
  traffickingStatuses,
  VULNERABILITIES,
  Vulnerability,
  vulnerabilities,
  WEBSITES_AND_APPS,
  WebsiteOrApp,
} from "./htcds-victim";
export { PERPETRATOR_ROLES, PerpetratorRole, perpetratorRoles } from "./htcds-perpetrator";
export {
  CASE_STATUSES,
  CaseStatus,
  caseStatuses,
  incomingReferralReasons,
  outgoingReferralReasons,
  REFERRAL_REASONS,
  ReferralReason,
} from "./htcds-case";
export { TRAFFICKING_EVENT_TYPES, TraffickingEventType, traffickingEventTypes } from "./htcds-events";
export { SUPPORT_PLAN_TYPES, SupportPlanType, supportPlanTypes } from "./htcds-support-plan";

export type { IndustrySubdivisionDetail } from "./isic";
export {
  INDUSTRY_SUBDIVISION_DETAILS,
  INDUSTRY_SUBDIVISIONS,
  IndustrySubdivision,
  industrySubdivisions,
  ISIC_CODES,
  ISIC_SECTIONS,
  IsicCode,
  isicCodes,
  IsicSection,
  isicSections,
} from "./isic";

export { IDENTITY_DOCUMENT_KINDS, IdentityDocumentKind, identityDocumentKinds } from "./identity-documents";
export { REFERRAL_STATUS_TRANSITIONS, REFERRAL_STATUSES, ReferralStatus, referralStatuses } from "./referral-statuses";
export {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  ConsentMethod,
  consentMethods,
  ConsentPurpose,
  consentPurposes,
} from "./consent-purposes";
export { PARTY_ROLES, PartyRole, partyRoles } from "./party-roles";
export { OPERATION_KINDS, OperationKind, operationKinds } from "./operations";
export { LEGAL_OUTCOMES, LEGAL_STAGES, LegalOutcome, legalOutcomes, LegalStage, legalStages } from "./legal";
export { REFERRAL_SERVICES, ReferralService, referralServices } from "./referral-services";
export { CLASSIFICATIONS, Classification, classifications } from "./classifications";

export { COUNTRY_CODES, COUNTRY_DETAILS, CountryCode, countries } from "./countries";
export { LANGUAGE_CODES, LanguageCode, languages } from "./languages";

/**
 * The 21 HTCDS 2.0 picklists, in the order of the standard's fields (the two website-and-app lists and
 * the two referral-reason lists each appear once per field).
 *
 * @example
 * ```ts
 * import { HTCDS_PICKLISTS } from "@tipx/schema";
 * HTCDS_PICKLISTS.map((list) => list.htcdsField); // ["org_Type", "prs_Gender", ...]
 * ```
 */
export const HTCDS_PICKLISTS: readonly CodeList[] = [
  organizationTypes,
  genders,
  maritalStatuses,
  educationLevels,
  traffickingStatuses,
  traffickingStatusDeciders,
  relationshipsToTrafficker,
  recruitmentWebsitesAndApps,
  recruitmentMethods,
  methodsOfControl,
  exploitationTypes,
  forcedLabourIndustries,
  sexExploitationTypes,
  exploitationWebsitesAndApps,
  vulnerabilities,
  perpetratorRoles,
  caseStatuses,
  incomingReferralReasons,
  outgoingReferralReasons,
  traffickingEventTypes,
  supportPlanTypes,
];

/* @__NO_SIDE_EFFECTS__ */
function _byId(lists: readonly CodeList[]): Readonly<Record<string, CodeList>> {
  const byId: Record<string, CodeList> = Object.create(null) as Record<string, CodeList>;
  for (const list of lists) byId[list.id] = list;
  return Object.freeze(byId);
}

/**
 * Every code list of tipx, keyed by list id: the HTCDS picklists, ISIC, the tipx lists, countries and
 * languages.
 *
 * @example
 * ```ts
 * import { CODE_LISTS } from "@tipx/schema";
 * CODE_LISTS["htcds.gender"]?.codes.includes("Feminine"); // true
 * ```
 */
export const CODE_LISTS: Readonly<Record<string, CodeList>> = /* @__PURE__ */ _byId([
  ...HTCDS_PICKLISTS,
  isicSections,
  industrySubdivisions,
  isicCodes,
  identityDocumentKinds,
  referralStatuses,
  consentPurposes,
  consentMethods,
  partyRoles,
  operationKinds,
  legalStages,
  legalOutcomes,
  referralServices,
  classifications,
  countries,
  languages,
]);

/**
 * Returns the code list with the given id, or `undefined` when tipx has none by that id.
 *
 * @example
 * ```ts
 * import { getCodeList } from "@tipx/schema";
 * getCodeList("htcds.method-of-control")?.htcdsField; // "vic_MethodsOfControl"
 * getCodeList("toString"); // undefined
 * ```
 */
export function getCodeList(id: string): CodeList | undefined {
  return Object.prototype.hasOwnProperty.call(CODE_LISTS, id) ? CODE_LISTS[id] : undefined;
}
