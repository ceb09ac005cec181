// Where each HTCDS 2.0 column of a victim's row goes in the tipx model: the record it belongs to, the key
// path inside it, and how its cells are read and written. The paths follow the `htcds` tags of the
// schema's field registry (`listFields()`); `_column-map.test.ts` checks them against the registry.
import {
  type CodeList,
  caseStatuses,
  educationLevels,
  exploitationTypes,
  exploitationWebsitesAndApps,
  genders,
  maritalStatuses,
  methodsOfControl,
  perpetratorRoles,
  recruitmentMethods,
  recruitmentWebsitesAndApps,
  relationshipsToTrafficker,
  sexExploitationTypes,
  supportPlanTypes,
  traffickingEventTypes,
  traffickingStatusDeciders,
  traffickingStatuses,
  vulnerabilities,
} from "@tipx/schema";

/** The record of a row a column fills. */
export type _Target = "person" | "victim" | "perpetrator" | "case" | "event" | "plan" | "comment";

/** How a column's cells are read and written. */
export type _Kind =
  | { readonly kind: "text" }
  | { readonly kind: "lines" }
  | { readonly kind: "date" }
  | { readonly kind: "integer"; readonly min: number; readonly max: number }
  | { readonly kind: "number"; readonly min: number; readonly max: number }
  | { readonly kind: "email" }
  | { readonly kind: "boolean" }
  | { readonly kind: "code"; readonly list: CodeList }
  | { readonly kind: "codes"; readonly list: CodeList }
  | { readonly kind: "industries" }
  | { readonly kind: "country" }
  | { readonly kind: "citizenships" }
  | { readonly kind: "subdivision" }
  | { readonly kind: "language"; readonly index: "primary" | "secondary" }
  | { readonly kind: "phone"; readonly phone: "mobile" | "home" }
  | { readonly kind: "identity-number" }
  | { readonly kind: "place" }
  | { readonly kind: "staff-id" };

/** One column of a victim's row. */
export interface _ColumnSpec {
  readonly column: string;
  readonly target: _Target;
  /** The key path inside the target record (for `language`, `phone` and `identity-number`, the array). */
  readonly path: readonly string[];
  readonly read: _Kind;
}

const text = { kind: "text" } as const;
const date = { kind: "date" } as const;
const latitude = { kind: "number", min: -90, max: 90 } as const;
const longitude = { kind: "number", min: -180, max: 180 } as const;
const code = (list: CodeList): _Kind => ({ kind: "code", list });
const codes = (list: CodeList): _Kind => ({ kind: "codes", list });

const col = (column: string, target: _Target, path: string, read: _Kind): _ColumnSpec => ({
  column,
  target,
  path: path.split("."),
  read,
});

