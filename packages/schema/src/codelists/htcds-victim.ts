import * as z from "zod";
import type { CodeMeta } from "./codelist";
import { defineCodeList } from "./codelist";
import {
  HTCDS_VIC_EXPLOITATION_WEBSITES_AND_APPS,
  HTCDS_VIC_FORCED_LABOUR_INDUSTRY,
  HTCDS_VIC_METHOD_OF_RECRUITMENT,
  HTCDS_VIC_METHODS_OF_CONTROL,
  HTCDS_VIC_RECRUITMENT_WEBSITES_AND_APPS,
  HTCDS_VIC_RELATIONSHIP_TO_TRAFFICKER,
  HTCDS_VIC_TRAFFICKING_STATUS,
  HTCDS_VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG,
  HTCDS_VIC_TYPE_OF_EXPLOITATION,
  HTCDS_VIC_TYPE_OF_SEX_EXPLOITATION,
  HTCDS_VIC_VULNERABILITIES,
} from "./htcds-picklists.generated";
import type { IsicSection } from "./isic";

// HTCDS 2.0 section "Person - Victim Context" (prefix vic_): the picklists that describe what happened
// to a victim. Codes are spelt exactly as in the standard's ODS sheet.

/**
 * The HTCDS 2.0 trafficking statuses (`vic_TraffickingStatus`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { TRAFFICKING_STATUSES } from "@tipx/schema";
 * TRAFFICKING_STATUSES[0]; // "PossibleVictimOfTrafficking"
 * ```
 */
export const TRAFFICKING_STATUSES = HTCDS_VIC_TRAFFICKING_STATUS;

/**
 * The HTCDS 2.0 picklist of trafficking statuses: whether a person has been found to be a victim of
 * trafficking. Who made that finding goes in `traffickingStatusDeciders`.
 *
 * @example
 * ```ts
 * import { codeLabel, traffickingStatuses } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(traffickingStatuses, "PossibleVictimOfTrafficking", es); // "Posible víctima de trata"
 * ```
 */
export const traffickingStatuses = defineCodeList({
  id: "htcds.trafficking-status",
  name: "Trafficking status",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_TraffickingStatus",
  htcdsField: "vic_TraffickingStatus",
  codes: TRAFFICKING_STATUSES,
  extensible: false,
  meta: {
    PossibleVictimOfTrafficking: {
      label: "Possible victim of trafficking",
      definition:
        "There are indicators of trafficking, but the person's status has not been verified (for example a helpline caller).",
    },
    ActualVictimOfTrafficking: {
      label: "Actual victim of trafficking",
      definition: "The person has been determined to be a victim of trafficking.",
    },
    NotAVictimOfTrafficking: {
      label: "Not a victim of trafficking",
      definition: "The person has been determined not to be a victim of trafficking; the record is kept.",
    },
  },
});

/**
 * Zod schema of an HTCDS trafficking status.
 *
 * @example
 * ```ts
 * import { TraffickingStatus } from "@tipx/schema";
 * TraffickingStatus.parse("ActualVictimOfTrafficking"); // "ActualVictimOfTrafficking"
 * TraffickingStatus.safeParse("ActualVictim").success; // false
 * ```
 */
export const TraffickingStatus = z.enum(TRAFFICKING_STATUSES);
/** An HTCDS 2.0 trafficking status, such as `"PossibleVictimOfTrafficking"`. */
export type TraffickingStatus = z.infer<typeof TraffickingStatus>;

/**
 * The HTCDS 2.0 kinds of organisation that decide a trafficking status
 * (`vic_TraffickingStatusDecisionMakingOrg`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { TRAFFICKING_STATUS_DECIDERS } from "@tipx/schema";
 * TRAFFICKING_STATUS_DECIDERS.includes("CourtOrProsecution"); // true
 * ```
 */
export const TRAFFICKING_STATUS_DECIDERS = HTCDS_VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG;

/**
 * The HTCDS 2.0 picklist of the kinds of organisation that decided a person's trafficking status.
 *
 * @example
 * ```ts
 * import { codeLabel, traffickingStatusDeciders } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(traffickingStatusDeciders, "CourtOrProsecution", es); // "Tribunal o fiscalía"
 * ```
 */
