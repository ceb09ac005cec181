import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The 21 sections of ISIC Rev.4 (the UN International Standard Industrial Classification of All
 * Economic Activities), `"A"` to `"U"`.
 *
 * @example
 * ```ts
 * import { ISIC_SECTIONS } from "@tipx/schema";
 * ISIC_SECTIONS.length; // 21
 * ```
 */
export const ISIC_SECTIONS = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
  "U",
] as const;

/**
 * The ISIC Rev.4 sections as a code list, with the section titles in English, Thai (as in TSIC 2009,
 * Thailand's adaptation of ISIC Rev.4) and Spanish (as in CIIU Rev.4). Each section has as its alias
 * the HTCDS 2.0 `vic_ForcedLabourIndustry` value for it (`A_AgricultureForestryAndFishing` for `A`), so
 * that a converter can map HTCDS data onto the section with `codeForAlias`.
 *
 * @example
 * ```ts
 * import { codeForAlias, codeLabel, isicSections } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(isicSections, "F", es); // "Construcción"
 * codeForAlias(isicSections, "F_Construction"); // "F"
 * ```
 * @see https://unstats.un.org/unsd/classifications/Econ/isic
 */
export const isicSections = defineCodeList({
  id: "isic4.section",
  name: "ISIC Rev.4 section",
  source: "UN ISIC Rev.4 (2008), sections A–U",
  codes: ISIC_SECTIONS,
  extensible: false,
  meta: {
    A: {
      label: "Agriculture, forestry and fishing",
      definition: "Growing crops, raising animals, logging, fishing and aquaculture.",
      aliases: ["A_AgricultureForestryAndFishing"],
    },
    B: {
      label: "Mining and quarrying",
      definition:
        "Extracting minerals that occur naturally as solids, liquids or gases: coal, ores, crude oil, gas, stone, sand and gems.",
      aliases: ["B_MiningAndQuarrying"],
    },
    C: {
      label: "Manufacturing",
      definition: "Transforming materials or components into new products, in factories or at home.",
      aliases: ["C_Manufacturing"],
    },
    D: {
      label: "Electricity, gas, steam and air conditioning supply",
      aliases: ["D_ElectricityGasSteamAndAirConditioningSupply"],
    },
    E: {
      label: "Water supply; sewerage, waste management and remediation activities",
      definition: "Includes collecting, sorting and recycling waste, work often done informally.",
      aliases: ["E_WaterSupplySewerageWasteManagement"],
    },
    F: {
      label: "Construction",
      aliases: ["F_Construction"],
    },
    G: {
      label: "Wholesale and retail trade; repair of motor vehicles and motorcycles",
      aliases: ["G_WholesaleAndRetailTradeRepairOfMotorVehicles"],
    },
    H: {
      label: "Transportation and storage",
      aliases: ["H_TransportationAndStorage"],
    },
    I: {
      label: "Accommodation and food service activities",
      definition: "Hotels and other lodging, restaurants, food stalls and bars.",
      aliases: ["I_AccommodationAndFoodServiceActivities"],
    },
    J: {
      label: "Information and communication",
      aliases: ["J_InformationAndCommunication"],
    },
    K: {
      label: "Financial and insurance activities",
      aliases: ["K_FinancialAndInsuranceActivities"],
    },
    L: {
      label: "Real estate activities",
      aliases: ["L_RealEstateActivities"],
    },
    M: {
      label: "Professional, scientific and technical activities",
      aliases: ["M_ProfessionalScientificAndTechnicalActivities"],
    },
    N: {
      label: "Administrative and support service activities",
      definition:
        "Includes employment and recruitment agencies, cleaning of buildings, security services and travel agencies.",
      aliases: ["N_AdministrativeAndSupportServiceActivities"],
    },
    O: {
      label: "Public administration and defence; compulsory social security",
      aliases: ["O_PublicAdministrationAndDefence"],
    },
    P: {
      label: "Education",
      aliases: ["P_Education"],
    },
    Q: {
      label: "Human health and social work activities",
      aliases: ["Q_HumanHealthAndSocialWorkActivities"],
    },
    R: {
      label: "Arts, entertainment and recreation",
      definition: "Includes performing arts, gambling and betting, sports and amusement.",
      aliases: ["R_ArtsEntertainmentAndRecreation"],
    },
    S: {
      label: "Other service activities",
      definition: "Includes repair of household goods, laundries, hairdressing, beauty treatment and massage.",
      aliases: ["S_OtherServiceActivities"],
    },
    T: {
      label:
        "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use",
      definition: "Households employing domestic workers such as maids, cooks, nannies, gardeners and drivers.",
      aliases: ["T_ActivitiesOfHouseholdsAsEmployers"],
    },
    U: {
      label: "Activities of extraterritorial organizations and bodies",
      definition: "International organisations and diplomatic missions.",
      aliases: ["U_ActivitiesOfExtraterritorialOrganizations"],
    },
  },
});

