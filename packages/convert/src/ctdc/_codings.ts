// How HTCDS and tipx codes become CTDC variables, after ../shared/reference/ctdc/htcds_ctdc_mapping.csv
// (our own cross-walk, not an official IOM mapping). Read in both directions: a CTDC value is read back
// into a model field only where the mapping is one to one; the rest is kept in the case's extensions.
import type { ExploitationType, Gender, MethodOfControl, PerpetratorRelationship } from "@tipx/schema";

/** CTDC 2017 `gender` of each HTCDS gender. */
export const _GENDER_2017: { readonly [G in Gender]: string } = {
  Feminine: "Female",
  Masculine: "Male",
  TransgenderFeminine: "Transgender/NonConforming",
  TransgenderMasculine: "Transgender/NonConforming",
  NonConforming: "Transgender/NonConforming",
  NonSpecifiedUnknown: "Unknown",
};

/** CTDC 2024 `gender` of each HTCDS gender (2024 has no unknown: NULL). */
export const _GENDER_2024: { readonly [G in Gender]: string | undefined } = {
  Feminine: "Woman",
  Masculine: "Man",
  TransgenderFeminine: "Trans/Transgender/NonConforming",
  TransgenderMasculine: "Trans/Transgender/NonConforming",
  NonConforming: "Trans/Transgender/NonConforming",
  NonSpecifiedUnknown: undefined,
};

/** The HTCDS gender a CTDC gender is read as (both codings). */
export const _GENDER_READ: Readonly<Record<string, Gender>> = {
  Female: "Feminine",
  Male: "Masculine",
  "Transgender/NonConforming": "NonConforming",
  Unknown: "NonSpecifiedUnknown",
  Woman: "Feminine",
  Man: "Masculine",
  "Trans/Transgender/NonConforming": "NonConforming",
};

/** The 2017 `meansOfControl…` flag of each HTCDS method of control. */
export const _MEANS_2017: { readonly [M in MethodOfControl]: string } = {
  DebtBondage: "meansOfControlDebtBondage",
  TakesEarnings: "meansOfControlTakesEarnings",
  RestrictsFinancialAccess: "meansOfControlRestrictsFinancialAccess",
  PhysicalThreats: "meansOfControlThreats",
  ThreatsLawEnforcement: "meansOfControlThreatOfLawEnforcement",
  ThreatensChildrenFamily: "meansOfControlUsesChildren",
  PsychologicalAbuse: "meansOfControlPsychologicalAbuse",
  PhysicalAbuse: "meansOfControlPhysicalAbuse",
  SexualAbuse: "meansOfControlSexualAbuse",
  FalsePromises: "meansOfControlFalsePromises",
  PsychoactiveSubstance: "meansOfControlPsychoactiveSubstances",
  RestrictsMedicalCare: "meansOfControlRestrictsMedicalCare",
  WithholdsNecessities: "meansOfControlWithholdsNecessities",
  ExcessiveWorkingHours: "meansOfControlExcessiveWorkingHours",
  WithholdsDocuments: "meansOfControlWithholdsDocuments",
  Other: "meansOfControlOther",
};

/** The 2024 merged `means…` flag of each HTCDS method of control (`Other` has none). */
export const _MEANS_2024: { readonly [M in MethodOfControl]: string | undefined } = {
  DebtBondage: "meansDebtBondageEarnings",
  TakesEarnings: "meansDebtBondageEarnings",
  RestrictsFinancialAccess: "meansDenyBasicNeeds",
  PhysicalThreats: "meansThreats",
  ThreatsLawEnforcement: "meansThreats",
  ThreatensChildrenFamily: "meansThreats",
  PsychologicalAbuse: "meansAbusePsyPhySex",
  PhysicalAbuse: "meansAbusePsyPhySex",
  SexualAbuse: "meansAbusePsyPhySex",
  FalsePromises: "meansFalsePromises",
  PsychoactiveSubstance: "meansDrugsAlcohol",
  RestrictsMedicalCare: "meansDenyBasicNeeds",
  WithholdsNecessities: "meansDenyBasicNeeds",
  ExcessiveWorkingHours: "meansExcessiveWorkHours",
  WithholdsDocuments: "meansWithholdDocs",
  Other: undefined,
};

/** The `is…` flags of each exploitation type, per codebook. */
export const _EXPLOIT: { readonly [E in ExploitationType]: { readonly 2017: string; readonly 2024: string } } = {
  ForcedLabour: { 2017: "isForcedLabour", 2024: "isForcedLabour" },
  ForcedCriminality: { 2017: "isForcedLabour", 2024: "isForcedLabour" },
  ForcedBegging: { 2017: "isForcedLabour", 2024: "isForcedLabour" },
  SexualExploitation: { 2017: "isSexualExploit", 2024: "isSexualExploit" },
  ForcedMarriage: { 2017: "isForcedMarriage", 2024: "isOtherExploit" },
  ForcedMilitaryByNonStateActors: { 2017: "isForcedMilitary", 2024: "isOtherExploit" },
  OrganRemoval: { 2017: "isOrganRemoval", 2024: "isOtherExploit" },
  ChildLabour: { 2017: "isOtherExploit", 2024: "isOtherExploit" },
  Servitude: { 2017: "isOtherExploit", 2024: "isOtherExploit" },
  ForcedAdoption: { 2017: "isOtherExploit", 2024: "isOtherExploit" },
  Surrogacy: { 2017: "isOtherExploit", 2024: "isOtherExploit" },
  Other: { 2017: "isOtherExploit", 2024: "isOtherExploit" },
};