export const traffickingStatusDeciders = defineCodeList({
  id: "htcds.trafficking-status-decider",
  name: "Organisation that decided the trafficking status",
  // The HTCDS Excel templates misspell this field as vic_TraffickinStatusDecisionMakingOrg; the ODS is right.
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_TraffickingStatusDecisionMakingOrg",
  htcdsField: "vic_TraffickingStatusDecisionMakingOrg",
  codes: TRAFFICKING_STATUS_DECIDERS,
  extensible: false,
  meta: {
    Police: { label: "Police" },
    NGO: { label: "NGO" },
    CourtOrProsecution: { label: "Court or prosecution" },
    NonPoliceGovernmentalOrganization: {
      label: "Non-police governmental organization",
      definition:
        "A government body other than the police, such as a social-welfare ministry or a labour inspectorate.",
    },
    Other: { label: "Other" },
  },
});

/**
 * Zod schema of the kind of organisation that decided a trafficking status.
 *
 * @example
 * ```ts
 * import { TraffickingStatusDecider } from "@tipx/schema";
 * TraffickingStatusDecider.parse("Police"); // "Police"
 * TraffickingStatusDecider.safeParse("Court").success; // false
 * ```
 */
export const TraffickingStatusDecider = z.enum(TRAFFICKING_STATUS_DECIDERS);
/** An HTCDS 2.0 kind of organisation that decided a trafficking status, such as `"Police"`. */
export type TraffickingStatusDecider = z.infer<typeof TraffickingStatusDecider>;

/**
 * The HTCDS 2.0 relationships between a victim and the trafficker (`vic_RelationshipToTrafficker`),
 * spelt as in the standard, including its typo `Unaquainted`.
 *
 * @example
 * ```ts
 * import { RELATIONSHIPS_TO_TRAFFICKER } from "@tipx/schema";
 * RELATIONSHIPS_TO_TRAFFICKER.includes("Unaquainted"); // true
 * ```
 */
export const RELATIONSHIPS_TO_TRAFFICKER = HTCDS_VIC_RELATIONSHIP_TO_TRAFFICKER;

/**
 * The HTCDS 2.0 picklist of a victim's relationship to the trafficker.
 *
 * @example
 * ```ts
 * import { relationshipsToTrafficker } from "@tipx/schema";
 * relationshipsToTrafficker.meta.Unaquainted.aliases; // ["Unacquainted"]
 * ```
 */
export const relationshipsToTrafficker = defineCodeList({
  id: "htcds.relationship-to-trafficker",
  name: "Relationship to trafficker",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_RelationshipToTrafficker",
  htcdsField: "vic_RelationshipToTrafficker",
  codes: RELATIONSHIPS_TO_TRAFFICKER,
  extensible: false,
  meta: {
    Familial: {
      label: "Familial",
      definition: "The trafficker is a relative of the victim.",
    },
    Acquainted: {
      label: "Acquainted",
      definition:
        "The victim knew the trafficker before, but they are not related: a friend, neighbour, partner or employer.",
    },
    // "Unaquainted" is misspelt in HTCDS 2.0 itself (code and label); the code stays as the standard
    // spells it so that HTCDS data round-trips, and converters also accept the correct spelling.
    Unaquainted: {
      label: "Unaquainted",
      definition: "The victim did not know the trafficker before. (HTCDS spells the code and label 'Unaquainted'.)",
      aliases: ["Unacquainted"],
    },
  },
});

/**
 * Zod schema of an HTCDS relationship to the trafficker (the code as HTCDS spells it).
 *
 * @example
 * ```ts
 * import { RelationshipToTrafficker } from "@tipx/schema";
 * RelationshipToTrafficker.parse("Unaquainted"); // "Unaquainted"
 * RelationshipToTrafficker.safeParse("Family").success; // false
 * ```
 */
export const RelationshipToTrafficker = z.enum(RELATIONSHIPS_TO_TRAFFICKER);
/** An HTCDS 2.0 relationship to the trafficker: `"Familial"`, `"Acquainted"` or `"Unaquainted"`. */
export type RelationshipToTrafficker = z.infer<typeof RelationshipToTrafficker>;

/**
 * The websites and apps HTCDS 2.0 lists both for recruitment (`vic_RecruitmentWebsitesAndApps`) and
 * for exploitation (`vic_ExploitationWebsitesAndApps`); the two picklists are identical.
 *
 * @example
 * ```ts
 * import { WEBSITES_AND_APPS } from "@tipx/schema";
 * WEBSITES_AND_APPS.includes("Line"); // true
 * ```
 */