/**
 * Zod schema of an ISIC Rev.4 section letter.
 *
 * @example
 * ```ts
 * import { IsicSection } from "@tipx/schema";
 * IsicSection.parse("C"); // "C"
 * IsicSection.safeParse("c").success; // false
 * ```
 */
export const IsicSection = z.enum(ISIC_SECTIONS);
/** An ISIC Rev.4 section letter, `"A"` to `"U"`. */
export type IsicSection = z.infer<typeof IsicSection>;

/**
 * The 48 optional industry subdivisions HTCDS 2.0 offers under `vic_ForcedLabourIndustry` (40 tier-2,
 * 8 tier-3), in the standard's order. Each code is the ISIC Rev.4 division (2 digits) or group
 * (3 digits) the subdivision is. Where HTCDS puts several ISIC codes under one label, the code is
 * made up as `HTCDS-<section>-<ISIC codes covered>`, for example `"HTCDS-I-561-562"`; these codes
 * are tipx's and never change.
 *
 * @example
 * ```ts
 * import { INDUSTRY_SUBDIVISIONS } from "@tipx/schema";
 * INDUSTRY_SUBDIVISIONS.includes("03"); // true (Fishing and aquaculture)
 * ```
 */
export const INDUSTRY_SUBDIVISIONS = [
  // Tier 2, section A
  "01",
  "02",
  "03",
  // Tier 2, section C
  "10",
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "20",
  "21",
  "22",
  "23",
  "24",
  "25",
  "26",
  "27",
  "28",
  "29",
  "30",
  "31",
  "32",
  "33",
  // Tier 2, section H
  "49",
  "50",
  "51",
  "52",
  "53",
  // Tier 2, section I
  "55",
  "HTCDS-I-561-562",
  "563",
  // Tier 2, section N (HTCDS leaves out division 80, security and investigation)
  "77",
  "78",
  "79",
  "81",
  "82",
  // Tier 3 under division 01 (HTCDS lists no separate group for 012 perennial crops or 017 hunting)
  "011",
  "013",
  "014",
  "015",
  "016",
  "HTCDS-A-012-017",
  // Tier 3 under division 03 (HTCDS splits by water, not by fishing vs aquaculture as ISIC does)
  "HTCDS-A-0311-0321",
  "HTCDS-A-0312-0322",
] as const;

/**
 * The HTCDS 2.0 tier-2 and tier-3 industry subdivisions as a code list. The English labels are the
 * HTCDS labels exactly (typos included, corrected spellings as `aliases`).
 *
 * @example
 * ```ts
 * import { industrySubdivisions } from "@tipx/schema";
 * industrySubdivisions.meta["03"].label; // "Fishing and aquaculture"
 * ```
 */
