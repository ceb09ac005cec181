import type { MethodOfControl, RecruitmentMethod, VictimContext } from "@tipx/schema";
import type { CrosswalkItem, CrosswalkRow, UnmappedCode } from "./crosswalk-row";

// HTCDS 2.0 methods of control and of recruitment to framework items (the types of exploitation are in
// htcds-exploitation.ts; the events and roles of the route in route.ts). Each row is our reading of the
// code's definition (the tipx code lists in @tipx/schema, which follow the HTCDS ODS picklists) against
// the item's definition in the framework files; `../shared/reference/ctdc/htcds_ctdc_mapping.csv` was
// read as a draft only. A code is "direct" for an item when every record with the code shows the item,
// "partial" when only some do.

/**
 * HTCDS 2.0 methods of control (`vic_MethodsOfControl`) to ILO indicators (2012), ICLS 2018 elements of
 * coercion and involuntariness, Palermo Protocol means (and a purpose, for debt bondage) and, for a
 * child, a worst form of child labour. Codes that map to nothing in some framework are in
 * `METHODS_OF_CONTROL_UNMAPPED`.
 *
 * @see IOM HTCDS 2.0 (24 Dec 2021), picklist vic_MethodsOfControl
 * @example
 * ```ts
 * import { METHODS_OF_CONTROL_CROSSWALK } from "@tipx/indicators";
 * METHODS_OF_CONTROL_CROSSWALK.filter((row) => row.code === "WithholdsDocuments").map((row) => row.item);
 * // ["ilo-fl-2012/retention-of-identity-documents", "icls-2018/withholding-of-documents", "palermo/other-coercion"]
 * ```
 */