export const WEBSITES_AND_APPS = HTCDS_VIC_RECRUITMENT_WEBSITES_AND_APPS;

const _websiteOrAppMeta: { readonly [K in (typeof WEBSITES_AND_APPS)[number]]: CodeMeta } = {
  Facebook: { label: "Facebook" },
  Instagram: { label: "Instagram" },
  WhatsApp: { label: "WhatsApp" },
  Telegram: { label: "Telegram" },
  FacebookMessenger: { label: "Facebook Messenger" },
  Viber: { label: "Viber" },
  SnapChat: { label: "SnapChat", aliases: ["Snapchat"] },
  Line: { label: "Line", definition: "The LINE messaging app, widely used in Thailand.", aliases: ["LINE"] },
  "4Sale": { label: "4Sale", definition: "A classified-advertisements app used mainly in Kuwait and the Gulf states." },
  WeChat: { label: "WeChat" },
  QQ: { label: "QQ", definition: "Tencent's QQ instant-messaging service." },
  QZone: { label: "QZone", definition: "Tencent's Qzone social-networking site." },
  TikTok: { label: "TikTok" },
  Twitter: { label: "Twitter", definition: "Twitter, renamed X in 2023.", aliases: ["X"] },
  Other: { label: "Other" },
};

/**
 * The HTCDS 2.0 picklist of technology platforms used by perpetrators to find and recruit victims.
 * HTCDS lets users add platforms, so the list is extensible.
 *
 * @example
 * ```ts
 * import { recruitmentWebsitesAndApps } from "@tipx/schema";
 * recruitmentWebsitesAndApps.htcdsField; // "vic_RecruitmentWebsitesAndApps"
 * ```
 */
export const recruitmentWebsitesAndApps = defineCodeList({
  id: "htcds.recruitment-websites-and-apps",
  name: "Recruitment websites and apps",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_RecruitmentWebsitesAndApps",
  htcdsField: "vic_RecruitmentWebsitesAndApps",
  codes: WEBSITES_AND_APPS,
  extensible: true,
  meta: _websiteOrAppMeta,
});

/**
 * The HTCDS 2.0 picklist of technology platforms used to exploit victims (the same values as
 * `recruitmentWebsitesAndApps`). HTCDS lets users add platforms, so the list is extensible.
 *
 * @example
 * ```ts
 * import { exploitationWebsitesAndApps } from "@tipx/schema";
 * exploitationWebsitesAndApps.extensible; // true
 * ```
 */
export const exploitationWebsitesAndApps = defineCodeList({
  id: "htcds.exploitation-websites-and-apps",
  name: "Exploitation websites and apps",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_ExploitationWebsitesAndApps",
  htcdsField: "vic_ExploitationWebsitesAndApps",
  codes: HTCDS_VIC_EXPLOITATION_WEBSITES_AND_APPS,
  extensible: true,
  meta: _websiteOrAppMeta,
});

/**
 * Zod schema of a website or app from the HTCDS picklist (strict: lenient validation of extensible
 * lists is `validate()`'s job).
 *
 * @example
 * ```ts
 * import { WebsiteOrApp } from "@tipx/schema";
 * WebsiteOrApp.parse("TikTok"); // "TikTok"
 * WebsiteOrApp.safeParse("Tiktok").success; // false
 * ```
 */
export const WebsiteOrApp = z.enum(WEBSITES_AND_APPS);
/** A website or app from the HTCDS 2.0 picklist, such as `"Facebook"` or `"Line"`. */
export type WebsiteOrApp = z.infer<typeof WebsiteOrApp>;

/**
 * The HTCDS 2.0 methods of recruitment (`vic_MethodOfRecruitment`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { RECRUITMENT_METHODS } from "@tipx/schema";
 * RECRUITMENT_METHODS.includes("ThroughOnlineSocialNetworks"); // true
 * ```
 */
export const RECRUITMENT_METHODS = HTCDS_VIC_METHOD_OF_RECRUITMENT;

/**
 * The HTCDS 2.0 picklist of how or where a victim was recruited.
 *
 * @example
 * ```ts
 * import { codeLabel, recruitmentMethods } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(recruitmentMethods, "AtWork", es); // "En el lugar de trabajo"
 * ```
 */
