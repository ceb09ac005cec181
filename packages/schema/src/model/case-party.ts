import * as z from "zod";
import { ForcedCriminalityType } from "../codelists/forced-criminality";
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
import { IdentificationDecision, IdentificationProcedure } from "../codelists/identification";
import { IsicCode } from "../codelists/isic";
import { PartyRole } from "../codelists/party-roles";
import { PerpetratorRelationship, ProcessRole } from "../codelists/victim-perpetrator";
import { field } from "../metadata/registry";
import { EntityId, PartialDate, Place } from "./primitives";

/**
 * One perpetrator of one victim: the suspect's person id, how the victim knew them, what they did
 * towards the victim, and whether money changed hands (the CTDC victim–perpetrator data).
 *
 * @example
 * ```ts
 * import type { PerpetratorLink } from "@tipx/schema";
 * const link: PerpetratorLink = {
 *   person: "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
 *   relationship: "Unaquainted",
 *   roles: ["transporter"],
 *   moneyExchanged: true,
 * };
 * ```
 */
export const PerpetratorLink = z.strictObject({
  /** Id of the Person who is a suspect in the case. */
  person: field(EntityId, {
    id: "PerpetratorLink.person",
    since: "1.1",
    label: "Perpetrator",
    description: "Id of the Person who is a suspect in the case.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** How the victim knew this perpetrator. */
  relationship: field(PerpetratorRelationship.exactOptional(), {
    id: "PerpetratorLink.relationship",
    since: "1.1",
    label: "Relationship",
    description: "How the victim knew this perpetrator.",
    sensitivity: "sensitive",
    ctdc: [
      "IP_Relation",
      "RecruiterRelationship",
      "recruiterRelationIntimatePartner",
      "recruiterRelationFriend",
      "recruiterRelationFamily",
      "recruiterRelationOther",
      "recruiterRelationUnknown",
    ],
  }),
  /** What this perpetrator did towards the victim: recruited, brokered, transported, exploited, controlled. */
  roles: field(z.array(ProcessRole).exactOptional(), {
    id: "PerpetratorLink.roles",
    since: "1.1",
    label: "Roles towards the victim",
    description:
      "What this perpetrator did towards the victim: recruited, brokered, transported, exploited, controlled.",
    sensitivity: "sensitive",
    ctdc: ["IP_RecruiterBroker", "IP_TransactionProcess", "IP_Exploiter"],
  }),
  /** Whether money changed hands between this perpetrator and others over the victim. */
  moneyExchanged: field(z.boolean().exactOptional(), {
    id: "PerpetratorLink.moneyExchanged",
    since: "1.1",
    label: "Money exchanged",
    description: "Whether money changed hands between this perpetrator and others over the victim.",
    sensitivity: "sensitive",
    ctdc: ["IP_PayMoney"],
  }),
});
/** One perpetrator of one victim. */
export type PerpetratorLink = z.infer<typeof PerpetratorLink>;

/**
 * How a person was identified as a victim (or not): when, by which organisation, by what procedure, with
 * what decision, and the protection period given before or during it.
 *
 * @example
 * ```ts
 * import type { Identification } from "@tipx/schema";
 * const identification: Identification = {
 *   date: "2022-04-08",
 *   procedure: "multidisciplinary-team",
 *   decision: "identified",
 *   protectionPeriod: { start: "2022-03-29", end: "2022-04-08" },
 * };
 * ```
 */
export const Identification = z.strictObject({
  /** When the decision was made. */
  date: field(PartialDate.exactOptional(), {
    id: "Identification.date",
    since: "1.1",
    label: "Date of identification",
    description: "When the decision was made.",
    sensitivity: "none",
  }),
  /** Id of the Organization that identified the person. */
  organization: field(EntityId.exactOptional(), {
    id: "Identification.organization",
    since: "1.1",
    label: "Identifying organisation",
    description: "Id of the Organization that identified the person.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** The procedure, such as an interview by a multidisciplinary team. */
  procedure: field(IdentificationProcedure.exactOptional(), {
    id: "Identification.procedure",
    since: "1.1",
    label: "Procedure",
    description: "The procedure, such as an interview by a multidisciplinary team.",
    sensitivity: "none",
  }),
  /** Identified, not identified, or pending. */
  decision: field(IdentificationDecision.exactOptional(), {
    id: "Identification.decision",
    since: "1.1",
    label: "Decision",
    description: "Identified, not identified, or pending.",
    sensitivity: "sensitive",
  }),
  /** The recovery and protection period: when the person was given time and shelter before deciding. */
  protectionPeriod: field(
    z
      .strictObject({
        /** The first day of the period. */
        start: field(PartialDate, {
          id: "Identification.protectionPeriod.start",
          since: "1.1",
          label: "Start",
          description: "The first day of the period.",
          sensitivity: "none",
        }),
        /** The last day of the period. */
        end: field(PartialDate.exactOptional(), {
          id: "Identification.protectionPeriod.end",
          since: "1.1",
          label: "End",
          description: "The last day of the period.",
          sensitivity: "none",
        }),
      })
      .exactOptional(),
    {
      id: "Identification.protectionPeriod",
      since: "1.1",
      label: "Protection period",
      description: "The recovery and protection period: when the person was given time and shelter before deciding.",
      sensitivity: "sensitive",
    },
  ),
});
/** How a person was identified as a victim, or not. */
export type Identification = z.infer<typeof Identification>;

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
  /** How the victim was identified: date, organisation, procedure, decision and protection period. */
  identification: field(Identification.exactOptional(), {
    id: "VictimContext.identification",
    since: "1.1",
    label: "Identification",
    description: "How the victim was identified: date, organisation, procedure, decision and protection period.",
    sensitivity: "sensitive",
  }),
  /** How the victim knew the trafficker (the summary; perpetrators holds one entry per suspect). */
  relationshipToTrafficker: field(RelationshipToTrafficker.exactOptional(), {
    id: "VictimContext.relationshipToTrafficker",
    label: "Relationship to trafficker",
    description: "How the victim knew the trafficker (the summary; perpetrators holds one entry per suspect).",
    sensitivity: "sensitive",
    htcds: "vic_RelationshipToTrafficker",
    ctdc: [
      "RecruiterRelationship",
      "recruiterRelationFriend",
      "recruiterRelationFamily",
      "recruiterRelationOther",
      "recruiterRelationUnknown",
    ],
  }),
  /** The suspects of the case who trafficked this victim, each with the relationship and roles. */
  perpetrators: field(z.array(PerpetratorLink).exactOptional(), {
    id: "VictimContext.perpetrators",
    since: "1.1",
    label: "Perpetrators",
    description: "The suspects of the case who trafficked this victim, each with the relationship and roles.",
    sensitivity: "sensitive",
  }),
  /** Age in years when the trafficking began. */
  ageWhenTrafficked: field(z.int().min(0).max(130).exactOptional(), {
    id: "VictimContext.ageWhenTrafficked",
    label: "Age when trafficked",
    description: "Age in years when the trafficking began.",
    sensitivity: "quasi-identifier",
    htcds: "vic_AgeWhenTrafficked",
    ctdc: ["majorityEntry", "majorityStatusAtExploit"],
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
    // No RestrictsMovement in the HTCDS picklist, so no meansOfControlRestrictsMovement (see the README).
    ctdc: [
      "meansOfControlDebtBondage",
      "meansOfControlTakesEarnings",
      "meansOfControlRestrictsFinancialAccess",
      "meansOfControlThreats",
      "meansOfControlPsychologicalAbuse",
      "meansOfControlPhysicalAbuse",
      "meansOfControlSexualAbuse",
      "meansOfControlFalsePromises",
      "meansOfControlPsychoactiveSubstances",
      "meansOfControlRestrictsMedicalCare",
      "meansOfControlExcessiveWorkingHours",
      "meansOfControlUsesChildren",
      "meansOfControlThreatOfLawEnforcement",
      "meansOfControlWithholdsNecessities",
      "meansOfControlWithholdsDocuments",
      "meansOfControlOther",
      "meansOfControlNotSpecified",
      "meansOfControlConcatenated",
      "meansDebtBondageEarnings",
      "meansThreats",
      "meansAbusePsyPhySex",
      "meansFalsePromises",
      "meansDrugsAlcohol",
      "meansDenyBasicNeeds",
      "meansExcessiveWorkHours",
      "meansWithholdDocs",
    ],
  }),
  /** The forms of exploitation, HTCDS 2.0 values plus ForcedCriminality (tipx). */
  exploitationTypes: field(z.array(ExploitationType).exactOptional(), {
    id: "VictimContext.exploitationTypes",
    label: "Types of exploitation",
    description: "The forms of exploitation, HTCDS 2.0 values plus ForcedCriminality (tipx).",
    sensitivity: "sensitive",
    htcds: "vic_TypeOfExploitation",
    // ForcedBegging is a CTDC forced-labour sector (typeOfLabourBegging); ForcedCriminality counts as forced labour.
    ctdc: [
      "isForcedLabour",
      "isSexualExploit",
      "isOtherExploit",
      "isSexAndLabour",
      "isForcedMarriage",
      "isForcedMilitary",
      "isOrganRemoval",
      "typeOfExploitConcatenated",
      "typeOfLabourBegging",
      "typeOfLabourConcatenated",
    ],
  }),
  /** The crimes a victim of forced criminality was made to commit. */
  forcedCriminalityTypes: field(z.array(ForcedCriminalityType).exactOptional(), {
    id: "VictimContext.forcedCriminalityTypes",
    since: "1.1",
    label: "Types of forced criminality",
    description: "The crimes a victim of forced criminality was made to commit.",
    sensitivity: "sensitive",
    // CTDC counts forced crime as a forced-labour sector: Begging, or IllicitActivities for the others.
    ctdc: ["typeOfLabourIllicitActivities", "typeOfLabourBegging", "typeOfLabourConcatenated"],
  }),
  /** Industries of the forced labour, as ISIC Rev.4 sections or HTCDS subdivisions. */
  forcedLabourIndustries: field(z.array(IsicCode).exactOptional(), {
    id: "VictimContext.forcedLabourIndustries",
    label: "Forced-labour industries",
    description: "Industries of the forced labour, as ISIC Rev.4 sections or HTCDS subdivisions.",
    sensitivity: "sensitive",
    htcds: "vic_ForcedLabourIndustry",
    // Agriculture is ISIC division 01 and Aquafarming 03 (not all of section A); no code isolates peddling.
    ctdc: [
      "typeOfLabourAgriculture",
      "typeOfLabourAquafarming",
      "typeOfLabourConstruction",
      "typeOfLabourDomesticWork",
      "typeOfLabourHospitality",
      "typeOfLabourManufacturing",
      "typeOfLabourMiningOrDrilling",
      "typeOfLabourTransportation",
      "typeOfLabourOther",
      "typeOfLabourNotSpecified",
      "typeOfLabourConcatenated",
    ],
  }),
  /** The forms of sexual exploitation. */
  sexExploitationTypes: field(z.array(SexExploitationType).exactOptional(), {
    id: "VictimContext.sexExploitationTypes",
    label: "Types of sexual exploitation",
    description: "The forms of sexual exploitation.",
    sensitivity: "sensitive",
    htcds: "vic_TypeOfSexExploitation",
    ctdc: [
      "typeOfSexProstitution",
      "typeOfSexPornography",
      "typeOfSexRemoteInteractiveServices",
      "typeOfSexPrivateSexualServices",
      "typeOfSexConcatenated",
    ],
  }),
  /** Where the victim was exploited. */
  exploitationPlace: field(Place.exactOptional(), {
    id: "VictimContext.exploitationPlace",
    label: "Place of exploitation",
    description: "Where the victim was exploited.",
    sensitivity: "quasi-identifier",
    htcds: "vic_LocationOfExploitation",
    // Codebook v6 spells it CountryofExploitation; the 2020 CSV and the 2024 codebook CountryOfExploitation.
    ctdc: ["CountryofExploitation", "CountryOfExploitation"],
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
    // A Kidnapper of the victim means the victim was abducted.
    ctdc: ["isAbduction"],
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
    htcds: "per_Organisation",
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