export const METHODS_OF_CONTROL_CROSSWALK = [
  // PhysicalThreats
  {
    code: "PhysicalThreats",
    item: "ilo-fl-2012/intimidation-and-threats",
    strength: "direct",
    why: "A threat to harm the person or someone close to them is the intimidation this indicator names.",
  },
  {
    code: "PhysicalThreats",
    item: "icls-2018/threats-or-violence",
    strength: "direct",
    why: "Threats of harm against the worker or their family are the first element of coercion the ICLS lists.",
  },
  {
    code: "PhysicalThreats",
    item: "palermo/threat-or-use-of-force",
    strength: "direct",
    why: "A threat of physical harm is a threat of force.",
  },
  // ThreatsLawEnforcement
  {
    code: "ThreatsLawEnforcement",
    item: "ilo-fl-2012/intimidation-and-threats",
    strength: "direct",
    why: "A threat to report the person to the police or immigration is one of the threats the indicator names.",
  },
  {
    code: "ThreatsLawEnforcement",
    item: "ilo-fl-2012/abuse-of-vulnerability",
    strength: "partial",
    why: "For a migrant in an irregular situation the threat uses that status against them, but the code does not say the person's status was irregular.",
  },
  {
    code: "ThreatsLawEnforcement",
    item: "icls-2018/threats-or-violence",
    strength: "direct",
    why: "A threat to bring the authorities down on the worker is a threat of a penalty against them.",
  },
  {
    code: "ThreatsLawEnforcement",
    item: "icls-2018/abuse-of-vulnerability",
    strength: "partial",
    why: "When the authority is immigration this is the threat of deportation the ICLS lists under abuse of vulnerability, but the code does not say which authority.",
  },
  {
    code: "ThreatsLawEnforcement",
    item: "palermo/other-coercion",
    strength: "direct",
    why: "A threat to report the person to the authorities is coercion without force, the example the item itself gives.",
  },
  // ThreatensChildrenFamily
  {
    code: "ThreatensChildrenFamily",
    item: "ilo-fl-2012/intimidation-and-threats",
    strength: "direct",
    why: "Threats against the person's children or family, including keeping a parent from their children, are intimidation of the person.",
  },
  {
    code: "ThreatensChildrenFamily",
    item: "icls-2018/threats-or-violence",
    strength: "direct",
    why: "The ICLS element covers threats against the worker's family, relatives or close associates.",
  },
  {
    code: "ThreatensChildrenFamily",
    item: "palermo/other-coercion",
    strength: "direct",
    why: "Threatening the family, or using access to the children, to make the person comply is coercion.",
  },
  {
    code: "ThreatensChildrenFamily",
    item: "palermo/threat-or-use-of-force",
    strength: "partial",
    why: "It is a threat of force only when the family was threatened with violence, which the code does not say.",
  },
  // DebtBondage
  {
    code: "DebtBondage",
    item: "ilo-fl-2012/debt-bondage",
    strength: "direct",
    why: "The code is this indicator: work to pay off a debt whose amount and terms the person does not control.",
  },
  {
    code: "DebtBondage",
    item: "icls-2018/debt-bondage",
    strength: "direct",
    why: "Debt bondage or manipulation of debt is an element of coercion in the ICLS list.",
  },
  {
    code: "DebtBondage",
    item: "icls-2018/unfree-recruitment",
    strength: "partial",
    why: "Bonded labour entered through a debt at recruitment is unfree recruitment, but the code does not say when the debt arose.",
  },
  {
    code: "DebtBondage",
    item: "palermo/other-coercion",
    strength: "direct",
    why: "A debt worked off under terms the person cannot control is used to keep them working, which is coercion.",
  },
  {
    code: "DebtBondage",
    item: "palermo/slavery-or-similar-practices",
    strength: "direct",
    why: "Debt bondage is a practice similar to slavery under the 1956 Supplementary Convention, art. 1(a), so it is also the purpose.",
  },
  {
    code: "DebtBondage",
    item: "child-labour/worst-form-slavery",
    strength: "direct",
    why: "C182 art. 3(a) names debt bondage of a child as a worst form of child labour.",
    childOnly: true,
  },
  // FalsePromises
  {
    code: "FalsePromises",
    item: "ilo-fl-2012/deception",
    strength: "direct",
    why: "A false promise about the job, the pay or the conditions is the deception this indicator names.",
  },
  {
    code: "FalsePromises",
    item: "icls-2018/different-job",
    strength: "partial",
    why: "The work is involuntary when the job turned out different from the one promised, but the false promise may have been about the pay or the conditions instead.",
  },
  {
    code: "FalsePromises",
    item: "palermo/deception",
    strength: "direct",
    why: "A false promise about the job, the pay or the conditions is deception.",
  },
  // PhysicalAbuse
  {
    code: "PhysicalAbuse",
    item: "ilo-fl-2012/physical-and-sexual-violence",
    strength: "direct",
    why: "Hurting the person physically is the physical violence this indicator names.",
  },
  {
    code: "PhysicalAbuse",
    item: "icls-2018/threats-or-violence",
    strength: "direct",
    why: "Physical abuse is violence against the worker.",
  },
  {
    code: "PhysicalAbuse",
    item: "palermo/threat-or-use-of-force",
    strength: "direct",
    why: "Physical abuse is use of force.",
  },
  // SexualAbuse
  {
    code: "SexualAbuse",
    item: "ilo-fl-2012/physical-and-sexual-violence",
    strength: "direct",
    why: "Sexual abuse used to control the person is the sexual violence this indicator names.",
  },
  {
    code: "SexualAbuse",
    item: "icls-2018/threats-or-violence",
    strength: "direct",
    why: "Sexual abuse is violence against the worker.",
  },
  {
    code: "SexualAbuse",
    item: "palermo/threat-or-use-of-force",
    strength: "direct",
    why: "Sexual violence used to control the person is use of force: a means here, not the purpose of sexual exploitation.",
  },
  // TakesEarnings
  {
    code: "TakesEarnings",
    item: "ilo-fl-2012/withholding-of-wages",
    strength: "direct",
    why: "Taking the person's pay or earnings keeps their wages from them.",
  },
  {
    code: "TakesEarnings",
    item: "icls-2018/withholding-of-wages",
    strength: "direct",
    why: "Taking the worker's earnings is withholding of wages, an element of coercion in the ICLS list.",
  },
  {
    code: "TakesEarnings",
    item: "icls-2018/very-low-or-no-wages",
    strength: "partial",
    why: "When the exploiter takes all the earnings the person works for nothing, but the code does not say how much was taken.",
  },
  {
    code: "TakesEarnings",
    item: "palermo/other-coercion",
    strength: "partial",
    why: "Keeping the earnings can be used to stop the person leaving, but it may be the profit of the exploitation rather than a means.",
  },
  // RestrictsFinancialAccess
  {
    code: "RestrictsFinancialAccess",
    item: "ilo-fl-2012/withholding-of-wages",
    strength: "partial",
    why: "Pay put in an account or on a card the person cannot use is withheld, but the code also covers the person's other money.",
  },
  {
    code: "RestrictsFinancialAccess",
    item: "icls-2018/withholding-of-wages",
    strength: "partial",
    why: "Blocking the worker's access to their pay withholds it, but the code also covers the person's other money.",
  },
  {
    code: "RestrictsFinancialAccess",
    item: "palermo/other-coercion",
    strength: "partial",
    why: "Cutting a person off from money keeps them dependent, which is coercion when it is used to make them comply, as the code does not say.",
  },
  // RestrictsMedicalCare
  {
    code: "RestrictsMedicalCare",
    item: "ilo-fl-2012/abusive-working-and-living-conditions",
    strength: "direct",
    why: "Being refused or kept from medical care is one of the abusive conditions this indicator covers.",
  },
  {
    code: "RestrictsMedicalCare",
    item: "icls-2018/degrading-living-conditions",
    strength: "partial",
    why: "Denied health care can be part of degrading living conditions imposed by the employer, but the ICLS item is about living conditions as a whole.",
  },
  {
    code: "RestrictsMedicalCare",
    item: "palermo/other-coercion",
    strength: "partial",
    why: "Controlling a person's access to care can make them comply, but the code does not say it was used for that.",
  },
  // WithholdsNecessities
  {
    code: "WithholdsNecessities",
    item: "ilo-fl-2012/abusive-working-and-living-conditions",
    strength: "direct",
    why: "Being denied food, water, shelter or hygiene makes the living conditions abusive.",
  },
  {
    code: "WithholdsNecessities",
    item: "icls-2018/degrading-living-conditions",
    strength: "direct",
    why: "Necessities denied by the exploiter are degrading living conditions imposed on the worker.",
  },
  {
    code: "WithholdsNecessities",
    item: "palermo/other-coercion",
    strength: "direct",
    why: "Denying, or threatening to deny, food, water or shelter to control a person is coercion.",
  },
  // PsychologicalAbuse
  {
    code: "PsychologicalAbuse",
    item: "ilo-fl-2012/intimidation-and-threats",
    strength: "partial",
    why: "Humiliation and verbal abuse can be intimidation, but the code also covers manipulation and emotional ties, which are not.",
  },
  {
    code: "PsychologicalAbuse",
    item: "icls-2018/threats-or-violence",
    strength: "partial",
    why: "Verbal and psychological abuse can be threats or violence against the worker, but the code is wider.",
  },
  {
    code: "PsychologicalAbuse",
    item: "palermo/other-coercion",
    strength: "partial",
    why: "Psychological abuse is coercion when it leaves the person no real choice, which the code alone does not show.",
  },
  {
    code: "PsychologicalAbuse",
    item: "palermo/abuse-of-vulnerability",
    strength: "partial",
    why: "Exploiting emotional or romantic ties can be abuse of a position of vulnerability, one case of the code among others.",
  },
  // PsychoactiveSubstance
  {
    code: "PsychoactiveSubstance",
    item: "ilo-fl-2012/physical-and-sexual-violence",
    strength: "partial",
    why: "Forced drug use falls under this indicator, but the code also covers exploiting an addiction the person already had.",
  },
  {
    code: "PsychoactiveSubstance",
    item: "ilo-fl-2012/abuse-of-vulnerability",
    strength: "partial",
    why: "Exploiting an existing addiction is abuse of vulnerability, but the code also covers drugs forced on the person.",
  },
  {
    code: "PsychoactiveSubstance",
    item: "icls-2018/abuse-of-vulnerability",
    strength: "partial",
    why: "Exploiting an existing addiction is abuse of the worker's vulnerability, one case of the code among others.",
  },
  {
    code: "PsychoactiveSubstance",
    item: "palermo/abuse-of-vulnerability",
    strength: "partial",
    why: "An addiction is a position of vulnerability and exploiting it is a means, but the code does not say which of its cases happened.",
  },
  {
    code: "PsychoactiveSubstance",
    item: "palermo/threat-or-use-of-force",
    strength: "partial",
    why: "Drugs given by force are use of force; drugs supplied to a willing user are not.",
  },
  // ExcessiveWorkingHours
  {
    code: "ExcessiveWorkingHours",
    item: "ilo-fl-2012/excessive-overtime",
    strength: "direct",
    why: "Work far longer than agreed or promised is the excessive overtime this indicator names.",
  },
  {
    code: "ExcessiveWorkingHours",
    item: "icls-2018/abusive-overtime",
    strength: "direct",
    why: "Work far longer than agreed is overtime not agreed with the employer, a circumstance of involuntary work.",
  },
  // WithholdsDocuments
  {
    code: "WithholdsDocuments",
    item: "ilo-fl-2012/retention-of-identity-documents",
    strength: "direct",
    why: "The code is this indicator: the exploiter keeps the person's passport or identity papers.",
  },
  {
    code: "WithholdsDocuments",
    item: "icls-2018/withholding-of-documents",
    strength: "direct",
    why: "Withholding identity documents or permits is an element of coercion in the ICLS list.",
  },
  {
    code: "WithholdsDocuments",
    item: "palermo/other-coercion",
    strength: "direct",
    why: "Keeping a person's identity papers as a means of control stops them leaving or seeking help, which is coercion.",
  },
] as const satisfies readonly CrosswalkRow<MethodOfControl>[];