export const recruitmentMethods = defineCodeList({
  id: "htcds.recruitment-method",
  name: "Method of recruitment",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_MethodOfRecruitment",
  htcdsField: "vic_MethodOfRecruitment",
  codes: RECRUITMENT_METHODS,
  extensible: false,
  meta: {
    AtAPlaceOfBusiness: {
      label: "At a place of business",
      definition: "Approached at a shop, bar, restaurant or other business premises.",
    },
    AtAnEducationalInstitution: {
      label: "At an educational institution",
    },
    AtWork: { label: "At work" },
    ThroughOnlineSocialNetworks: {
      label: "Through online social networks",
      definition: "Contacted through social media or messaging apps; the platforms go in recruitmentWebsitesAndApps.",
    },
    ThroughAnOnlineAdvertisement: {
      label: "Through an online advertisement",
      definition: "Answered an advertisement on the internet, such as a job offer.",
    },
    ThroughATelevisionAdvert: {
      label: "Through a television advert",
    },
    ThroughANewspaperAdvert: {
      label: "Through a newspaper advert",
    },
    ThroughFamilyOrFamilyEvents: {
      label: "Through family or family events",
    },
    ThroughFriendsOrSocialEvents: {
      label: "Through friends or social events",
    },
    Other: { label: "Other" },
  },
});

/**
 * Zod schema of an HTCDS method of recruitment.
 *
 * @example
 * ```ts
 * import { RecruitmentMethod } from "@tipx/schema";
 * RecruitmentMethod.parse("AtWork"); // "AtWork"
 * RecruitmentMethod.safeParse("Work").success; // false
 * ```
 */
export const RecruitmentMethod = z.enum(RECRUITMENT_METHODS);
/** An HTCDS 2.0 method of recruitment, such as `"ThroughOnlineSocialNetworks"`. */
export type RecruitmentMethod = z.infer<typeof RecruitmentMethod>;

// HTCDS 2.0 disagrees with itself here (HTCDS 2.0, HTCDS Field Standards 2.0.ods against Field Definitions.md): this ODS picklist has
// PhysicalThreats, ThreatsLawEnforcement, ThreatensChildrenFamily and PsychoactiveSubstance and no
// RestrictsMovement, whereas the standard's Field Definitions.md (which reuses the CTDC codebook)
// defines MethodsOfControlThreats, ...ThreatOfLawEnforcement, ...UsesChildren,
// ...PsychoactiveSubstances and ...RestrictsMovement. tipx follows the ODS picklist, which is what
// HTCDS data carries. CTDC's RestrictsMovement has no exact code here: "Other" is the nearest, and a
// converter that maps it there should report the loss.

/**
 * The HTCDS 2.0 methods of control (`vic_MethodsOfControl`), spelt and ordered as in the standard's
 * ODS picklist.
 *
 * @example
 * ```ts
 * import { METHODS_OF_CONTROL } from "@tipx/schema";
 * METHODS_OF_CONTROL.includes("DebtBondage"); // true
 * ```
 */
export const METHODS_OF_CONTROL = HTCDS_VIC_METHODS_OF_CONTROL;

/**
 * The HTCDS 2.0 picklist of the means exploiters used to control a victim.
 *
 * @example
 * ```ts
 * import { codeLabel, methodsOfControl } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(methodsOfControl, "DebtBondage", es); // "Servidumbre por deudas"
 * ```
 */
