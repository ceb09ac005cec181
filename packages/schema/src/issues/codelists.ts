import { _param as s, defineIssue } from "./issue";


/**
 * Issue codes TIPX2xx: values that must come from a code list.
 *
 * @example
 * ```ts
 * import { CODE_LIST_ISSUES } from "@tipx/schema";
 * CODE_LIST_ISSUES.TIPX201.severity; // "error"
 * ```
 */
export const CODE_LIST_ISSUES = {
  TIPX201: defineIssue({
    severity: "error",
    title: { en: "Unknown code", th: "รหัสที่ไม่รู้จัก", es: "Código desconocido" },
    message: {
      en: (p) => `${s(p, "label")}: ${p["received"] !== undefined ? `"${s(p, "received")}" is ` : ""}not a code of ${s(p, "list")}${p["suggestion"] ? `; did you mean "${s(p, "suggestion")}"?` : "."}`,
      th: (p) => `${s(p, "label")}: ${p["received"] !== undefined ? `"${s(p, "received")}" ` : ""}ไม่ใช่รหัสใน ${s(p, "list")}${p["suggestion"] ? ` หมายถึง "${s(p, "suggestion")}" หรือไม่` : ""}`,
      es: (p) => `${s(p, "label")}: ${p["received"] !== undefined ? `"${s(p, "received")}" ` : ""}no es un código de ${s(p, "list")}${p["suggestion"] ? `; ¿quiso decir "${s(p, "suggestion")}"?` : "."}`,
    },
    explanation: {
      en: "The value must be one of the codes of the field's code list, spelt exactly as the list spells it (HTCDS codes are case-sensitive and kept verbatim, typos included). The message repeats the value only for fields whose sensitivity is `none`. Under `level: \"lenient\"`, an unknown code in an extensible list (websites and apps, identity document kinds) is a warning.",
      th: "ค่าต้องเป็นหนึ่งในรหัสของรายการรหัสของฟิลด์ และสะกดตรงตามรายการ (รหัส HTCDS แยกตัวพิมพ์ใหญ่เล็กและคงไว้ตามต้นฉบับ รวมถึงคำที่สะกดผิด) ข้อความแจ้งจะแสดงค่าเฉพาะฟิลด์ที่มีระดับความอ่อนไหว `none` ในโหมด `level: \"lenient\"` รหัสที่ไม่รู้จักในรายการที่ขยายได้ (เว็บไซต์และแอป ประเภทเอกสารแสดงตน) เป็นเพียงคำเตือน",
      es: "El valor debe ser uno de los códigos de la lista del campo, escrito exactamente como en la lista (los códigos HTCDS distinguen mayúsculas y se conservan tal cual, erratas incluidas). El mensaje repite el valor solo en campos de sensibilidad `none`. Con `level: \"lenient\"`, un código desconocido en una lista extensible (sitios y aplicaciones, tipos de documento) es una advertencia.",
    },
  }),
  TIPX202: defineIssue({
    severity: "warning",
    title: { en: "Repeated code", th: "รหัสซ้ำ", es: "Código repetido" },
    message: {
      en: (p) => `${s(p, "label")}: the same code appears more than once.`,
      th: (p) => `${s(p, "label")}: มีรหัสเดียวกันมากกว่าหนึ่งครั้ง`,
      es: (p) => `${s(p, "label")}: el mismo código aparece más de una vez.`,
    },
    explanation: {
      en: "A multi-select field (methods of control, exploitation types, citizenships...) lists the same code twice. Counts built from it would be wrong; list each code once.",
      th: "ฟิลด์ที่เลือกได้หลายค่า (วิธีการควบคุม รูปแบบการแสวงประโยชน์ สัญชาติ ฯลฯ) มีรหัสเดียวกันสองครั้ง การนับจากฟิลด์นี้จะผิด ให้ระบุแต่ละรหัสครั้งเดียว",
      es: "Un campo de selección múltiple (medios de control, tipos de explotación, nacionalidades...) repite un código. Los recuentos serían erróneos; indique cada código una sola vez.",
    },
  }),
} as const;