/**
 * The HTCDS methods of control that map to nothing in some of the ILO (2012), ICLS 2018 and Palermo
 * frameworks, and why.
 *
 * @example
 * ```ts
 * import { METHODS_OF_CONTROL_UNMAPPED } from "@tipx/indicators";
 * METHODS_OF_CONTROL_UNMAPPED.map((entry) => entry.code); // ["ExcessiveWorkingHours", "Other"]
 * ```
 */
export const METHODS_OF_CONTROL_UNMAPPED = [
  {
    code: "ExcessiveWorkingHours",
    frameworks: ["palermo"],
    why: "Long hours are a condition of the exploitation, not an act, a means or a purpose; on their own they do not show forced labour.",
  },
  {
    code: "Other",
    frameworks: ["ilo-fl-2012", "icls-2018", "palermo"],
    why: "The code says only that some other means of control was used, such as restricting movement, which this HTCDS picklist lacks; which one is free text.",
  },
] as const satisfies readonly UnmappedCode<MethodOfControl>[];

/**
 * The framework items no HTCDS 2.0 method of control shows, and why: a record cannot answer them, so an
 * interview must.
 *
 * @example
 * ```ts
 * import { ITEMS_WITHOUT_HTCDS_CODE } from "@tipx/indicators";
 * ITEMS_WITHOUT_HTCDS_CODE.some((entry) => entry.item === "ilo-fl-2012/restriction-of-movement"); // true
 * ```
 */
