import { z } from "zod";
import type { Translated } from "../i18n/lang";
import { defineCodeList } from "./_codelist";
import type { CodeMeta } from "./_codelist";
import { isicSections } from "./isic";
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
export const TRAFFICKING_STATUSES = [
  "PossibleVictimOfTrafficking",
  "ActualVictimOfTrafficking",
  "NotAVictimOfTrafficking",
] as const;

/**
 * The HTCDS 2.0 picklist of trafficking statuses: whether a person has been found to be a victim of
 * trafficking. Who made that finding goes in `traffickingStatusDeciders`.
 *
 * @example
 * ```ts
 * import { traffickingStatuses, translate } from "@tipx/schema";
 * translate(traffickingStatuses.meta.PossibleVictimOfTrafficking.label, "es"); // "Posible víctima de trata"
 * ```
 */
export const traffickingStatuses = defineCodeList({
  id: "htcds.trafficking-status",
  name: { en: "Trafficking status", th: "สถานะผู้เสียหายจากการค้ามนุษย์", es: "Condición de víctima de trata" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_TraffickingStatus; shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_TraffickingStatus",
  codes: TRAFFICKING_STATUSES,
  extensible: false,
  meta: {
    PossibleVictimOfTrafficking: {
      label: {
        en: "Possible victim of trafficking",
        th: "ผู้ที่อาจเป็นผู้เสียหายจากการค้ามนุษย์",
        es: "Posible víctima de trata",
      },
      definition: "There are indicators of trafficking, but the person's status has not been verified (for example a helpline caller).",
    },
    ActualVictimOfTrafficking: {
      label: {
        en: "Actual victim of trafficking",
        th: "ผู้เสียหายจากการค้ามนุษย์ (ยืนยันแล้ว)",
        es: "Víctima de trata confirmada",
      },
      definition: "The person has been determined to be a victim of trafficking.",
    },
    NotAVictimOfTrafficking: {
      label: { en: "Not a victim of trafficking", th: "ไม่ใช่ผู้เสียหายจากการค้ามนุษย์", es: "No es víctima de trata" },
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
export const TRAFFICKING_STATUS_DECIDERS = [
  "Police",
  "NGO",
  "CourtOrProsecution",
  "NonPoliceGovernmentalOrganization",
  "Other",
] as const;

/**
 * The HTCDS 2.0 picklist of the kinds of organisation that decided a person's trafficking status.
 *
 * @example
 * ```ts
 * import { traffickingStatusDeciders, translate } from "@tipx/schema";
 * translate(traffickingStatusDeciders.meta.CourtOrProsecution.label, "es"); // "Tribunal o fiscalía"
 * ```
 */
export const traffickingStatusDeciders = defineCodeList({
  id: "htcds.trafficking-status-decider",
  name: {
    en: "Organisation that decided the trafficking status",
    th: "หน่วยงานที่วินิจฉัยสถานะผู้เสียหาย",
    es: "Organismo que determinó la condición de víctima",
  },
  // The HTCDS Excel templates misspell this field as vic_TraffickinStatusDecisionMakingOrg; the ODS is right.
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_TraffickingStatusDecisionMakingOrg; shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_TraffickingStatusDecisionMakingOrg",
  codes: TRAFFICKING_STATUS_DECIDERS,
  extensible: false,
  meta: {
    Police: { label: { en: "Police", th: "ตำรวจ", es: "Policía" } },
    NGO: { label: { en: "NGO", th: "องค์กรพัฒนาเอกชน", es: "ONG" } },
    CourtOrProsecution: { label: { en: "Court or prosecution", th: "ศาลหรือพนักงานอัยการ", es: "Tribunal o fiscalía" } },
    NonPoliceGovernmentalOrganization: {
      label: {
        en: "Non-police governmental organization",
        th: "หน่วยงานของรัฐที่ไม่ใช่ตำรวจ",
        es: "Organismo gubernamental no policial",
      },
      definition: "A government body other than the police, such as a social-welfare ministry or a labour inspectorate.",
    },
    Other: { label: { en: "Other", th: "อื่น ๆ", es: "Otro" } },
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
export const RELATIONSHIPS_TO_TRAFFICKER = ["Familial", "Acquainted", "Unaquainted"] as const;

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
  name: { en: "Relationship to trafficker", th: "ความสัมพันธ์กับผู้ค้ามนุษย์", es: "Relación con el tratante" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_RelationshipToTrafficker; shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_RelationshipToTrafficker",
  codes: RELATIONSHIPS_TO_TRAFFICKER,
  extensible: false,
  meta: {
    Familial: {
      label: { en: "Familial", th: "ญาติหรือคนในครอบครัว", es: "Familiar" },
      definition: "The trafficker is a relative of the victim.",
    },
    Acquainted: {
      label: { en: "Acquainted", th: "คนรู้จัก", es: "Conocido" },
      definition: "The victim knew the trafficker before, but they are not related: a friend, neighbour, partner or employer.",
    },
    // "Unaquainted" is misspelt in HTCDS 2.0 itself (code and label); the code stays as the standard
    // spells it so that HTCDS data round-trips, and converters also accept the correct spelling.
    Unaquainted: {
      label: { en: "Unaquainted", th: "ไม่รู้จักกันมาก่อน", es: "Desconocido" },
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
export const WEBSITES_AND_APPS = [
  "Facebook",
  "Instagram",
  "WhatsApp",
  "Telegram",
  "FacebookMessenger",
  "Viber",
  "SnapChat",
  "Line",
  "4Sale",
  "WeChat",
  "QQ",
  "QZone",
  "TikTok",
  "Twitter",
  "Other",
] as const;

/* @__NO_SIDE_EFFECTS__ */
function _brand(name: string): Translated {
  return { en: name, th: name, es: name };
}

const _websiteOrAppMeta: { readonly [K in (typeof WEBSITES_AND_APPS)[number]]: CodeMeta } = {
  Facebook: { label: _brand("Facebook") },
  Instagram: { label: _brand("Instagram") },
  WhatsApp: { label: _brand("WhatsApp") },
  Telegram: { label: _brand("Telegram") },
  FacebookMessenger: { label: _brand("Facebook Messenger") },
  Viber: { label: _brand("Viber") },
  SnapChat: { label: _brand("SnapChat"), aliases: ["Snapchat"] },
  Line: { label: _brand("Line"), definition: "The LINE messaging app, widely used in Thailand.", aliases: ["LINE"] },
  "4Sale": { label: _brand("4Sale"), definition: "A classified-advertisements app used mainly in Kuwait and the Gulf states." },
  WeChat: { label: _brand("WeChat") },
  QQ: { label: _brand("QQ"), definition: "Tencent's QQ instant-messaging service." },
  QZone: { label: _brand("QZone"), definition: "Tencent's Qzone social-networking site." },
  TikTok: { label: _brand("TikTok") },
  Twitter: { label: _brand("Twitter"), definition: "Twitter, renamed X in 2023.", aliases: ["X"] },
  Other: { label: { en: "Other", th: "อื่น ๆ", es: "Otro" } },
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
  name: {
    en: "Recruitment websites and apps",
    th: "เว็บไซต์และแอปพลิเคชันที่ใช้ในการจัดหา",
    es: "Sitios web y aplicaciones usados para la captación",
  },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_RecruitmentWebsitesAndApps; shared/reference/htcds/picklist_values.csv",
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
  name: {
    en: "Exploitation websites and apps",
    th: "เว็บไซต์และแอปพลิเคชันที่ใช้ในการแสวงประโยชน์",
    es: "Sitios web y aplicaciones usados para la explotación",
  },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_ExploitationWebsitesAndApps; shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_ExploitationWebsitesAndApps",
  codes: WEBSITES_AND_APPS,
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
export const RECRUITMENT_METHODS = [
  "AtAPlaceOfBusiness",
  "AtAnEducationalInstitution",
  "AtWork",
  "ThroughOnlineSocialNetworks",
  "ThroughAnOnlineAdvertisement",
  "ThroughATelevisionAdvert",
  "ThroughANewspaperAdvert",
  "ThroughFamilyOrFamilyEvents",
  "ThroughFriendsOrSocialEvents",
  "Other",
] as const;

/**
 * The HTCDS 2.0 picklist of how or where a victim was recruited.
 *
 * @example
 * ```ts
 * import { recruitmentMethods, translate } from "@tipx/schema";
 * translate(recruitmentMethods.meta.AtWork.label, "es"); // "En el lugar de trabajo"
 * ```
 */
export const recruitmentMethods = defineCodeList({
  id: "htcds.recruitment-method",
  name: { en: "Method of recruitment", th: "วิธีการจัดหาผู้เสียหาย", es: "Modalidad de captación" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_MethodOfRecruitment; shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_MethodOfRecruitment",
  codes: RECRUITMENT_METHODS,
  extensible: false,
  meta: {
    AtAPlaceOfBusiness: {
      label: { en: "At a place of business", th: "ที่สถานประกอบการ", es: "En un establecimiento comercial" },
      definition: "Approached at a shop, bar, restaurant or other business premises.",
    },
    AtAnEducationalInstitution: {
      label: { en: "At an educational institution", th: "ที่สถานศึกษา", es: "En una institución educativa" },
    },
    AtWork: { label: { en: "At work", th: "ที่ทำงาน", es: "En el lugar de trabajo" } },
    ThroughOnlineSocialNetworks: {
      label: {
        en: "Through online social networks",
        th: "ผ่านเครือข่ายสังคมออนไลน์",
        es: "A través de redes sociales",
      },
      definition: "Contacted through social media or messaging apps; the platforms go in recruitmentWebsitesAndApps.",
    },
    ThroughAnOnlineAdvertisement: {
      label: {
        en: "Through an online advertisement",
        th: "ผ่านโฆษณาออนไลน์",
        es: "A través de un anuncio en internet",
      },
      definition: "Answered an advertisement on the internet, such as a job offer.",
    },
    ThroughATelevisionAdvert: {
      label: {
        en: "Through a television advert",
        th: "ผ่านโฆษณาทางโทรทัศน์",
        es: "A través de un anuncio de televisión",
      },
    },
    ThroughANewspaperAdvert: {
      label: {
        en: "Through a newspaper advert",
        th: "ผ่านโฆษณาในหนังสือพิมพ์",
        es: "A través de un aviso en el periódico",
      },
    },
    ThroughFamilyOrFamilyEvents: {
      label: {
        en: "Through family or family events",
        th: "ผ่านครอบครัวหรืองานของครอบครัว",
        es: "A través de la familia o de reuniones familiares",
      },
    },
    ThroughFriendsOrSocialEvents: {
      label: {
        en: "Through friends or social events",
        th: "ผ่านเพื่อนหรืองานสังสรรค์",
        es: "A través de amistades o eventos sociales",
      },
    },
    Other: { label: { en: "Other", th: "อื่น ๆ", es: "Otro" } },
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

// HTCDS 2.0 disagrees with itself here (see shared/reference/DOMAIN.md §8): this ODS picklist has
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
export const METHODS_OF_CONTROL = [
  "PhysicalThreats",
  "ThreatsLawEnforcement",
  "ThreatensChildrenFamily",
  "DebtBondage",
  "FalsePromises",
  "PhysicalAbuse",
  "SexualAbuse",
  "TakesEarnings",
  "RestrictsFinancialAccess",
  "RestrictsMedicalCare",
  "WithholdsNecessities",
  "PsychologicalAbuse",
  "PsychoactiveSubstance",
  "ExcessiveWorkingHours",
  "WithholdsDocuments",
  "Other",
] as const;

/**
 * The HTCDS 2.0 picklist of the means exploiters used to control a victim.
 *
 * @example
 * ```ts
 * import { methodsOfControl, translate } from "@tipx/schema";
 * translate(methodsOfControl.meta.DebtBondage.label, "es"); // "Servidumbre por deudas"
 * ```
 */
export const methodsOfControl = defineCodeList({
  id: "htcds.method-of-control",
  name: { en: "Methods of control", th: "วิธีการควบคุมผู้เสียหาย", es: "Medios de control" },
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_MethodsOfControl (the ODS picklist, which has no RestrictsMovement); " +
    "shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_MethodsOfControl",
  codes: METHODS_OF_CONTROL,
  extensible: false,
  meta: {
    PhysicalThreats: {
      label: { en: "Physical threats", th: "การข่มขู่ว่าจะทำร้าย", es: "Amenazas de violencia" },
      definition: "The exploiter threatened, openly or by implication, to harm the victim or someone else.",
    },
    ThreatsLawEnforcement: {
      label: {
        en: "Threats of law enforcement",
        th: "การข่มขู่ว่าจะแจ้งเจ้าหน้าที่รัฐ",
        es: "Amenazas de denuncia ante las autoridades",
      },
      definition: "The exploiter threatened to report the victim to the police, immigration or other authorities.",
    },
    ThreatensChildrenFamily: {
      label: { en: "Threatens children/family", th: "การข่มขู่บุตรหรือครอบครัว", es: "Amenazas a hijos o familiares" },
      definition: "The exploiter threatened the victim's children or family, or used access to the children, to control the victim.",
    },
    DebtBondage: {
      label: { en: "Debt bondage", th: "การใช้หนี้เป็นเครื่องผูกมัด (แรงงานขัดหนี้)", es: "Servidumbre por deudas" },
      definition:
        "The victim was made to work off a real or invented debt whose amount and terms they did not control " +
        "(1956 UN Supplementary Convention on the Abolition of Slavery).",
    },
    FalsePromises: {
      label: { en: "False promises", th: "การหลอกลวงด้วยคำสัญญาเท็จ", es: "Falsas promesas" },
      definition: "The victim was deceived into the situation, for example about the job, pay or conditions.",
    },
    PhysicalAbuse: {
      label: { en: "Physical abuse", th: "การทำร้ายร่างกาย", es: "Maltrato físico" },
      definition: "The exploiter hurt the victim physically, sexual violence excepted (see SexualAbuse).",
    },
    SexualAbuse: {
      label: { en: "Sexual abuse", th: "การล่วงละเมิดทางเพศ", es: "Abuso sexual" },
      definition: "The exploiter used unwanted sexual contact or reproductive coercion to control the victim.",
    },
    TakesEarnings: {
      label: { en: "Takes earnings", th: "การยึดค่าจ้างหรือรายได้", es: "Apropiación de los ingresos" },
      definition: "The exploiter took the victim's pay or earnings.",
    },
    RestrictsFinancialAccess: {
      label: { en: "Restricts financial access", th: "การจำกัดการเข้าถึงเงิน", es: "Restricción del acceso al dinero" },
      definition: "The exploiter controlled or blocked the victim's access to money, bank accounts or cards.",
    },
    RestrictsMedicalCare: {
      label: {
        en: "Restricts medical care",
        th: "การจำกัดการเข้าถึงการรักษาพยาบาล",
        es: "Restricción de la atención médica",
      },
      definition: "The exploiter withheld or controlled the victim's access to health care.",
    },
    WithholdsNecessities: {
      label: {
        en: "Withholds necessities",
        th: "การไม่ให้ปัจจัยจำเป็นในการดำรงชีวิต",
        es: "Privación de necesidades básicas",
      },
      definition: "The exploiter denied or threatened to deny food, water, shelter, hygiene or clothing.",
    },
    PsychologicalAbuse: {
      label: { en: "Psychological abuse", th: "การทารุณกรรมทางจิตใจ", es: "Maltrato psicológico" },
      definition: "The exploiter used humiliation, verbal abuse, manipulation or emotional ties to control the victim.",
    },
    PsychoactiveSubstance: {
      label: {
        en: "Psychoactive substance",
        th: "การใช้ยาเสพติดหรือสารออกฤทธิ์ต่อจิตประสาท",
        es: "Sustancias psicoactivas",
      },
      definition: "The exploiter gave the victim drugs or alcohol, or exploited an existing addiction, to make them compliant.",
    },
    ExcessiveWorkingHours: {
      label: {
        en: "Excessive working hours",
        th: "การบังคับให้ทำงานเกินเวลาอย่างมาก",
        es: "Jornadas de trabajo excesivas",
      },
      definition: "The victim was made to work far longer than agreed or promised.",
    },
    WithholdsDocuments: {
      label: { en: "Withholds documents", th: "การยึดเอกสารประจำตัว", es: "Retención de documentos" },
      definition: "The exploiter kept the victim's passport, identity card, work permit or other documents.",
    },
    Other: {
      label: { en: "Other", th: "อื่น ๆ", es: "Otro" },
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
  "ForcedLabour",
  "SexualExploitation",
  "ChildLabour",
  "ForcedMarriage",
  "Servitude",
  "ForcedMilitaryByNonStateActors",
  "OrganRemoval",
  "ForcedBegging",
  "ForcedAdoption",
  "Surrogacy",
  "Other",
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
  name: { en: "Type of exploitation", th: "รูปแบบการแสวงประโยชน์", es: "Tipo de explotación" },
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_TypeOfExploitation; shared/reference/htcds/picklist_values.csv; " +
    "plus ForcedCriminality, a tipx 1.0 extension not in HTCDS",
  htcdsField: "vic_TypeOfExploitation",
  codes: EXPLOITATION_TYPES,
  extensible: false,
  meta: {
    ForcedLabour: {
      label: { en: "Forced labour", th: "การบังคับใช้แรงงาน", es: "Trabajo forzoso" },
      definition: "Work exacted under the menace of a penalty and not offered voluntarily (ILO Forced Labour Convention, 1930).",
    },
    SexualExploitation: {
      label: { en: "Sexual exploitation", th: "การแสวงประโยชน์ทางเพศ", es: "Explotación sexual" },
      definition: "Profiting from the sexual use of another person; the form goes in sexExploitationTypes.",
    },
    ChildLabour: {
      label: { en: "Child labour", th: "การใช้แรงงานเด็ก", es: "Trabajo infantil" },
      definition: "Work by a child below the legal minimum age, or hazardous work by anyone under 18 (ILO C138, C182).",
    },
    ForcedMarriage: {
      label: { en: "Forced marriage", th: "การบังคับให้แต่งงาน", es: "Matrimonio forzado" },
      definition: "A marriage the person entered without free and full consent, or could not leave.",
    },
    Servitude: {
      label: { en: "Servitude", th: "การทำให้ตกอยู่ในภาวะจำยอมคล้ายทาส", es: "Servidumbre" },
      definition: "Being made to live and serve under another's control with no realistic way out, short of legal ownership.",
    },
    ForcedMilitaryByNonStateActors: {
      label: {
        en: "Forced military (by non-state actors)",
        th: "การบังคับให้เป็นทหารโดยกลุ่มติดอาวุธที่ไม่ใช่รัฐ",
        es: "Reclutamiento militar forzado (por actores no estatales)",
      },
      definition: "Forced recruitment or use by an armed group that is not a state force, including child soldiers.",
    },
    OrganRemoval: {
      label: { en: "Organ removal", th: "การตัดอวัยวะ", es: "Extracción de órganos" },
    },
    ForcedBegging: {
      label: { en: "Forced begging", th: "การบังคับให้ขอทาน", es: "Mendicidad forzada" },
    },
    ForcedAdoption: {
      label: { en: "Forced adoption", th: "การบังคับยกบุตรให้ผู้อื่นรับเป็นบุตรบุญธรรม", es: "Adopción forzada" },
      definition: "A child given up or taken for adoption through coercion, deception or payment.",
    },
    Surrogacy: {
      label: { en: "Surrogacy", th: "การอุ้มบุญ (ตั้งครรภ์แทน)", es: "Gestación subrogada" },
      definition: "The person was made to carry a pregnancy for others (exploitative surrogacy).",
    },
    Other: { label: { en: "Other", th: "อื่น ๆ", es: "Otro" } },
    ForcedCriminality: {
      label: { en: "Forced criminality", th: "การบังคับให้กระทำความผิดทางอาญา", es: "Criminalidad forzada" },
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
export const FORCED_LABOUR_INDUSTRIES = [
  "A_AgricultureForestryAndFishing",
  "B_MiningAndQuarrying",
  "C_Manufacturing",
  "D_ElectricityGasSteamAndAirConditioningSupply",
  "E_WaterSupplySewerageWasteManagement",
  "F_Construction",
  "G_WholesaleAndRetailTradeRepairOfMotorVehicles",
  "H_TransportationAndStorage",
  "I_AccommodationAndFoodServiceActivities",
  "J_InformationAndCommunication",
  "K_FinancialAndInsuranceActivities",
  "L_RealEstateActivities",
  "M_ProfessionalScientificAndTechnicalActivities",
  "N_AdministrativeAndSupportServiceActivities",
  "O_PublicAdministrationAndDefence",
  "P_Education",
  "Q_HumanHealthAndSocialWorkActivities",
  "R_ArtsEntertainmentAndRecreation",
  "S_OtherServiceActivities",
  "T_ActivitiesOfHouseholdsAsEmployers",
  "U_ActivitiesOfExtraterritorialOrganizations",
] as const;

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
// the Thai and Spanish ones are those of the ISIC section, so the two lists never drift apart.
/* @__NO_SIDE_EFFECTS__ */
function _industry(section: IsicSection, en: string): CodeMeta {
  const { th, es } = isicSections.meta[section].label;
  return { label: { en, th, es }, definition: `ISIC Rev.4 section ${section}.` };
}

/**
 * The HTCDS 2.0 picklist of industries in which forced labour took place (ISIC Rev.4 sections). HTCDS
 * documents optional finer subdivisions: see `industrySubdivisions`.
 *
 * @example
 * ```ts
 * import { forcedLabourIndustries } from "@tipx/schema";
 * forcedLabourIndustries.meta.F_Construction.label.en; // "Construction"
 * ```
 */
export const forcedLabourIndustries = defineCodeList({
  id: "htcds.forced-labour-industry",
  name: {
    en: "Forced labour industry",
    th: "ประเภทอุตสาหกรรมที่มีการบังคับใช้แรงงาน",
    es: "Sector de actividad del trabajo forzoso",
  },
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_ForcedLabourIndustry (ISIC Rev.4 sections); " +
    "shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_ForcedLabourIndustry",
  codes: FORCED_LABOUR_INDUSTRIES,
  extensible: false,
  meta: {
    A_AgricultureForestryAndFishing: _industry("A", "Agriculture, forestry and fishing"),
    B_MiningAndQuarrying: _industry("B", "Mining and quarrying"),
    C_Manufacturing: _industry("C", "Manufacturing"),
    D_ElectricityGasSteamAndAirConditioningSupply: _industry("D", "Electricity, gas, steam and air conditioning supply"),
    E_WaterSupplySewerageWasteManagement: _industry("E", "Water supply; sewerage, waste management and remediation"),
    F_Construction: _industry("F", "Construction"),
    G_WholesaleAndRetailTradeRepairOfMotorVehicles: _industry("G", "Wholesale and retail trade; repair of motor vehicles and motorcycles"),
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
    U_ActivitiesOfExtraterritorialOrganizations: _industry("U", "Activities of extraterritorial organizations and bodies"),
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
export const SEX_EXPLOITATION_TYPES = [
  "Prostitution",
  "Pornography",
  "RemoteInteractiveServices",
  "PrivateSexualServices",
] as const;

/**
 * The HTCDS 2.0 picklist of forms of sexual exploitation.
 *
 * @example
 * ```ts
 * import { sexExploitationTypes, translate } from "@tipx/schema";
 * translate(sexExploitationTypes.meta.Pornography.label, "es"); // "Pornografía"
 * ```
 */
export const sexExploitationTypes = defineCodeList({
  id: "htcds.sex-exploitation-type",
  name: { en: "Type of sexual exploitation", th: "รูปแบบการแสวงประโยชน์ทางเพศ", es: "Tipo de explotación sexual" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_TypeOfSexExploitation; shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_TypeOfSexExploitation",
  codes: SEX_EXPLOITATION_TYPES,
  extensible: false,
  meta: {
    Prostitution: {
      label: { en: "Prostitution", th: "การค้าประเวณี", es: "Prostitución" },
      definition: "Exploitation of the victim in selling sex to clients in person.",
    },
    Pornography: {
      label: { en: "Pornography", th: "สื่อลามกอนาจาร", es: "Pornografía" },
      definition: "Making the victim take part in the production of sexual images or videos.",
    },
    RemoteInteractiveServices: {
      label: {
        en: "Remote Interactive Services",
        th: "บริการทางเพศแบบโต้ตอบทางไกล (เช่น ผ่านกล้องเว็บแคม)",
        es: "Servicios sexuales interactivos a distancia (p. ej., cámara web)",
      },
      definition: "Sexual performances for remote clients in real time, for example by webcam or video call.",
    },
    PrivateSexualServices: {
      label: { en: "Private Sexual Services", th: "บริการทางเพศส่วนบุคคล", es: "Servicios sexuales privados" },
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
export const VULNERABILITIES = [
  "Addiction",
  "SocialGroup",
  "Discrimination",
  "Poverty",
  "DisabilityAndPhysicalHealth",
  "MentalHealth",
  "Migration",
  "Homelessness",
  "AbuseSocialMedia",
  "AbusePhysical",
  "Education",
  "WorkEnvironment",
] as const;

// HTCDS 2.0 deprecated the whole field, not single values, and names no replacement code: risks and
// vulnerabilities are now assessed through its Assessment and Planning sections.
/* @__NO_SIDE_EFFECTS__ */
function _deprecated(label: Translated, what: string): CodeMeta {
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
  name: { en: "Vulnerabilities", th: "ปัจจัยความเปราะบาง", es: "Vulnerabilidades" },
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), picklist vic_Vulnerabilities, a field DEPRECATED in HTCDS 2.0 in favour of the " +
    "Assessment and Planning sections; shared/reference/htcds/picklist_values.csv",
  htcdsField: "vic_Vulnerabilities",
  codes: VULNERABILITIES,
  extensible: false,
  meta: {
    Addiction: _deprecated(
      { en: "Addiction", th: "การติดสารเสพติด", es: "Adicciones" },
      "Dependence on drugs, alcohol or gambling.",
    ),
    SocialGroup: _deprecated(
      { en: "Social Group", th: "กลุ่มทางสังคม", es: "Grupo social" },
      "Belonging to a marginalised social group.",
    ),
    Discrimination: _deprecated(
      { en: "Discrimination", th: "การถูกเลือกปฏิบัติ", es: "Discriminación" },
      "Discrimination faced by the person.",
    ),
    Poverty: _deprecated({ en: "Poverty", th: "ความยากจน", es: "Pobreza" }, "Poverty of the person or household."),
    DisabilityAndPhysicalHealth: _deprecated(
      { en: "Disability and physical health", th: "ความพิการและสุขภาพกาย", es: "Discapacidad y salud física" },
      "A disability or physical health condition.",
    ),
    MentalHealth: _deprecated({ en: "Mental health", th: "สุขภาพจิต", es: "Salud mental" }, "A mental health condition."),
    Migration: _deprecated(
      { en: "Migration", th: "การย้ายถิ่น", es: "Migración" },
      "Being a migrant, especially irregular.",
    ),
    Homelessness: _deprecated(
      { en: "Homelessness", th: "การไร้ที่อยู่อาศัย", es: "Situación de calle" },
      "Having no stable home.",
    ),
    AbuseSocialMedia: _deprecated(
      { en: "Abuse - social media", th: "การถูกล่วงละเมิดผ่านสื่อสังคมออนไลน์", es: "Abuso en redes sociales" },
      "Abuse suffered through social media.",
    ),
    AbusePhysical: _deprecated(
      { en: "Abuse - physical", th: "การถูกทำร้ายร่างกาย", es: "Abuso físico" },
      "Physical abuse suffered before.",
    ),
    Education: _deprecated({ en: "Education", th: "การศึกษา", es: "Educación" }, "Little or no schooling."),
    WorkEnvironment: _deprecated(
      { en: "Work environment", th: "สภาพแวดล้อมในการทำงาน", es: "Entorno laboral" },
      "A risky or unregulated workplace.",
    ),
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