/** The columns tipx reads and writes, in the order a row is written. */
export const _COLUMN_SPECS: readonly _ColumnSpec[] = [
  col("prs_Salutation", "person", "names.salutation", text),
  col("prs_FirstName", "person", "names.given", text),
  col("prs_MiddleName", "person", "names.middle", text),
  col("prs_SecondName", "person", "names.family", text),
  col("prs_Birthdate", "person", "birthDate", date),
  col("prs_Gender", "person", "gender", code(genders)),
  col("prs_Deceased", "person", "deceased", { kind: "boolean" }),
  col("prs_MaritalStatus", "person", "maritalStatus", code(maritalStatuses)),
  col("prs_NumberOfChildren", "person", "numberOfChildren", { kind: "integer", min: 0, max: 50 }),
  col("prs_PrimaryLanguage", "person", "languages", { kind: "language", index: "primary" }),
  col("prs_SecondaryLanguage", "person", "languages", { kind: "language", index: "secondary" }),
  col("prs_HighestLevelOfEducation", "person", "education", code(educationLevels)),
  col("prs_Citizenship", "person", "citizenships", { kind: "citizenships" }),
  col("prs_IdentityNumber", "person", "identityDocuments", { kind: "identity-number" }),
  col("prs_Title", "person", "position.title", text),
  col("prs_Email", "person", "email", { kind: "email" }),
  col("prs_HomePhone", "person", "phones", { kind: "phone", phone: "home" }),
  col("prs_MobilePhone", "person", "phones", { kind: "phone", phone: "mobile" }),
  col("prs_MailingCity", "person", "address.locality", text),
  col("prs_MailingCountry", "person", "address.country", { kind: "country" }),
  col("prs_MailingState", "person", "address.subdivision", { kind: "subdivision" }),
  col("prs_MailingStreet", "person", "address.lines", { kind: "lines" }),
  col("prs_MailingPostalCode", "person", "address.postalCode", text),
  col("prs_MailingLongitude", "person", "address.longitude", longitude),
  col("prs_MailingLatitude", "person", "address.latitude", latitude),
  col("vic_AgreementToManagePersonalData", "victim", "agreementToManagePersonalData", { kind: "boolean" }),
  col("vic_TraffickingStatus", "victim", "traffickingStatus", code(traffickingStatuses)),
  col("vic_TraffickingStatusDecisionMakingOrg", "victim", "statusDecidedBy", code(traffickingStatusDeciders)),
  col("vic_RelationshipToTrafficker", "victim", "relationshipToTrafficker", code(relationshipsToTrafficker)),
  col("vic_AgeWhenTrafficked", "victim", "ageWhenTrafficked", { kind: "integer", min: 0, max: 130 }),
  col("vic_RecruitmentWebsitesAndApps", "victim", "recruitmentWebsitesAndApps", codes(recruitmentWebsitesAndApps)),
  col("vic_MethodOfRecruitment", "victim", "recruitmentMethods", codes(recruitmentMethods)),
  col("vic_LocationOfRecruitment", "victim", "recruitmentPlace", { kind: "place" }),
  col("vic_MethodsOfControl", "victim", "methodsOfControl", codes(methodsOfControl)),
  col("vic_TypeOfExploitation", "victim", "exploitationTypes", codes(exploitationTypes)),
  col("vic_ForcedLabourIndustry", "victim", "forcedLabourIndustries", { kind: "industries" }),
  col("vic_TypeOfSexExploitation", "victim", "sexExploitationTypes", codes(sexExploitationTypes)),
  col("vic_LocationOfExploitation", "victim", "exploitationPlace", { kind: "place" }),
  col("vic_ExploitationWebsitesAndApps", "victim", "exploitationWebsitesAndApps", codes(exploitationWebsitesAndApps)),
  col("vic_Vulnerabilities", "victim", "vulnerabilities", codes(vulnerabilities)),
  col("vic_DetailsOfVulnerabilities", "victim", "vulnerabilityDetails", text),
  col("per_RoleInProcess", "perpetrator", "rolesInProcess", codes(perpetratorRoles)),
  col("per_RoleDetails", "perpetrator", "roleDetails", text),
  // Not in the standard's sheet (its row has no field name); the schema's registry names it per_Organisation.
  col("per_Organisation", "perpetrator", "organization", text),
  col("cas_Status", "case", "status", code(caseStatuses)),
  col("cas_ReasonForCaseClosure", "case", "closureReason", text),
  col("cas_CaseOwner", "case", "caseWorker.staffId", { kind: "staff-id" }),
  col("cco_CaseComment", "comment", "text", text),
  col("hte_Type", "event", "eventType", code(traffickingEventTypes)),
  col("hte_Date", "event", "date", date),
  col("hte_Street", "event", "place.lines", { kind: "lines" }),
  col("hte_City", "event", "place.locality", text),
  col("hte_State", "event", "place.subdivision", { kind: "subdivision" }),
  col("hte_PostalCode", "event", "place.postalCode", text),
  col("hte_Country", "event", "place.country", { kind: "country" }),
  col("hte_Latitude", "event", "place.latitude", latitude),
  col("hte_Longitude", "event", "place.longitude", longitude),
  col("hte_Description", "event", "description", text),
  col("spl_Type", "plan", "planType", code(supportPlanTypes)),
  col("spl_Objectives", "plan", "objectives", text),
  col("spl_ActionPlan", "plan", "actionPlan", text),
  col("spl_PlannedEndDate", "plan", "plannedEndOn", date),
  col("spl_ActualEndDate", "plan", "actualEndOn", date),
];

/** The column specs by column name. */
export const _SPEC_BY_COLUMN: ReadonlyMap<string, _ColumnSpec> = new Map(_COLUMN_SPECS.map((s) => [s.column, s]));

/**
 * Columns of HTCDS 2.0 that a victim's row does not carry: the organisation table, whose row does not
 * say which of the case's organisations it describes. Reading reports their values (TIPX712, needing
 * the case's owner); writing leaves them empty. The referral details and the consent checkbox are
 * carried as entities of their own (`_links.ts`).
 */
export const _UNCARRIED_COLUMNS: ReadonlySet<string> = new Set([
  "org_Name",
  "org_ShippingCity",
  "org_ShippingCountry",
  "org_ShippingState",
  "org_ShippingStreet",
  "org_ShippingPostalCode",
  "org_ShippingLongitude",
  "org_ShippingLatitude",
  "org_Phone",
  "org_Type",
]);

/**
 * The id columns tipx adds to a row when asked (`ids: true`), so that rows of one case or one person can
 * be joined again: the Case's and the Person's UUIDs. They are not HTCDS 2.0 fields.
 */
export const _ID_COLUMNS = { case: "cas_Id", person: "prs_Id" } as const;