export const ITEMS_WITHOUT_HTCDS_CODE = [
  {
    item: "ilo-fl-2012/restriction-of-movement",
    why: "The HTCDS 2.0 picklist has no RestrictsMovement, though its field definitions and CTDC have one; such records say Other.",
  },
  {
    item: "icls-2018/restriction-of-movement",
    why: "The HTCDS 2.0 picklist has no RestrictsMovement, though its field definitions and CTDC have one; such records say Other.",
  },
  {
    item: "ilo-fl-2012/isolation",
    why: "No HTCDS code says the person was cut off from others; CTDC folds isolation into its restricts-movement flag.",
  },
  {
    item: "palermo/fraud",
    why: "FalsePromises is deception; no code says the person was cheated of money, documents or rights.",
  },
  {
    item: "palermo/abuse-of-power",
    why: "No code says that someone used authority over the person.",
  },
] as const satisfies readonly { readonly item: CrosswalkItem; readonly why: string }[];

/**
 * HTCDS 2.0 methods of recruitment (`vic_MethodOfRecruitment`) to the Palermo act of recruitment. The
 * codes are channels (a workplace, an online advertisement, family): none names a means, so none maps
 * to deception or another means.
 *
 * @see IOM HTCDS 2.0 (24 Dec 2021), picklist vic_MethodOfRecruitment
 * @example
 * ```ts
 * import { RECRUITMENT_METHODS_CROSSWALK } from "@tipx/indicators";
 * RECRUITMENT_METHODS_CROSSWALK.every((row) => row.item === "palermo/recruitment"); // true
 * ```
 */
