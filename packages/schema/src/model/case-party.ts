import * as z from "zod";
import { PerpetratorRole } from "../codelists/htcds-perpetrator";
import {
  ExploitationType,
  MethodOfControl,
  RecruitmentMethod,
  RelationshipToTrafficker,
  SexExploitationType,
  TraffickingStatus,
  TraffickingStatusDecider,
  Vulnerability,
  WebsiteOrApp,
} from "../codelists/htcds-victim";
import { IsicCode } from "../codelists/isic";
import { PartyRole } from "../codelists/party-roles";
import { field } from "../metadata/registry";
import { EntityId, Place } from "./primitives";

/**
 * What a case records about a victim or presumed victim: the HTCDS 2.0 victim context.
 *
 * @example
 * ```ts
 * import type { VictimContext } from "@tipx/schema";
 * const victim: VictimContext = {
 *   traffickingStatus: "PossibleVictimOfTrafficking",
 *   exploitationTypes: ["ForcedCriminality"],
 *   methodsOfControl: ["FalsePromises", "WithholdsDocuments"],
 * };
 * ```
 */
export const VictimContext = z.strictObject({
  /** Whether the person is a possible, actual or not a victim of trafficking. */
  traffickingStatus: field(TraffickingStatus.exactOptional(), {
    id: "VictimContext.traffickingStatus",
    label: "Trafficking status",
    description: "Whether the person is a possible, actual or not a victim of trafficking.",
    sensitivity: "sensitive",
    htcds: "vic_TraffickingStatus",
  }),
  /** The kind of body that decided the trafficking status. */
  statusDecidedBy: field(TraffickingStatusDecider.exactOptional(), {
    id: "VictimContext.statusDecidedBy",
    label: "Status decided by",
    description: "The kind of body that decided the trafficking status.",
    sensitivity: "sensitive",
    htcds: "vic_TraffickingStatusDecisionMakingOrg",
  }),
  /** How the victim knew the trafficker. */
  relationshipToTrafficker: field(RelationshipToTrafficker.exactOptional(), {
    id: "VictimContext.relationshipToTrafficker",
    label: "Relationship to trafficker",
    description: "How the victim knew the trafficker.",
    sensitivity: "sensitive",
    htcds: "vic_RelationshipToTrafficker",
    ctdc: ["recruiterRelation"],
  }),
  /** Age in years when the trafficking began. */
  ageWhenTrafficked: field(z.int().min(0).max(130).exactOptional(), {
    id: "VictimContext.ageWhenTrafficked",
    label: "Age when trafficked",
    description: "Age in years when the trafficking began.",
    sensitivity: "quasi-identifier",
    htcds: "vic_AgeWhenTrafficked",
    ctdc: ["majorityStatusAtExploit"],
  }),
  /** How the victim was recruited. */
  recruitmentMethods: field(z.array(RecruitmentMethod).exactOptional(), {
    id: "VictimContext.recruitmentMethods",
    label: "Methods of recruitment",
    description: "How the victim was recruited.",
    sensitivity: "sensitive",
    htcds: "vic_MethodOfRecruitment",
  }),
  /** Where the victim was recruited. */
  recruitmentPlace: field(Place.exactOptional(), {
    id: "VictimContext.recruitmentPlace",
    label: "Place of recruitment",
    description: "Where the victim was recruited.",
    sensitivity: "quasi-identifier",
    htcds: "vic_LocationOfRecruitment",
  }),
  /** Websites and apps used to recruit the victim. */
  recruitmentWebsitesAndApps: field(z.array(WebsiteOrApp).exactOptional(), {
    id: "VictimContext.recruitmentWebsitesAndApps",
    label: "Recruitment websites and apps",
    description: "Websites and apps used to recruit the victim.",
    sensitivity: "sensitive",
    htcds: "vic_RecruitmentWebsitesAndApps",
  }),
  /** How the traffickers controlled the victim. */
  methodsOfControl: field(z.array(MethodOfControl).exactOptional(), {
    id: "VictimContext.methodsOfControl",
    label: "Methods of control",
    description: "How the traffickers controlled the victim.",
    sensitivity: "sensitive",
    htcds: "vic_MethodsOfControl",
    ctdc: ["meansOfControl*"],
  }),
  /** The forms of exploitation, HTCDS 2.0 values plus ForcedCriminality (tipx). */
  exploitationTypes: field(z.array(ExploitationType).exactOptional(), {
    id: "VictimContext.exploitationTypes",
    label: "Types of exploitation",
    description: "The forms of exploitation, HTCDS 2.0 values plus ForcedCriminality (tipx).",
    sensitivity: "sensitive",
    htcds: "vic_TypeOfExploitation",
    ctdc: ["isForcedLabour", "isSexualExploit", "isOtherExploit"],
  }),
  /** Industries of the forced labour, as ISIC Rev.4 sections or HTCDS subdivisions. */
  forcedLabourIndustries: field(z.array(IsicCode).exactOptional(), {
    id: "VictimContext.forcedLabourIndustries",
    label: "Forced-labour industries",
    description: "Industries of the forced labour, as ISIC Rev.4 sections or HTCDS subdivisions.",
    sensitivity: "sensitive",
    htcds: "vic_ForcedLabourIndustry",
    ctdc: ["typeOfLabour*"],
  }),
  /** The forms of sexual exploitation. */
  sexExploitationTypes: field(z.array(SexExploitationType).exactOptional(), {
    id: "VictimContext.sexExploitationTypes",
    label: "Types of sexual exploitation",
    description: "The forms of sexual exploitation.",
    sensitivity: "sensitive",
    htcds: "vic_TypeOfSexExploitation",
    ctdc: ["typeOfSex*"],
  }),
  /** Where the victim was exploited. */
  exploitationPlace: field(Place.exactOptional(), {
    id: "VictimContext.exploitationPlace",
    label: "Place of exploitation",
    description: "Where the victim was exploited.",
    sensitivity: "quasi-identifier",
    htcds: "vic_LocationOfExploitation",
    ctdc: ["CountryOfExploitation"],
  }),
  /** Websites and apps used in the exploitation. */
  exploitationWebsitesAndApps: field(z.array(WebsiteOrApp).exactOptional(), {
    id: "VictimContext.exploitationWebsitesAndApps",
    label: "Exploitation websites and apps",
    description: "Websites and apps used in the exploitation.",
    sensitivity: "sensitive",
    htcds: "vic_ExploitationWebsitesAndApps",
  }),
  /** Vulnerabilities (deprecated in HTCDS 2.0; use an Assessment). */
  vulnerabilities: field(z.array(Vulnerability).exactOptional(), {
    id: "VictimContext.vulnerabilities",
    label: "Vulnerabilities",
    description: "Vulnerabilities (deprecated in HTCDS 2.0; use an Assessment).",
    sensitivity: "sensitive",
    htcds: "vic_Vulnerabilities",
    deprecated: "Deprecated in HTCDS 2.0: record an Assessment of individual, household and community risk instead.",
  }),
  /** Narrative of vulnerabilities (deprecated in HTCDS 2.0). */
  vulnerabilityDetails: field(z.string().min(1).exactOptional(), {
    id: "VictimContext.vulnerabilityDetails",
    label: "Details of vulnerabilities",
    description: "Narrative of vulnerabilities (deprecated in HTCDS 2.0).",
    sensitivity: "sensitive",
    htcds: "vic_DetailsOfVulnerabilities",
    deprecated: "Deprecated in HTCDS 2.0: record an Assessment instead.",
  }),
  /** Deprecated in HTCDS 2.0: record a Consent entity. */
  agreementToManagePersonalData: field(z.boolean().exactOptional(), {
    id: "VictimContext.agreementToManagePersonalData",
    label: "Agreement to manage personal data",
    description: "Deprecated in HTCDS 2.0: record a Consent entity.",
    sensitivity: "sensitive",
    htcds: "vic_AgreementToManagePersonalData",
    deprecated: "Deprecated in HTCDS 2.0: record a Consent entity with its purposes.",
  }),
});
/** The HTCDS 2.0 victim context of a case party. */
export type VictimContext = z.infer<typeof VictimContext>;

