import { _param as s, defineIssue } from "./issue";


/**
 * Issue codes TIPX6xx: data quality (recommended fields missing, deprecated fields used).
 *
 * @example
 * ```ts
 * import { QUALITY_ISSUES } from "@tipx/schema";
 * QUALITY_ISSUES.TIPX601.severity; // "warning"
 * ```
 */
export const QUALITY_ISSUES = {
  TIPX601: defineIssue({
    severity: "warning",
    title: { en: "Case without a victim", th: "คดีที่ไม่มีผู้เสียหาย", es: "Caso sin víctima" },
    message: {
      en: () => "The case has no party with the role victim or presumed-victim.",
      th: () => "คดีไม่มีคู่กรณีที่มีบทบาท victim หรือ presumed-victim",
      es: () => "El caso no tiene ninguna parte con la función victim o presumed-victim.",
    },
    explanation: {
      en: "A trafficking case record is about at least one victim or presumed victim; without one it cannot feed HTCDS or CTDC counts.",
      th: "ระเบียนคดีค้ามนุษย์ต้องเกี่ยวกับผู้เสียหายหรือผู้ที่อาจเป็นผู้เสียหายอย่างน้อยหนึ่งคน มิฉะนั้นจะนำไปนับใน HTCDS หรือ CTDC ไม่ได้",
      es: "Un caso de trata se refiere al menos a una víctima o presunta víctima; sin ella no puede alimentar los recuentos de HTCDS o CTDC.",
    },
  }),
  TIPX602: defineIssue({
    severity: "info",
    title: { en: "Age unknown", th: "ไม่ทราบอายุ", es: "Edad desconocida" },
    message: {
      en: () => "The victim has neither a birth date nor an age estimate.",
      th: () => "ผู้เสียหายไม่มีทั้งวันเกิดและอายุโดยประมาณ",
      es: () => "La víctima no tiene fecha de nacimiento ni edad estimada.",
    },
    explanation: {
      en: "Age decides whether a person is a child, which changes the legal test (no means needed for a child under the Palermo Protocol art. 3(c)) and the services due. Record at least an age estimate (HTCDS prs_Birthdate is a core field).",
      th: "อายุเป็นตัวกำหนดว่าบุคคลเป็นเด็กหรือไม่ ซึ่งเปลี่ยนหลักเกณฑ์ทางกฎหมาย (ไม่ต้องมีวิธีการสำหรับเด็กตามพิธีสารปาแลร์โม ข้อ 3(c)) และบริการที่ควรได้รับ ให้บันทึกอย่างน้อยอายุโดยประมาณ (prs_Birthdate เป็นฟิลด์หลักของ HTCDS)",
      es: "La edad decide si la persona es niño o niña, lo que cambia el criterio legal (no se exigen medios para un niño según el Protocolo de Palermo art. 3(c)) y los servicios debidos. Registre al menos una edad estimada (prs_Birthdate es un campo básico de HTCDS).",
    },
  }),
  TIPX603: defineIssue({
    severity: "warning",
    title: { en: "Core HTCDS field missing", th: "ขาดฟิลด์หลักของ HTCDS", es: "Falta un campo básico de HTCDS" },
    message: {
      en: (p) => `Recommended field is missing: ${s(p, "label")} (HTCDS core field ${s(p, "htcds")}).`,
      th: (p) => `ขาดฟิลด์ที่แนะนำ: ${s(p, "label")} (ฟิลด์หลักของ HTCDS ${s(p, "htcds")})`,
      es: (p) => `Falta un campo recomendado: ${s(p, "label")} (campo básico de HTCDS ${s(p, "htcds")}).`,
    },
    explanation: {
      en: "HTCDS 2.0 marks some fields as core: a victim's trafficking status and types of exploitation, a case's status. tipx accepts a record without them but warns, since national and global statistics need them.",
      th: "HTCDS 2.0 กำหนดบางฟิลด์เป็นฟิลด์หลัก เช่น สถานะการเป็นผู้เสียหายและรูปแบบการแสวงประโยชน์ สถานะคดี tipx ยอมรับระเบียนที่ไม่มีฟิลด์เหล่านี้แต่จะเตือน เพราะสถิติระดับชาติและระดับโลกต้องใช้",
      es: "HTCDS 2.0 marca algunos campos como básicos: la condición de víctima y los tipos de explotación, el estado del caso. tipx acepta un registro sin ellos pero advierte, porque las estadísticas nacionales y mundiales los necesitan.",
    },
    source: "IOM HTCDS 2.0, Core column",
  }),
  TIPX604: defineIssue({
    severity: "warning",
    title: { en: "Deprecated field", th: "ฟิลด์ที่เลิกใช้", es: "Campo obsoleto" },
    message: {
      en: (p) => `${s(p, "label")} is deprecated in HTCDS 2.0; run "tipx explain TIPX604" for what replaces it.`,
      th: (p) => `${s(p, "label")} เลิกใช้แล้วใน HTCDS 2.0 ดูสิ่งที่ใช้แทนด้วย "tipx explain TIPX604"`,
      es: (p) => `${s(p, "label")} está obsoleto en HTCDS 2.0; ejecute "tipx explain TIPX604" para ver qué lo sustituye.`,
    },
    explanation: {
      en: "The field is kept so that older data still validates, but HTCDS 2.0 deprecated it: `vulnerabilities` and `vulnerabilityDetails` are replaced by an Assessment of individual, household and community risk; `agreementToManagePersonalData` by a Consent entity with its purposes.",
      th: "ฟิลด์นี้ยังคงไว้เพื่อให้ข้อมูลเก่ายังผ่านการตรวจสอบ แต่ HTCDS 2.0 เลิกใช้แล้ว: `vulnerabilities` และ `vulnerabilityDetails` ให้ใช้ Assessment ความเสี่ยงระดับบุคคล ครัวเรือน และชุมชนแทน `agreementToManagePersonalData` ให้ใช้เอนทิตี Consent พร้อมวัตถุประสงค์แทน",
      es: "El campo se conserva para que los datos antiguos sigan validando, pero HTCDS 2.0 lo declaró obsoleto: `vulnerabilities` y `vulnerabilityDetails` se sustituyen por una Assessment del riesgo individual, familiar y comunitario; `agreementToManagePersonalData`, por una entidad Consent con sus finalidades.",
    },
  }),
} as const;