export const methodsOfControl = defineCodeList({
  id: "htcds.method-of-control",
  name: "Methods of control",
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_MethodsOfControl (the ODS picklist, which has no RestrictsMovement)",
  htcdsField: "vic_MethodsOfControl",
  codes: METHODS_OF_CONTROL,
  extensible: false,
  meta: {
    PhysicalThreats: {
      label: "Physical threats",
      definition: "The exploiter threatened, openly or by implication, to harm the victim or someone else.",
    },
    ThreatsLawEnforcement: {
      label: "Threats of law enforcement",
      definition: "The exploiter threatened to report the victim to the police, immigration or other authorities.",
    },
    ThreatensChildrenFamily: {
      label: "Threatens children/family",
      definition:
        "The exploiter threatened the victim's children or family, or used access to the children, to control the victim.",
    },
    DebtBondage: {
      label: "Debt bondage",
      definition:
        "The victim was made to work off a real or invented debt whose amount and terms they did not control " +
        "(1956 UN Supplementary Convention on the Abolition of Slavery).",
    },
    FalsePromises: {
      label: "False promises",
      definition: "The victim was deceived into the situation, for example about the job, pay or conditions.",
    },
    PhysicalAbuse: {
      label: "Physical abuse",
      definition: "The exploiter hurt the victim physically, sexual violence excepted (see SexualAbuse).",
    },
    SexualAbuse: {
      label: "Sexual abuse",
      definition: "The exploiter used unwanted sexual contact or reproductive coercion to control the victim.",
    },
    TakesEarnings: {
      label: "Takes earnings",
      definition: "The exploiter took the victim's pay or earnings.",
    },
    RestrictsFinancialAccess: {
      label: "Restricts financial access",
      definition: "The exploiter controlled or blocked the victim's access to money, bank accounts or cards.",
    },
    RestrictsMedicalCare: {
      label: "Restricts medical care",
      definition: "The exploiter withheld or controlled the victim's access to health care.",
    },
    WithholdsNecessities: {
      label: "Withholds necessities",
      definition: "The exploiter denied or threatened to deny food, water, shelter, hygiene or clothing.",
    },
    PsychologicalAbuse: {
      label: "Psychological abuse",
      definition: "The exploiter used humiliation, verbal abuse, manipulation or emotional ties to control the victim.",
    },
    PsychoactiveSubstance: {
      label: "Psychoactive substance",
      definition:
        "The exploiter gave the victim drugs or alcohol, or exploited an existing addiction, to make them compliant.",
    },
    ExcessiveWorkingHours: {
      label: "Excessive working hours",
      definition: "The victim was made to work far longer than agreed or promised.",
    },
    WithholdsDocuments: {
      label: "Withholds documents",
      definition: "The exploiter kept the victim's passport, identity card, work permit or other documents.",
    },
    Other: {
      label: "Other",
      definition: "Any other means of control, including restricting movement, which this HTCDS picklist lacks.",
    },
  },
});

/**
 * Zod schema of an HTCDS method of control.
 *
 * @example
 * ```ts
 * import { MethodOfControl } from "@tipx/schema";
 * MethodOfControl.parse("WithholdsDocuments"); // "WithholdsDocuments"
 * MethodOfControl.safeParse("RestrictsMovement").success; // false (not in the HTCDS 2.0 picklist)
 * ```
 */
export const MethodOfControl = z.enum(METHODS_OF_CONTROL);
/** An HTCDS 2.0 method of control, such as `"DebtBondage"`. */
export type MethodOfControl = z.infer<typeof MethodOfControl>;

/**
 * The types of exploitation: the 11 codes of HTCDS 2.0 (`vic_TypeOfExploitation`) in the standard's
 * order, followed by tipx's `ForcedCriminality`.
 *
 * @example
 * ```ts
 * import { EXPLOITATION_TYPES } from "@tipx/schema";
 * EXPLOITATION_TYPES.at(-1); // "ForcedCriminality"
 * ```
 */
export const EXPLOITATION_TYPES = [
  ...HTCDS_VIC_TYPE_OF_EXPLOITATION,
  // tipx extension, appended so that the HTCDS codes keep their positions.
  "ForcedCriminality",
] as const;

/**
 * The HTCDS 2.0 picklist of exploitation types, extended by tipx with forced criminality.
 *
 * @example
 * ```ts
 * import { exploitationTypes } from "@tipx/schema";
 * exploitationTypes.meta.ForcedCriminality.extension; // "tipx"
 * ```
 */
export const exploitationTypes = defineCodeList({
  id: "htcds.exploitation-type",
  name: "Type of exploitation",
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_TypeOfExploitation; " +
    "plus ForcedCriminality, a tipx 1.0 extension not in HTCDS",
  htcdsField: "vic_TypeOfExploitation",
  codes: EXPLOITATION_TYPES,
  extensible: false,
  meta: {
    ForcedLabour: {
      label: "Forced labour",
      definition:
        "Work exacted under the menace of a penalty and not offered voluntarily (ILO Forced Labour Convention, 1930).",
    },
    SexualExploitation: {
      label: "Sexual exploitation",
      definition: "Profiting from the sexual use of another person; the form goes in sexExploitationTypes.",
    },
    ChildLabour: {
      label: "Child labour",
      definition: "Work by a child below the legal minimum age, or hazardous work by anyone under 18 (ILO C138, C182).",
    },
    ForcedMarriage: {
      label: "Forced marriage",
      definition: "A marriage the person entered without free and full consent, or could not leave.",
    },
    Servitude: {
      label: "Servitude",
      definition:
        "Being made to live and serve under another's control with no realistic way out, short of legal ownership.",
    },
    ForcedMilitaryByNonStateActors: {
      label: "Forced military (by non-state actors)",
      definition: "Forced recruitment or use by an armed group that is not a state force, including child soldiers.",
    },
    OrganRemoval: {
      label: "Organ removal",
    },
    ForcedBegging: {
      label: "Forced begging",
    },
    ForcedAdoption: {
      label: "Forced adoption",
      definition: "A child given up or taken for adoption through coercion, deception or payment.",
    },
    Surrogacy: {
      label: "Surrogacy",
      definition: "The person was made to carry a pregnancy for others (exploitative surrogacy).",
    },
    Other: { label: "Other" },
    ForcedCriminality: {
      label: "Forced criminality",
      definition:
        "People forced to commit crimes for their exploiters, for example to run online scams in compounds on the " +
        "Thai–Myanmar border, to sell drugs or to steal. A tipx extension: HTCDS 2.0 has no code for it.",
      extension: "tipx",
    },
  },
});