export const industrySubdivisions = defineCodeList({
  id: "htcds.industry-subdivision",
  name: "Industry subdivision",
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), Field Definitions, Labour Subdivisions (tier 2 and tier 3); codes from UN ISIC Rev.4 (2008)",
  codes: INDUSTRY_SUBDIVISIONS,
  extensible: false,
  meta: {
    "01": {
      label: "Crop and animal production, hunting and related service activities",
      definition: "ISIC Rev.4 division 01: farming of crops and animals, hunting, and services to farms.",
    },
    "02": {
      label: "Forestry and logging",
      definition: "ISIC Rev.4 division 02.",
    },
    "03": {
      label: "Fishing and aquaculture",
      definition: "ISIC Rev.4 division 03: capture fishing and fish farming, at sea and in fresh water.",
    },
    "10": {
      label: "Manufacture of food products",
      definition: "ISIC Rev.4 division 10, including seafood processing.",
    },
    "11": {
      label: "Manufacture of beverages",
      definition: "ISIC Rev.4 division 11.",
    },
    "12": {
      label: "Manufacture of tobacco products",
      definition: "ISIC Rev.4 division 12.",
    },
    "13": {
      label: "Manufacture of textiles",
      definition: "ISIC Rev.4 division 13.",
    },
    "14": {
      label: "Manufacture of wearing apparel",
      definition: "ISIC Rev.4 division 14, including garment workshops.",
    },
    "15": {
      label: "Manufacture of leather and related products",
      definition: "ISIC Rev.4 division 15, including footwear.",
    },
    // HTCDS's Field Definitions.md repeats the leather definition under this label; ours is ISIC's scope.
    "16": {
      label:
        "Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials",
      definition: "ISIC Rev.4 division 16: sawmills and wood products other than furniture.",
    },
    "17": {
      label: "Manufacture of paper and paper products",
      definition: "ISIC Rev.4 division 17.",
    },
    "18": {
      label: "Printing and reproduction of recorded media",
      definition: "ISIC Rev.4 division 18.",
    },
    "19": {
      label: "Manufacture of coke and refined petroleum products",
      definition: "ISIC Rev.4 division 19.",
    },
    "20": {
      label: "Manufacture of chemicals and chemical products",
      definition: "ISIC Rev.4 division 20.",
    },
    "21": {
      label: "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
      definition: "ISIC Rev.4 division 21.",
    },
    "22": {
      label: "Manufacture of rubber and plastics products",
      definition: "ISIC Rev.4 division 22.",
    },
    "23": {
      label: "Manufacture of other non-metallic mineral products",
      definition: "ISIC Rev.4 division 23: glass, ceramics, bricks, cement and cut stone.",
    },
    "24": {
      label: "Manufacture of basic metals",
      definition: "ISIC Rev.4 division 24.",
    },
    "25": {
      label: "Manufacture of fabricated metal products, except machinery and equipment",
      definition: "ISIC Rev.4 division 25.",
    },
    "26": {
      label: "Manufacture of computer, electronic and optical products",
      definition: "ISIC Rev.4 division 26.",
    },
    "27": {
      label: "Manufacture of electrical equipment",
      definition: "ISIC Rev.4 division 27.",
    },
    "28": {
      label: "Manufacture of machinery and equipment n.e.c.",
      definition: "ISIC Rev.4 division 28 (n.e.c.: not elsewhere classified).",
    },
    "29": {
      label: "Manufacture of motor vehicles, trailers and semi-trailers",
      definition: "ISIC Rev.4 division 29.",
    },
    "30": {
      label: "Manufacture of other transport equipment",
      definition: "ISIC Rev.4 division 30, including building ships and boats.",
    },
    "31": {
      label: "Manufacture of furniture",
      definition: "ISIC Rev.4 division 31.",
    },
    "32": {
      label: "Other manufacturing",
      definition: "ISIC Rev.4 division 32: jewellery, toys, sports goods, medical instruments and other goods.",
    },
    "33": {
      label: "Repair and installation of machinery and equipment",
      definition: "ISIC Rev.4 division 33.",
    },
    "49": {
      label: "Land transport and transport via pipelines",
      definition: "ISIC Rev.4 division 49: road and rail transport of passengers and freight.",
    },
    "50": {
      label: "Water transport",
      definition: "ISIC Rev.4 division 50.",
    },
    "51": {
      label: "Air transport",
      definition: "ISIC Rev.4 division 51.",
    },
    "52": {
      label: "Warehousing and support activities for transportation",
      definition: "ISIC Rev.4 division 52, including cargo handling at ports.",
    },
    "53": {
      label: "Postal and courier activities",
      definition: "ISIC Rev.4 division 53.",
    },
    "55": {
      label: "Primarily accommodation",
      definition:
        "ISIC Rev.4 division 55 (groups 551, 552 and 559): businesses whose main purpose is lodging, such as " +
        "hotels, guesthouses, hostels and workers' dormitories.",
    },
    "HTCDS-I-561-562": {
      label: "Primarily food",
      definition:
        "ISIC Rev.4 groups 561 (restaurants and mobile food service) and 562 (event catering and other food " +
        "service): businesses whose main purpose is serving food, including food stalls and canteens.",
    },
    "563": {
      label: "Primarily beverages",
      definition: "ISIC Rev.4 group 563: bars, pubs, taverns and other places whose main purpose is serving drinks.",
    },
    "77": {
      label: "Rental and leasing activities",
      definition: "ISIC Rev.4 division 77.",
    },
    "78": {
      label: "Employment activities",
      definition: "ISIC Rev.4 division 78: employment and recruitment agencies, labour hire and placement.",
    },
    // HTCDS's Field Definitions.md gives this label the text of division 80 (security); ours is ISIC's 79.
    "79": {
      label: "Travel agency, tour operator, reservation service and related activities",
      definition: "ISIC Rev.4 division 79.",
    },
    "81": {
      label: "Services to buildings and gardening & landscape activities, including cleaning",
      definition: "ISIC Rev.4 division 81: cleaning, facility support, pest control and landscape care.",
    },
    "82": {
      label: "Office administrative, office support and other business support activities",
      definition: "ISIC Rev.4 division 82, including call centres.",
    },
    "011": {
      label: "Growing of non-perennial crops",
      definition:
        "ISIC Rev.4 group 011: cereals, rice, vegetables, sugar cane, tobacco and other crops lasting one season.",
    },
    "013": {
      label: "Plant propagation",
      definition: "ISIC Rev.4 group 013: nurseries producing seedlings, cuttings and other planting material.",
    },
    "014": {
      label: "Animal production",
      definition: "ISIC Rev.4 group 014: raising and breeding animals other than aquatic ones.",
    },
    "015": {
      label: "Mixed farming",
      definition: "ISIC Rev.4 group 015: crops and animals produced together, with neither dominant.",
    },
    "016": {
      label: "Support activities to agriculture and post-harvest crop activities",
      definition:
        "ISIC Rev.4 group 016: farm work done for others on a fee or contract basis, and preparing harvests for market.",
    },
    "HTCDS-A-012-017": {
      label: "All other classes under crop and animal prodution, hunting and related service activities",
      definition:
        "The rest of ISIC Rev.4 division 01 not listed separately by HTCDS: group 012 (growing of perennial " +
        "crops, such as fruit, rubber, oil palm and coffee) and group 017 (hunting, trapping and related services).",
      aliases: ["All other classes under crop and animal production, hunting and related service activities"],
    },
    "HTCDS-A-0311-0321": {
      label: "Marine fishing or acquaculture",
      definition:
        "ISIC Rev.4 classes 0311 (marine fishing) and 0321 (marine aquaculture), including work on fishing vessels at sea.",
      aliases: ["Marine fishing or aquaculture"],
    },
    "HTCDS-A-0312-0322": {
      label: "Freshwater fishing or aquaculture",
      definition: "ISIC Rev.4 classes 0312 (freshwater fishing) and 0322 (freshwater aquaculture).",
    },
  },
});