/** The `recruiterRelation…` flag of each relationship to a perpetrator. */
export const _RELATION: { readonly [R in PerpetratorRelationship]: string } = {
  Familial: "recruiterRelationFamily",
  Acquainted: "recruiterRelationFriend",
  Unaquainted: "recruiterRelationOther",
  IntimatePartner: "recruiterRelationIntimatePartner",
  Other: "recruiterRelationOther",
};

/** The `typeOfLabour…` flag of each ISIC section (sections without one go to `typeOfLabourOther`). */
export const _LABOUR_SECTION: Readonly<Record<string, string>> = {
  B: "typeOfLabourMiningOrDrilling",
  C: "typeOfLabourManufacturing",
  F: "typeOfLabourConstruction",
  H: "typeOfLabourTransportation",
  I: "typeOfLabourHospitality",
  T: "typeOfLabourDomesticWork",
};

/** ISIC divisions CTDC separates within section A: 01 is Agriculture, 03 Aquafarming (02, forestry, is Other). */
export const _LABOUR_DIVISION: Readonly<Record<string, string>> = {
  "01": "typeOfLabourAgriculture",
  "03": "typeOfLabourAquafarming",
};

/** The `typeOfSex…` flag of each form of sexual exploitation. */
export const _SEX: Readonly<Record<string, string>> = {
  Prostitution: "typeOfSexProstitution",
  Pornography: "typeOfSexPornography",
  RemoteInteractiveServices: "typeOfSexRemoteInteractiveServices",
  PrivateSexualServices: "typeOfSexPrivateSexualServices",
};

/** The labels the 2017 `…Concatenated` columns join, by the flag each stands for. */
export const _CONCATENATED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  meansOfControlConcatenated: {
    meansOfControlDebtBondage: "Debt bondage",
    meansOfControlTakesEarnings: "Takes/Withholds Earnings",
    meansOfControlRestrictsFinancialAccess: "Restricts access to finances",
    meansOfControlThreats: "Threats to individual or others",
    meansOfControlPsychologicalAbuse: "Psychological abuse",
    meansOfControlPhysicalAbuse: "Physical abuse",
    meansOfControlSexualAbuse: "Sexual abuse",
    meansOfControlFalsePromises: "False promises/deception",
    meansOfControlPsychoactiveSubstances: "Use of psychoactive substances",
    meansOfControlRestrictsMovement: "Denied freedom of movement/kept in isolation",
    meansOfControlRestrictsMedicalCare: "Limits/restricts medical services",
    meansOfControlExcessiveWorkingHours: "Excessive working hours",
    meansOfControlUsesChildren: "Restricts access to/manipulates children",
    meansOfControlThreatOfLawEnforcement: "Threat of action by law enforcement",
    meansOfControlWithholdsNecessities: "Withholds/denies basic necessities",
    meansOfControlWithholdsDocuments: "Withholds/Destroys Important Documents",
    meansOfControlOther: "Other",
    meansOfControlNotSpecified: "Not Specified",
  },
  typeOfExploitConcatenated: {
    isForcedLabour: "Forced labour and/or services",
    isSexualExploit: "Sexual exploitation",
    isOtherExploit: "Other",
  },
  typeOfLabourConcatenated: {
    typeOfLabourAgriculture: "Agriculture/Farms/Animal Husbandry",
    typeOfLabourAquafarming: "Aquafarming/Fishing",
    typeOfLabourBegging: "Begging",
    typeOfLabourConstruction: "Construction",
    typeOfLabourDomesticWork: "Domestic Work",
    typeOfLabourHospitality: "Hospitality/Restaurant/Food Service/Hotel",
    typeOfLabourIllicitActivities: "Illicit Activities",
    typeOfLabourManufacturing: "Manufacturing/Factory work",
    typeOfLabourMiningOrDrilling: "Mining, Quarrying, Oil/Gas Extraction",
    typeOfLabourPeddling: "Peddling/informal street commerce",
    typeOfLabourTransportation: "Transportation",
    typeOfLabourOther: "Other",
    typeOfLabourNotSpecified: "Not Specified",
  },
  typeOfSexConcatenated: {
    typeOfSexProstitution: "Prostitution",
    typeOfSexPornography: "Pornography",
    typeOfSexRemoteInteractiveServices: "Remote interactive services",
    typeOfSexPrivateSexualServices: "Private sexual services",
  },
  RecruiterRelationship: {
    recruiterRelationIntimatePartner: "Intimate Partner",
    recruiterRelationFriend: "Friend/Acquaintance",
    recruiterRelationFamily: "Family/Relative",
    recruiterRelationOther: "Other",
    recruiterRelationUnknown: "Not Specified",
  },
};
