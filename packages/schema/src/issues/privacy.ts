import { _param as s, defineIssue } from "./issue";


/**
 * Issue codes TIPX5xx: privacy and consent.
 *
 * @example
 * ```ts
 * import { PRIVACY_ISSUES } from "@tipx/schema";
 * PRIVACY_ISSUES.TIPX501.severity; // "error"
 * ```
 */
export const PRIVACY_ISSUES = {
  TIPX501: defineIssue({
    severity: "error",
    title: { en: "Referral without consent", th: "การส่งต่อที่ไม่มีความยินยอม", es: "Derivación sin consentimiento" },
    message: {
      en: () => "The referral names a person but no Consent it relies on.",
      th: () => "การส่งต่อระบุบุคคลแต่ไม่ระบุความยินยอมที่ใช้อ้างอิง",
      es: () => "La derivación nombra a una persona pero no el Consent en que se basa.",
    },
    explanation: {
      en: "Referring a person shares their data with another organisation, which needs their informed consent for the purpose `referral`. Record a Consent entity and cite it in the referral's `consent` field.",
      th: "การส่งต่อบุคคลคือการแบ่งปันข้อมูลของเขากับหน่วยงานอื่น ซึ่งต้องได้รับความยินยอมโดยได้รับข้อมูลสำหรับวัตถุประสงค์ `referral` ให้บันทึกเอนทิตี Consent และอ้างถึงในฟิลด์ `consent` ของการส่งต่อ",
      es: "Derivar a una persona comparte sus datos con otra organización, lo que requiere su consentimiento informado para la finalidad `referral`. Registre una entidad Consent y cítela en el campo `consent` de la derivación.",
    },
  }),
  TIPX502: defineIssue({
    severity: "error",
    title: { en: "Consent does not cover the referral", th: "ความยินยอมไม่ครอบคลุมการส่งต่อ", es: "El consentimiento no cubre la derivación" },
    message: {
      en: (p) => `The referral's consent ${p["reason"] === "person" ? "is another person's" : p["reason"] === "withdrawn" ? "was withdrawn before the referral" : "does not include the purpose referral"}.`,
      th: (p) => `ความยินยอมของการส่งต่อ${p["reason"] === "person" ? "เป็นของบุคคลอื่น" : p["reason"] === "withdrawn" ? "ถูกถอนก่อนการส่งต่อ" : "ไม่รวมวัตถุประสงค์ referral"}`,
      es: (p) => `El consentimiento de la derivación ${p["reason"] === "person" ? "es de otra persona" : p["reason"] === "withdrawn" ? "se revocó antes de la derivación" : "no incluye la finalidad referral"}.`,
    },
    explanation: {
      en: "The Consent a referral cites must be the referred person's, include the purpose `referral`, and not have been withdrawn on or before the referral date.",
      th: "ความยินยอมที่การส่งต่ออ้างถึงต้องเป็นของบุคคลที่ถูกส่งต่อ รวมวัตถุประสงค์ `referral` และต้องไม่ถูกถอนในหรือก่อนวันที่ส่งต่อ",
      es: "El Consent que cita una derivación debe ser de la persona derivada, incluir la finalidad `referral` y no haberse revocado en la fecha de la derivación o antes.",
    },
  }),
  TIPX503: defineIssue({
    severity: "error",
    title: { en: "Identifiers in a statistics payload", th: "มีข้อมูลระบุตัวตนในชุดข้อมูลสถิติ", es: "Identificadores en un paquete estadístico" },
    message: {
      en: (p) => `${s(p, "label")} is a direct identifier and must not be sent for the purpose ${s(p, "purpose")}.`,
      th: (p) => `${s(p, "label")} เป็นข้อมูลระบุตัวตนโดยตรง ห้ามส่งเพื่อวัตถุประสงค์ ${s(p, "purpose")}`,
      es: (p) => `${s(p, "label")} es un identificador directo y no debe enviarse con la finalidad ${s(p, "purpose")}.`,
    },
    explanation: {
      en: "A bundle whose purpose is `statistics` or `research` must not carry direct identifiers (names, identity numbers, phones, e-mail, street addresses, coordinates, local identifiers). Redact the bundle first (@tipx/privacy `redact(bundle, \"statistics\")`).",
      th: "ชุดข้อมูลที่มีวัตถุประสงค์ `statistics` หรือ `research` ต้องไม่มีข้อมูลระบุตัวตนโดยตรง (ชื่อ เลขประจำตัว โทรศัพท์ อีเมล ที่อยู่ พิกัด รหัสอ้างอิงของหน่วยงาน) ให้ปกปิดข้อมูลก่อน (@tipx/privacy `redact(bundle, \"statistics\")`)",
      es: "Un paquete con finalidad `statistics` o `research` no debe llevar identificadores directos (nombres, números de identidad, teléfonos, correo, domicilios, coordenadas, identificadores locales). Anonimice antes el paquete (@tipx/privacy `redact(bundle, \"statistics\")`).",
    },
  }),
  TIPX504: defineIssue({
    severity: "warning",
    title: { en: "No consent for the bundle's purpose", th: "ไม่มีความยินยอมสำหรับวัตถุประสงค์ของชุดข้อมูล", es: "Sin consentimiento para la finalidad del paquete" },
    message: {
      en: (p) => `No Consent in the bundle covers this person for the purpose ${s(p, "purpose")}.`,
      th: (p) => `ไม่มีความยินยอมในชุดข้อมูลที่ครอบคลุมบุคคลนี้สำหรับวัตถุประสงค์ ${s(p, "purpose")}`,
      es: (p) => `Ningún Consent del paquete cubre a esta persona para la finalidad ${s(p, "purpose")}.`,
    },
    explanation: {
      en: "A bundle sent for `referral` or `cross-border-transfer` names a person who is a victim or presumed victim but has no Consent (not withdrawn) with that purpose. A warning, since the legal basis may lie outside the bundle; under `level: \"strict\"` it is an error.",
      th: "ชุดข้อมูลที่ส่งเพื่อ `referral` หรือ `cross-border-transfer` มีผู้เสียหายหรือผู้ที่อาจเป็นผู้เสียหายที่ไม่มีความยินยอม (ที่ยังไม่ถูกถอน) สำหรับวัตถุประสงค์นั้น เป็นคำเตือน เพราะฐานทางกฎหมายอาจอยู่นอกชุดข้อมูล ในโหมด `level: \"strict\"` จะเป็นข้อผิดพลาด",
      es: "Un paquete enviado para `referral` o `cross-border-transfer` nombra a una víctima o presunta víctima sin Consent (no revocado) para esa finalidad. Es una advertencia, porque la base legal puede estar fuera del paquete; con `level: \"strict\"` es un error.",
    },
  }),
} as const;