/**
 * Zod schema of an HTCDS industry subdivision code.
 *
 * @example
 * ```ts
 * import { IndustrySubdivision } from "@tipx/schema";
 * IndustrySubdivision.parse("HTCDS-A-0311-0321"); // "HTCDS-A-0311-0321"
 * IndustrySubdivision.safeParse("3").success; // false
 * ```
 */
export const IndustrySubdivision = z.enum(INDUSTRY_SUBDIVISIONS);
/** An HTCDS tier-2 or tier-3 industry subdivision code, such as `"03"` or `"HTCDS-I-561-562"`. */
export type IndustrySubdivision = z.infer<typeof IndustrySubdivision>;

/**
 * Where an HTCDS industry subdivision sits: its ISIC section, its HTCDS tier, its parent (tier 3
 * only) and the ISIC Rev.4 codes it covers.
 *
 * @example
 * ```ts
 * import type { IndustrySubdivisionDetail } from "@tipx/schema";
 * const detail: IndustrySubdivisionDetail = { section: "A", tier: 3, parent: "01", isic: ["011"] };
 * ```
 */
export interface IndustrySubdivisionDetail {
  /** The ISIC Rev.4 section the subdivision belongs to. */
  readonly section: IsicSection;
  /** The HTCDS tier: 2 for a division-level subdivision, 3 for one below it. */
  readonly tier: 2 | 3;
  /** The tier-2 subdivision a tier-3 one belongs to; absent on tier 2. */
  readonly parent?: IndustrySubdivision;
  /** The ISIC Rev.4 divisions, groups or classes the subdivision covers. */
  readonly isic: readonly string[];
}

/* @__NO_SIDE_EFFECTS__ */
function _tier2(section: IsicSection, ...isic: string[]): IndustrySubdivisionDetail {
  return { section, tier: 2, isic };
}

// Every HTCDS tier-3 subdivision is in section A.
/* @__NO_SIDE_EFFECTS__ */
function _tier3(parent: IndustrySubdivision, ...isic: string[]): IndustrySubdivisionDetail {
  return { section: "A", tier: 3, parent, isic };
}