/**
 * Zod schema of an exploitation type (HTCDS 2.0 plus `ForcedCriminality`).
 *
 * @example
 * ```ts
 * import { ExploitationType } from "@tipx/schema";
 * ExploitationType.parse("ForcedCriminality"); // "ForcedCriminality"
 * ExploitationType.safeParse("ForcedLabor").success; // false (HTCDS spells it "ForcedLabour")
 * ```
 */
export const ExploitationType = z.enum(EXPLOITATION_TYPES);
/** A type of exploitation, such as `"ForcedLabour"` or tipx's `"ForcedCriminality"`. */
export type ExploitationType = z.infer<typeof ExploitationType>;

/**
 * The HTCDS 2.0 forced-labour industries (`vic_ForcedLabourIndustry`): one per ISIC Rev.4 section,
 * prefixed with the section letter, spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { FORCED_LABOUR_INDUSTRIES } from "@tipx/schema";
 * FORCED_LABOUR_INDUSTRIES[0]; // "A_AgricultureForestryAndFishing"
 * ```
 */
export const FORCED_LABOUR_INDUSTRIES = HTCDS_VIC_FORCED_LABOUR_INDUSTRY;

/**
 * The ISIC Rev.4 section letter of each HTCDS forced-labour industry.
 *
 * @example
 * ```ts
 * import { FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION } from "@tipx/schema";
 * FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION.T_ActivitiesOfHouseholdsAsEmployers; // "T"
 * ```
 */
export const FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION: {
  readonly [K in (typeof FORCED_LABOUR_INDUSTRIES)[number]]: IsicSection;
} = {
  A_AgricultureForestryAndFishing: "A",
  B_MiningAndQuarrying: "B",
  C_Manufacturing: "C",
  D_ElectricityGasSteamAndAirConditioningSupply: "D",
  E_WaterSupplySewerageWasteManagement: "E",
  F_Construction: "F",
  G_WholesaleAndRetailTradeRepairOfMotorVehicles: "G",
  H_TransportationAndStorage: "H",
  I_AccommodationAndFoodServiceActivities: "I",
  J_InformationAndCommunication: "J",
  K_FinancialAndInsuranceActivities: "K",
  L_RealEstateActivities: "L",
  M_ProfessionalScientificAndTechnicalActivities: "M",
  N_AdministrativeAndSupportServiceActivities: "N",
  O_PublicAdministrationAndDefence: "O",
  P_Education: "P",
  Q_HumanHealthAndSocialWorkActivities: "Q",
  R_ArtsEntertainmentAndRecreation: "R",
  S_OtherServiceActivities: "S",
  T_ActivitiesOfHouseholdsAsEmployers: "T",
  U_ActivitiesOfExtraterritorialOrganizations: "U",
};

// The English label is HTCDS's own value label (which for E and T differs slightly from the ISIC title);
// the catalogues translate it as they translate the ISIC section.
/* @__NO_SIDE_EFFECTS__ */
function _industry(section: IsicSection, label: string): CodeMeta {
  return { label, definition: `ISIC Rev.4 section ${section}.` };
}

/**
 * The HTCDS 2.0 picklist of industries in which forced labour took place (ISIC Rev.4 sections). HTCDS
 * documents optional finer subdivisions: see `industrySubdivisions`.
 *
 * @example
 * ```ts
 * import { forcedLabourIndustries } from "@tipx/schema";
 * forcedLabourIndustries.meta.F_Construction.label; // "Construction"
 * ```
 */
