import { z } from "zod";
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
  traffickingStatus: field(TraffickingStatus.optional(), {
    label: { en: "Trafficking status", th: "สถานะการเป็นผู้เสียหาย", es: "Condición de víctima de trata" },
    description: { en: "Whether the person is a possible, actual or not a victim of trafficking.", th: "บุคคลอาจเป็น เป็น หรือไม่เป็นผู้เสียหายจากการค้ามนุษย์", es: "Si la persona es posible víctima, víctima o no víctima de trata." },
    sensitivity: "sensitive",
    htcds: "vic_TraffickingStatus",
  }),
  statusDecidedBy: field(TraffickingStatusDecider.optional(), {
    label: { en: "Status decided by", th: "ผู้วินิจฉัยสถานะ", es: "Condición determinada por" },
    description: { en: "The kind of body that decided the trafficking status.", th: "ประเภทหน่วยงานที่วินิจฉัยสถานะ", es: "El tipo de organismo que determinó la condición." },
    sensitivity: "sensitive",
    htcds: "vic_TraffickingStatusDecisionMakingOrg",
  }),
  relationshipToTrafficker: field(RelationshipToTrafficker.optional(), {
    label: { en: "Relationship to trafficker", th: "ความสัมพันธ์กับผู้ค้ามนุษย์", es: "Relación con el tratante" },
    description: { en: "How the victim knew the trafficker.", th: "ผู้เสียหายรู้จักผู้ค้ามนุษย์อย่างไร", es: "Cómo conocía la víctima al tratante." },
    sensitivity: "sensitive",
    htcds: "vic_RelationshipToTrafficker",
    ctdc: ["recruiterRelation"],
  }),
  ageWhenTrafficked: field(z.int().min(0).max(130).optional(), {
    label: { en: "Age when trafficked", th: "อายุเมื่อถูกค้ามนุษย์", es: "Edad al ser víctima de trata" },
    description: { en: "Age in years when the trafficking began.", th: "อายุเป็นปีเมื่อเริ่มถูกค้ามนุษย์", es: "Edad en años cuando comenzó la trata." },
    sensitivity: "quasi-identifier",
    htcds: "vic_AgeWhenTrafficked",
    ctdc: ["majorityStatusAtExploit"],
  }),
  recruitmentMethods: field(z.array(RecruitmentMethod).optional(), {
    label: { en: "Methods of recruitment", th: "วิธีการจัดหา", es: "Métodos de captación" },
    description: { en: "How the victim was recruited.", th: "วิธีที่ผู้เสียหายถูกจัดหา", es: "Cómo fue captada la víctima." },
    sensitivity: "sensitive",
    htcds: "vic_MethodOfRecruitment",
  }),
  recruitmentPlace: field(Place.optional(), {
    label: { en: "Place of recruitment", th: "สถานที่จัดหา", es: "Lugar de captación" },
    description: { en: "Where the victim was recruited.", th: "สถานที่ที่ผู้เสียหายถูกจัดหา", es: "Dónde fue captada la víctima." },
    sensitivity: "quasi-identifier",
    htcds: "vic_LocationOfRecruitment",
  }),
  recruitmentWebsitesAndApps: field(z.array(WebsiteOrApp).optional(), {
    label: { en: "Recruitment websites and apps", th: "เว็บไซต์และแอปที่ใช้จัดหา", es: "Sitios web y aplicaciones de captación" },
    description: { en: "Websites and apps used to recruit the victim.", th: "เว็บไซต์และแอปพลิเคชันที่ใช้จัดหาผู้เสียหาย", es: "Sitios web y aplicaciones usados para captar a la víctima." },
    sensitivity: "sensitive",
    htcds: "vic_RecruitmentWebsitesAndApps",
  }),
  methodsOfControl: field(z.array(MethodOfControl).optional(), {
    label: { en: "Methods of control", th: "วิธีการควบคุม", es: "Medios de control" },
    description: { en: "How the traffickers controlled the victim.", th: "วิธีที่ผู้ค้ามนุษย์ใช้ควบคุมผู้เสียหาย", es: "Cómo controlaban los tratantes a la víctima." },
    sensitivity: "sensitive",
    htcds: "vic_MethodsOfControl",
    ctdc: ["meansOfControl*"],
  }),
  exploitationTypes: field(z.array(ExploitationType).optional(), {
    label: { en: "Types of exploitation", th: "รูปแบบการแสวงประโยชน์", es: "Tipos de explotación" },
    description: { en: "The forms of exploitation, HTCDS 2.0 values plus ForcedCriminality (tipx).", th: "รูปแบบการแสวงประโยชน์ ตามค่าของ HTCDS 2.0 และ ForcedCriminality (tipx)", es: "Las formas de explotación, valores de HTCDS 2.0 más ForcedCriminality (tipx)." },
    sensitivity: "sensitive",
    htcds: "vic_TypeOfExploitation",
    ctdc: ["isForcedLabour", "isSexualExploit", "isOtherExploit"],
  }),
  forcedLabourIndustries: field(z.array(IsicCode).optional(), {
    label: { en: "Forced-labour industries", th: "อุตสาหกรรมที่มีแรงงานบังคับ", es: "Sectores del trabajo forzoso" },
    description: { en: "Industries of the forced labour, as ISIC Rev.4 sections or HTCDS subdivisions.", th: "อุตสาหกรรมของแรงงานบังคับ ตามหมวด ISIC Rev.4 หรือหมวดย่อยของ HTCDS", es: "Sectores del trabajo forzoso, como secciones CIIU Rev.4 o subdivisiones de HTCDS." },
    sensitivity: "sensitive",
    htcds: "vic_ForcedLabourIndustry",
    ctdc: ["typeOfLabour*"],
  }),
  sexExploitationTypes: field(z.array(SexExploitationType).optional(), {
    label: { en: "Types of sexual exploitation", th: "รูปแบบการแสวงประโยชน์ทางเพศ", es: "Tipos de explotación sexual" },
    description: { en: "The forms of sexual exploitation.", th: "รูปแบบการแสวงประโยชน์ทางเพศ", es: "Las formas de explotación sexual." },
    sensitivity: "sensitive",
    htcds: "vic_TypeOfSexExploitation",
    ctdc: ["typeOfSex*"],
  }),
  exploitationPlace: field(Place.optional(), {
    label: { en: "Place of exploitation", th: "สถานที่แสวงประโยชน์", es: "Lugar de explotación" },
    description: { en: "Where the victim was exploited.", th: "สถานที่ที่ผู้เสียหายถูกแสวงประโยชน์", es: "Dónde fue explotada la víctima." },
    sensitivity: "quasi-identifier",
    htcds: "vic_LocationOfExploitation",
    ctdc: ["CountryOfExploitation"],
  }),
  exploitationWebsitesAndApps: field(z.array(WebsiteOrApp).optional(), {
    label: { en: "Exploitation websites and apps", th: "เว็บไซต์และแอปที่ใช้แสวงประโยชน์", es: "Sitios web y aplicaciones de explotación" },
    description: { en: "Websites and apps used in the exploitation.", th: "เว็บไซต์และแอปพลิเคชันที่ใช้ในการแสวงประโยชน์", es: "Sitios web y aplicaciones usados en la explotación." },
    sensitivity: "sensitive",
    htcds: "vic_ExploitationWebsitesAndApps",
  }),
  vulnerabilities: field(z.array(Vulnerability).optional(), {
    label: { en: "Vulnerabilities", th: "ความเปราะบาง", es: "Vulnerabilidades" },
    description: { en: "Vulnerabilities (deprecated in HTCDS 2.0; use an Assessment).", th: "ความเปราะบาง (เลิกใช้ใน HTCDS 2.0 ให้ใช้ Assessment)", es: "Vulnerabilidades (obsoleto en HTCDS 2.0; use una Assessment)." },
    sensitivity: "sensitive",
    htcds: "vic_Vulnerabilities",
    deprecated: "Deprecated in HTCDS 2.0: record an Assessment of individual, household and community risk instead.",
  }),
  vulnerabilityDetails: field(z.string().min(1).optional(), {
    label: { en: "Details of vulnerabilities", th: "รายละเอียดความเปราะบาง", es: "Detalle de vulnerabilidades" },
    description: { en: "Narrative of vulnerabilities (deprecated in HTCDS 2.0).", th: "คำบรรยายความเปราะบาง (เลิกใช้ใน HTCDS 2.0)", es: "Relato de vulnerabilidades (obsoleto en HTCDS 2.0)." },
    sensitivity: "sensitive",
    htcds: "vic_DetailsOfVulnerabilities",
    deprecated: "Deprecated in HTCDS 2.0: record an Assessment instead.",
  }),
  agreementToManagePersonalData: field(z.boolean().optional(), {
    label: { en: "Agreement to manage personal data", th: "ความยินยอมให้จัดการข้อมูลส่วนบุคคล", es: "Acuerdo para gestionar datos personales" },
    description: { en: "Deprecated in HTCDS 2.0: record a Consent entity.", th: "เลิกใช้ใน HTCDS 2.0 ให้บันทึกเอนทิตี Consent", es: "Obsoleto en HTCDS 2.0: registre una entidad Consent." },
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
  rolesInProcess: field(z.array(PerpetratorRole).optional(), {
    label: { en: "Roles in the trafficking process", th: "บทบาทในกระบวนการค้ามนุษย์", es: "Funciones en el proceso de trata" },
    description: { en: "What the suspect did in the trafficking process.", th: "สิ่งที่ผู้ต้องสงสัยทำในกระบวนการค้ามนุษย์", es: "Qué hizo la persona sospechosa en el proceso de trata." },
    sensitivity: "sensitive",
    htcds: "per_RoleInProcess",
  }),
  roleDetails: field(z.string().min(1).optional(), {
    label: { en: "Role details", th: "รายละเอียดบทบาท", es: "Detalle de funciones" },
    description: { en: "Narrative of the suspect's role.", th: "คำบรรยายบทบาทของผู้ต้องสงสัย", es: "Relato de la función de la persona sospechosa." },
    sensitivity: "sensitive",
    htcds: "per_RoleDetails",
  }),
  organization: field(z.string().min(1).optional(), {
    label: { en: "Criminal organisation", th: "องค์กรอาชญากรรม", es: "Organización criminal" },
    description: { en: "The group or network the suspect belongs to.", th: "กลุ่มหรือเครือข่ายที่ผู้ต้องสงสัยสังกัด", es: "El grupo o red al que pertenece la persona sospechosa." },
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
  person: field(EntityId, {
    label: { en: "Person", th: "บุคคล", es: "Persona" },
    description: { en: "Id of the Person entity.", th: "รหัสของเอนทิตีบุคคล", es: "Id de la entidad Person." },
    sensitivity: "none",
    references: ["Person"],
  }),
  roles: field(z.array(PartyRole).min(1), {
    label: { en: "Roles", th: "บทบาท", es: "Funciones" },
    description: { en: "The person's roles in the case (victim, suspect, witness...).", th: "บทบาทของบุคคลในคดี (ผู้เสียหาย ผู้ต้องสงสัย พยาน ฯลฯ)", es: "Las funciones de la persona en el caso (víctima, sospechosa, testigo...)." },
    sensitivity: "sensitive",
  }),
  victim: field(VictimContext.optional(), {
    label: { en: "Victim context", th: "ข้อมูลผู้เสียหาย", es: "Contexto de víctima" },
    description: { en: "What the case records about the person as a victim.", th: "ข้อมูลที่คดีบันทึกเกี่ยวกับบุคคลในฐานะผู้เสียหาย", es: "Lo que el caso registra sobre la persona como víctima." },
    sensitivity: "sensitive",
  }),
  perpetrator: field(PerpetratorContext.optional(), {
    label: { en: "Perpetrator context", th: "ข้อมูลผู้กระทำผิด", es: "Contexto de perpetrador" },
    description: { en: "What the case records about the person as a suspect.", th: "ข้อมูลที่คดีบันทึกเกี่ยวกับบุคคลในฐานะผู้ต้องสงสัย", es: "Lo que el caso registra sobre la persona como sospechosa." },
    sensitivity: "sensitive",
  }),
});
/** A person's part in a case. */
export type CaseParty = z.infer<typeof CaseParty>;