/**
 * What a case records about a suspect: the HTCDS 2.0 perpetrator context.
 *
 * @example
 * ```ts
 * import type { PerpetratorContext } from "@tipx/schema";
 * const suspect: PerpetratorContext = { rolesInProcess: ["Transporter"] };
 * ```
 */
export const PerpetratorContext = z.strictObject({
  /** What the suspect did in the trafficking process. */
  rolesInProcess: field(z.array(PerpetratorRole).exactOptional(), {
    id: "PerpetratorContext.rolesInProcess",
    label: "Roles in the trafficking process",
    description: "What the suspect did in the trafficking process.",
    sensitivity: "sensitive",
    htcds: "per_RoleInProcess",
  }),
  /** Narrative of the suspect's role. */
  roleDetails: field(z.string().min(1).exactOptional(), {
    id: "PerpetratorContext.roleDetails",
    label: "Role details",
    description: "Narrative of the suspect's role.",
    sensitivity: "sensitive",
    htcds: "per_RoleDetails",
  }),
  /** The group or network the suspect belongs to. */
  organization: field(z.string().min(1).exactOptional(), {
    id: "PerpetratorContext.organization",
    label: "Criminal organisation",
    description: "The group or network the suspect belongs to.",
    sensitivity: "sensitive",
  }),
});
/** The HTCDS 2.0 perpetrator context of a case party. */
export type PerpetratorContext = z.infer<typeof PerpetratorContext>;

/**
 * A person's part in a case: the person's id, the roles, and the victim or perpetrator context.
 *
 * @example
 * ```ts
 * import type { CaseParty } from "@tipx/schema";
 * const party: CaseParty = {
 *   person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   roles: ["presumed-victim"],
 *   victim: { traffickingStatus: "PossibleVictimOfTrafficking" },
 * };
 * ```
 */
export const CaseParty = z.strictObject({
  /** Id of the Person entity. */
  person: field(EntityId, {
    id: "CaseParty.person",
    label: "Person",
    description: "Id of the Person entity.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** The person's roles in the case (victim, suspect, witness...). */
  roles: field(z.array(PartyRole).min(1), {
    id: "CaseParty.roles",
    label: "Roles",
    description: "The person's roles in the case (victim, suspect, witness...).",
    sensitivity: "sensitive",
  }),
  /** What the case records about the person as a victim. */
  victim: field(VictimContext.exactOptional(), {
    id: "CaseParty.victim",
    label: "Victim context",
    description: "What the case records about the person as a victim.",
    sensitivity: "sensitive",
  }),
  /** What the case records about the person as a suspect. */
  perpetrator: field(PerpetratorContext.exactOptional(), {
    id: "CaseParty.perpetrator",
    label: "Perpetrator context",
    description: "What the case records about the person as a suspect.",
    sensitivity: "sensitive",
  }),
});
/** A person's part in a case. */
export type CaseParty = z.infer<typeof CaseParty>;