export const forcedLabourIndustries = defineCodeList({
  id: "htcds.forced-labour-industry",
  name: "Forced labour industry",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_ForcedLabourIndustry (ISIC Rev.4 sections)",
  htcdsField: "vic_ForcedLabourIndustry",
  codes: FORCED_LABOUR_INDUSTRIES,
  extensible: false,
  meta: {
    A_AgricultureForestryAndFishing: _industry("A", "Agriculture, forestry and fishing"),
    B_MiningAndQuarrying: _industry("B", "Mining and quarrying"),
    C_Manufacturing: _industry("C", "Manufacturing"),
    D_ElectricityGasSteamAndAirConditioningSupply: _industry(
      "D",
      "Electricity, gas, steam and air conditioning supply",
    ),
    E_WaterSupplySewerageWasteManagement: _industry("E", "Water supply; sewerage, waste management and remediation"),
    F_Construction: _industry("F", "Construction"),
    G_WholesaleAndRetailTradeRepairOfMotorVehicles: _industry(
      "G",
      "Wholesale and retail trade; repair of motor vehicles and motorcycles",
    ),
    H_TransportationAndStorage: _industry("H", "Transportation and storage"),
    I_AccommodationAndFoodServiceActivities: _industry("I", "Accommodation and food service activities"),
    J_InformationAndCommunication: _industry("J", "Information and communication"),
    K_FinancialAndInsuranceActivities: _industry("K", "Financial and insurance activities"),
    L_RealEstateActivities: _industry("L", "Real estate activities"),
    M_ProfessionalScientificAndTechnicalActivities: _industry("M", "Professional, scientific and technical activities"),
    N_AdministrativeAndSupportServiceActivities: _industry("N", "Administrative and support service activities"),
    O_PublicAdministrationAndDefence: _industry("O", "Public administration and defence; compulsory social security"),
    P_Education: _industry("P", "Education"),
    Q_HumanHealthAndSocialWorkActivities: _industry("Q", "Human health and social work activities"),
    R_ArtsEntertainmentAndRecreation: _industry("R", "Arts, entertainment and recreation"),
    S_OtherServiceActivities: _industry("S", "Other service activities"),
    T_ActivitiesOfHouseholdsAsEmployers: _industry(
      "T",
      "Activities of households as employers; undifferentiated goods- and services- producing activities of households for own use",
    ),
    U_ActivitiesOfExtraterritorialOrganizations: _industry(
      "U",
      "Activities of extraterritorial organizations and bodies",
    ),
  },
});

/**
 * Zod schema of an HTCDS forced-labour industry.
 *
 * @example
 * ```ts
 * import { ForcedLabourIndustry } from "@tipx/schema";
 * ForcedLabourIndustry.parse("F_Construction"); // "F_Construction"
 * ForcedLabourIndustry.safeParse("F").success; // false (use IsicCode for bare letters)
 * ```
 */
export const ForcedLabourIndustry = z.enum(FORCED_LABOUR_INDUSTRIES);
/** An HTCDS 2.0 forced-labour industry, such as `"A_AgricultureForestryAndFishing"`. */
export type ForcedLabourIndustry = z.infer<typeof ForcedLabourIndustry>;

/**
 * The HTCDS 2.0 types of sexual exploitation (`vic_TypeOfSexExploitation`), spelt and ordered as in
 * the standard.
 *
 * @example
 * ```ts
 * import { SEX_EXPLOITATION_TYPES } from "@tipx/schema";
 * SEX_EXPLOITATION_TYPES.length; // 4
 * ```
 */
export const SEX_EXPLOITATION_TYPES = HTCDS_VIC_TYPE_OF_SEX_EXPLOITATION;

/**
 * The HTCDS 2.0 picklist of forms of sexual exploitation.
 *
 * @example
 * ```ts
 * import { codeLabel, sexExploitationTypes } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(sexExploitationTypes, "Pornography", es); // "Pornografía"
 * ```
 */