/**
 * The section, tier, parent and ISIC codes of every HTCDS industry subdivision.
 *
 * @example
 * ```ts
 * import { INDUSTRY_SUBDIVISION_DETAILS } from "@tipx/schema";
 * INDUSTRY_SUBDIVISION_DETAILS["HTCDS-A-0311-0321"].parent; // "03"
 * INDUSTRY_SUBDIVISION_DETAILS["HTCDS-A-0311-0321"].isic; // ["0311", "0321"]
 * ```
 */
export const INDUSTRY_SUBDIVISION_DETAILS: { readonly [K in IndustrySubdivision]: IndustrySubdivisionDetail } = {
  "01": _tier2("A", "01"),
  "02": _tier2("A", "02"),
  "03": _tier2("A", "03"),
  "10": _tier2("C", "10"),
  "11": _tier2("C", "11"),
  "12": _tier2("C", "12"),
  "13": _tier2("C", "13"),
  "14": _tier2("C", "14"),
  "15": _tier2("C", "15"),
  "16": _tier2("C", "16"),
  "17": _tier2("C", "17"),
  "18": _tier2("C", "18"),
  "19": _tier2("C", "19"),
  "20": _tier2("C", "20"),
  "21": _tier2("C", "21"),
  "22": _tier2("C", "22"),
  "23": _tier2("C", "23"),
  "24": _tier2("C", "24"),
  "25": _tier2("C", "25"),
  "26": _tier2("C", "26"),
  "27": _tier2("C", "27"),
  "28": _tier2("C", "28"),
  "29": _tier2("C", "29"),
  "30": _tier2("C", "30"),
  "31": _tier2("C", "31"),
  "32": _tier2("C", "32"),
  "33": _tier2("C", "33"),
  "49": _tier2("H", "49"),
  "50": _tier2("H", "50"),
  "51": _tier2("H", "51"),
  "52": _tier2("H", "52"),
  "53": _tier2("H", "53"),
  "55": _tier2("I", "55"),
  "HTCDS-I-561-562": _tier2("I", "561", "562"),
  "563": _tier2("I", "563"),
  "77": _tier2("N", "77"),
  "78": _tier2("N", "78"),
  "79": _tier2("N", "79"),
  "81": _tier2("N", "81"),
  "82": _tier2("N", "82"),
  "011": _tier3("01", "011"),
  "013": _tier3("01", "013"),
  "014": _tier3("01", "014"),
  "015": _tier3("01", "015"),
  "016": _tier3("01", "016"),
  "HTCDS-A-012-017": _tier3("01", "012", "017"),
  "HTCDS-A-0311-0321": _tier3("03", "0311", "0321"),
  "HTCDS-A-0312-0322": _tier3("03", "0312", "0322"),
};

/**
 * Every industry code tipx accepts where HTCDS asks for an industry: the ISIC Rev.4 sections followed
 * by the HTCDS industry subdivisions.
 *
 * @example
 * ```ts
 * import { ISIC_CODES } from "@tipx/schema";
 * ISIC_CODES.length; // 69
 * ```
 */
export const ISIC_CODES = [...ISIC_SECTIONS, ...INDUSTRY_SUBDIVISIONS] as const;

/**
 * The ISIC sections and HTCDS industry subdivisions together as one code list.
 *
 * @example
 * ```ts
 * import { isicCodes } from "@tipx/schema";
 * isicCodes.meta.C.label; // "Manufacturing"
 * isicCodes.meta["14"].label; // "Manufacture of wearing apparel"
 * ```
 */
export const isicCodes = defineCodeList({
  id: "tipx.isic-code",
  name: "Industry (ISIC Rev.4)",
  source: `tipx 1.0: union of ${isicSections.source} and ${industrySubdivisions.source}`,
  codes: ISIC_CODES,
  extensible: false,
  meta: { ...isicSections.meta, ...industrySubdivisions.meta },
});

/**
 * Zod schema of an industry code: an ISIC Rev.4 section letter or an HTCDS industry subdivision code.
 *
 * @example
 * ```ts
 * import { IsicCode } from "@tipx/schema";
 * IsicCode.parse("A"); // "A"
 * IsicCode.parse("011"); // "011"
 * IsicCode.safeParse("012").success; // false (HTCDS groups 012 under "HTCDS-A-012-017")
 * ```
 */
export const IsicCode = z.enum(ISIC_CODES);
/** An ISIC Rev.4 section letter or an HTCDS industry subdivision code. */
export type IsicCode = z.infer<typeof IsicCode>;
