// The registries of code lists: HTCDS_PICKLISTS, CODE_LISTS and getCodeList.

import { classifications } from "./classifications";
import type { CodeList } from "./codelist";
import {
  assentDecisions,
  consentDecisions,
  consentInformation,
  consentKinds,
  consentMethods,
  consentPurposes,
} from "./consent-purposes";
import { countries } from "./countries";
import { forcedCriminalityTypes } from "./forced-criminality";
import { caseStatuses, incomingReferralReasons, outgoingReferralReasons } from "./htcds-case";
import { traffickingEventTypes } from "./htcds-events";
import { organizationTypes } from "./htcds-organization";
import { perpetratorRoles } from "./htcds-perpetrator";
import { educationLevels, genders, maritalStatuses } from "./htcds-person";
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
import { identificationDecisions, identificationProcedures } from "./identification";
import { identityDocumentKinds } from "./identity-documents";
import { industrySubdivisions, isicCodes, isicSections } from "./isic";
import { languages } from "./languages";
import { legalOutcomes, legalStages } from "./legal";
import { operationKinds } from "./operations";
import { partyRoles } from "./party-roles";
import { referralServices } from "./referral-services";
import { referralStatuses } from "./referral-statuses";
import { residenceStatuses } from "./residence-statuses";
import { borderCrossingKinds, legRoles, transportModes } from "./route";
import { perpetratorRelationships, processRoles } from "./victim-perpetrator";

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
  consentDecisions,
  consentKinds,
  consentInformation,
  assentDecisions,
  partyRoles,
  operationKinds,
  legalStages,
  legalOutcomes,
  referralServices,
  classifications,
  countries,
  languages,
  residenceStatuses,
  perpetratorRelationships,
  processRoles,
  forcedCriminalityTypes,
  transportModes,
  borderCrossingKinds,
  legRoles,
  identificationProcedures,
  identificationDecisions,
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
  return Object.hasOwn(CODE_LISTS, id) ? CODE_LISTS[id] : undefined;
}