export const sexExploitationTypes = defineCodeList({
  id: "htcds.sex-exploitation-type",
  name: "Type of sexual exploitation",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_TypeOfSexExploitation",
  htcdsField: "vic_TypeOfSexExploitation",
  codes: SEX_EXPLOITATION_TYPES,
  extensible: false,
  meta: {
    Prostitution: {
      label: "Prostitution",
      definition: "Exploitation of the victim in selling sex to clients in person.",
    },
    Pornography: {
      label: "Pornography",
      definition: "Making the victim take part in the production of sexual images or videos.",
    },
    RemoteInteractiveServices: {
      label: "Remote Interactive Services",
      definition: "Sexual performances for remote clients in real time, for example by webcam or video call.",
    },
    PrivateSexualServices: {
      label: "Private Sexual Services",
      definition:
        "Sexual services to particular individuals in private rather than to clients of a commercial sex trade " +
        "(HTCDS gives no definition; this reading is tipx's).",
    },
  },
});

/**
 * Zod schema of an HTCDS type of sexual exploitation.
 *
 * @example
 * ```ts
 * import { SexExploitationType } from "@tipx/schema";
 * SexExploitationType.parse("Prostitution"); // "Prostitution"
 * SexExploitationType.safeParse("Webcam").success; // false
 * ```
 */
export const SexExploitationType = z.enum(SEX_EXPLOITATION_TYPES);
/** An HTCDS 2.0 type of sexual exploitation, such as `"RemoteInteractiveServices"`. */
export type SexExploitationType = z.infer<typeof SexExploitationType>;

/**
 * The vulnerabilities of the deprecated HTCDS field `vic_Vulnerabilities`, spelt and ordered as in the
 * standard; kept so that older data still converts.
 *
 * @example
 * ```ts
 * import { VULNERABILITIES } from "@tipx/schema";
 * VULNERABILITIES.includes("Poverty"); // true
 * ```
 */
export const VULNERABILITIES = HTCDS_VIC_VULNERABILITIES;

// HTCDS 2.0 deprecated the whole field, not single values, and names no replacement code: risks and
// vulnerabilities are now assessed through its Assessment and Planning sections.
/* @__NO_SIDE_EFFECTS__ */
function _deprecated(label: string, what: string): CodeMeta {
  return {
    label,
    status: "deprecated",
    definition: `${what} Deprecated: HTCDS 2.0 deprecated the vic_Vulnerabilities field in favour of its Assessment and Planning sections.`,
  };
}

/**
 * The picklist of the HTCDS field `vic_Vulnerabilities`, which HTCDS 2.0 deprecated: every code is
 * `deprecated`, with no replacement code.
 *
 * @example
 * ```ts
 * import { vulnerabilities } from "@tipx/schema";
 * vulnerabilities.meta.Poverty.status; // "deprecated"
 * ```
 */
export const vulnerabilities = defineCodeList({
  id: "htcds.vulnerability",
  name: "Vulnerabilities",
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_Vulnerabilities, a field DEPRECATED in HTCDS 2.0 in favour of the " +
    "Assessment and Planning sections",
  htcdsField: "vic_Vulnerabilities",
  codes: VULNERABILITIES,
  extensible: false,
  meta: {
    Addiction: _deprecated("Addiction", "Dependence on drugs, alcohol or gambling."),
    SocialGroup: _deprecated("Social Group", "Belonging to a marginalised social group."),
    Discrimination: _deprecated("Discrimination", "Discrimination faced by the person."),
    Poverty: _deprecated("Poverty", "Poverty of the person or household."),
    DisabilityAndPhysicalHealth: _deprecated(
      "Disability and physical health",
      "A disability or physical health condition.",
    ),
    MentalHealth: _deprecated("Mental health", "A mental health condition."),
    Migration: _deprecated("Migration", "Being a migrant, especially irregular."),
    Homelessness: _deprecated("Homelessness", "Having no stable home."),
    AbuseSocialMedia: _deprecated("Abuse - social media", "Abuse suffered through social media."),
    AbusePhysical: _deprecated("Abuse - physical", "Physical abuse suffered before."),
    Education: _deprecated("Education", "Little or no schooling."),
    WorkEnvironment: _deprecated("Work environment", "A risky or unregulated workplace."),
  },
});

/**
 * Zod schema of a vulnerability from the deprecated HTCDS field `vic_Vulnerabilities`.
 *
 * @example
 * ```ts
 * import { Vulnerability } from "@tipx/schema";
 * Vulnerability.parse("Poverty"); // "Poverty"
 * Vulnerability.safeParse("Poor").success; // false
 * ```
 */
export const Vulnerability = z.enum(VULNERABILITIES);
/** A vulnerability from the deprecated HTCDS field `vic_Vulnerabilities`, such as `"Poverty"`. */
export type Vulnerability = z.infer<typeof Vulnerability>;