export const RECRUITMENT_METHODS_CROSSWALK = [
  {
    code: "AtAPlaceOfBusiness",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says where the person was recruited, so a recruitment took place.",
  },
  {
    code: "AtAnEducationalInstitution",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says where the person was recruited, so a recruitment took place.",
  },
  {
    code: "AtWork",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says where the person was recruited, so a recruitment took place.",
  },
  {
    code: "ThroughOnlineSocialNetworks",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says how the person was recruited, so a recruitment took place.",
  },
  {
    code: "ThroughAnOnlineAdvertisement",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says how the person was recruited; the advertisement is a channel, and the code does not say it was false.",
  },
  {
    code: "ThroughATelevisionAdvert",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says how the person was recruited, so a recruitment took place.",
  },
  {
    code: "ThroughANewspaperAdvert",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says how the person was recruited, so a recruitment took place.",
  },
  {
    code: "ThroughFamilyOrFamilyEvents",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says how the person was recruited; that family was involved shows no means by itself.",
  },
  {
    code: "ThroughFriendsOrSocialEvents",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says how the person was recruited, so a recruitment took place.",
  },
  {
    code: "Other",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says the person was recruited in another way, so a recruitment took place.",
  },
] as const satisfies readonly CrosswalkRow<RecruitmentMethod>[];

/**
 * The recruitment fields of the HTCDS victim context besides the method (`vic_LocationOfRecruitment`,
 * `vic_RecruitmentWebsitesAndApps`), when filled in, to the Palermo act of recruitment.
 *
 * @example
 * ```ts
 * import { RECRUITMENT_FIELDS_CROSSWALK } from "@tipx/indicators";
 * RECRUITMENT_FIELDS_CROSSWALK.map((row) => row.code); // ["recruitmentPlace", "recruitmentWebsitesAndApps"]
 * ```
 */
export const RECRUITMENT_FIELDS_CROSSWALK = [
  {
    code: "recruitmentPlace",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record says where the person was recruited, so a recruitment took place.",
  },
  {
    code: "recruitmentWebsitesAndApps",
    item: "palermo/recruitment",
    strength: "direct",
    why: "The record names the platforms the person was recruited through, so a recruitment took place.",
  },
] as const satisfies readonly CrosswalkRow<keyof VictimContext>[];
