import { _param as s, defineIssue } from "./issue";

const unit = (p: Record<string, unknown>, words: { items: string; characters: string }): string =>
  p["unit"] === "items" ? words.items : p["unit"] === "characters" ? words.characters : "";

/**
 * Issue codes TIPX1xx: the input's structure and types.
 *
 * @example
 * ```ts
 * import { STRUCTURE_ISSUES } from "@tipx/schema";
 * STRUCTURE_ISSUES.TIPX104.severity; // "error"
 * ```
 */
export const STRUCTURE_ISSUES = {
  TIPX100: defineIssue({
    severity: "error",
    title: { en: "Input could not be validated", th: "ไม่สามารถตรวจสอบข้อมูลได้", es: "No se pudo validar la entrada" },
    message: {
      en: () => "The input could not be read as data (it throws when read, or is not plain JSON data).",
      th: () => "ไม่สามารถอ่านข้อมูลนำเข้าได้ (เกิดข้อผิดพลาดขณะอ่าน หรือไม่ใช่ข้อมูล JSON ธรรมดา)",
      es: () => "No se pudo leer la entrada como datos (falla al leerse o no es JSON simple).",
    },
    explanation: {
      en: "validate() never throws. When reading the input itself fails (a getter that throws, a revoked proxy), it reports TIPX100 at the root instead. Pass plain JSON data.",
      th: "validate() ไม่โยนข้อผิดพลาด เมื่อการอ่านข้อมูลนำเข้าล้มเหลว (getter ที่โยนข้อผิดพลาด หรือ proxy ที่ถูกยกเลิก) จะรายงาน TIPX100 ที่ราก ให้ส่งข้อมูล JSON ธรรมดา",
      es: "validate() nunca lanza excepciones. Si falla la lectura de la propia entrada (un getter que lanza, un proxy revocado), informa TIPX100 en la raíz. Pase datos JSON simples.",
    },
  }),
  TIPX101: defineIssue({
    severity: "error",
    title: { en: "Not JSON", th: "ไม่ใช่ JSON", es: "No es JSON" },
    message: {
      en: (p) => `The text is not valid JSON${p["detail"] ? `: ${s(p, "detail")}` : ""}.`,
      th: (p) => `ข้อความไม่ใช่ JSON ที่ถูกต้อง${p["detail"] ? `: ${s(p, "detail")}` : ""}`,
      es: (p) => `El texto no es JSON válido${p["detail"] ? `: ${s(p, "detail")}` : ""}.`,
    },
    explanation: {
      en: "A file or NDJSON line could not be parsed as JSON. The CLI reports the file and line and goes on with the next line. Check for a truncated line, a trailing comma or a byte-order mark in the middle of a file.",
      th: "ไฟล์หรือบรรทัด NDJSON ไม่สามารถแปลงเป็น JSON ได้ CLI จะรายงานไฟล์และบรรทัด แล้วตรวจบรรทัดถัดไปต่อ ให้ตรวจหาบรรทัดที่ขาด เครื่องหมายจุลภาคเกิน หรือ BOM กลางไฟล์",
      es: "Un archivo o una línea NDJSON no se pudo analizar como JSON. La CLI informa el archivo y la línea y sigue con la siguiente. Busque una línea truncada, una coma final o una marca de orden de bytes a mitad de archivo.",
    },
  }),
  TIPX102: defineIssue({
    severity: "error",
    title: { en: "Wrong type", th: "ชนิดข้อมูลไม่ถูกต้อง", es: "Tipo incorrecto" },
    message: {
      en: (p) => `${s(p, "label")}: expected ${s(p, "expected")}, got ${s(p, "received")}.`,
      th: (p) => `${s(p, "label")}: ต้องเป็น ${s(p, "expected")} แต่ได้รับ ${s(p, "received")}`,
      es: (p) => `${s(p, "label")}: se esperaba ${s(p, "expected")} y se recibió ${s(p, "received")}.`,
    },
    explanation: {
      en: "A value has the wrong JSON type: a string where a number is expected, an object where a list is expected, and so on. The message names the expected and received types, never the value.",
      th: "ค่ามีชนิด JSON ไม่ถูกต้อง เช่น เป็นข้อความแทนตัวเลข หรือเป็นออบเจ็กต์แทนรายการ ข้อความแจ้งจะระบุชนิดที่ต้องการและที่ได้รับ โดยไม่แสดงค่า",
      es: "Un valor tiene un tipo JSON incorrecto: una cadena donde se espera un número, un objeto donde se espera una lista, etc. El mensaje indica los tipos esperado y recibido, nunca el valor.",
    },
  }),
  TIPX103: defineIssue({
    severity: "error",
    title: { en: "Required field missing", th: "ขาดฟิลด์ที่จำเป็น", es: "Falta un campo obligatorio" },
    message: {
      en: (p) => `Required field is missing: ${s(p, "label")}.`,
      th: (p) => `ขาดฟิลด์ที่จำเป็น: ${s(p, "label")}`,
      es: (p) => `Falta un campo obligatorio: ${s(p, "label")}.`,
    },
    explanation: {
      en: "A field the model requires is absent, for example an entity without an id, a bundle without a sender, or a charge without the persons charged.",
      th: "ไม่มีฟิลด์ที่แบบจำลองกำหนดให้ต้องมี เช่น เอนทิตีไม่มีรหัส ชุดข้อมูลไม่มีผู้ส่ง หรือข้อหาไม่ระบุผู้ถูกกล่าวหา",
      es: "Falta un campo que el modelo exige, por ejemplo una entidad sin id, un paquete sin remitente o un cargo sin personas imputadas.",
    },
  }),
  TIPX104: defineIssue({
    severity: "error",
    title: { en: "Unknown field", th: "ฟิลด์ที่ไม่รู้จัก", es: "Campo desconocido" },
    message: {
      en: (p) => `Unknown field "${s(p, "key")}" in ${s(p, "label")}; put data outside the model under "extensions" with a namespaced key.`,
      th: (p) => `ฟิลด์ "${s(p, "key")}" ใน ${s(p, "label")} ไม่มีในแบบจำลอง ให้ใส่ข้อมูลนอกแบบจำลองไว้ใน "extensions" ด้วยคีย์ที่มีเนมสเปซ`,
      es: (p) => `Campo desconocido "${s(p, "key")}" en ${s(p, "label")}; ponga los datos ajenos al modelo en "extensions" con una clave con espacio de nombres.`,
    },
    explanation: {
      en: "Objects in tipx are strict: a key the model does not define is an error, never silently dropped, so that a misspelt field is caught. Data that has no home in the model goes under the entity's `extensions` with a key such as \"org.example/field\".",
      th: "ออบเจ็กต์ใน tipx เป็นแบบเข้มงวด คีย์ที่แบบจำลองไม่ได้กำหนดถือเป็นข้อผิดพลาดและไม่ถูกทิ้งเงียบ ๆ เพื่อให้จับชื่อฟิลด์ที่สะกดผิดได้ ข้อมูลที่ไม่มีที่ในแบบจำลองให้ใส่ใน `extensions` ของเอนทิตีด้วยคีย์เช่น \"org.example/field\"",
      es: "Los objetos de tipx son estrictos: una clave que el modelo no define es un error y nunca se descarta en silencio, para detectar campos mal escritos. Los datos sin lugar en el modelo van en `extensions` de la entidad con una clave como \"org.example/field\".",
    },
  }),
  TIPX105: defineIssue({
    severity: "error",
    title: { en: "Invalid format", th: "รูปแบบไม่ถูกต้อง", es: "Formato no válido" },
    message: {
      en: (p) => `${s(p, "label")}: not a valid ${s(p, "format")}.`,
      th: (p) => `${s(p, "label")}: ไม่ใช่ ${s(p, "format")} ที่ถูกต้อง`,
      es: (p) => `${s(p, "label")}: no es un ${s(p, "format")} válido.`,
    },
    explanation: {
      en: "A string does not have the required format: UUID for ids, YYYY / YYYY-MM / YYYY-MM-DD for partial dates (and the day must exist), RFC 3339 date-time with offset, E.164 phone numbers (+ and up to 15 digits), ISO 3166-2 subdivision codes, e-mail addresses, namespaced extension keys.",
      th: "ข้อความไม่อยู่ในรูปแบบที่กำหนด: UUID สำหรับรหัส, YYYY / YYYY-MM / YYYY-MM-DD สำหรับวันที่บางส่วน (และต้องเป็นวันที่มีอยู่จริง), วันเวลา RFC 3339 พร้อมเขตเวลา, หมายเลขโทรศัพท์ E.164 (+ และไม่เกิน 15 หลัก), รหัสเขตการปกครอง ISO 3166-2, อีเมล, คีย์ส่วนขยายที่มีเนมสเปซ",
      es: "Una cadena no tiene el formato exigido: UUID para ids, AAAA / AAAA-MM / AAAA-MM-DD para fechas parciales (y el día debe existir), fecha-hora RFC 3339 con desfase, teléfonos E.164 (+ y hasta 15 dígitos), códigos de subdivisión ISO 3166-2, correos electrónicos, claves de extensión con espacio de nombres.",
    },
  }),
  TIPX106: defineIssue({
    severity: "error",
    title: { en: "Unsupported tipx version", th: "ไม่รองรับรุ่นของ tipx", es: "Versión de tipx no admitida" },
    message: {
      en: (p) => `This validator reads tipx ${s(p, "expected")}; the bundle declares another version.`,
      th: (p) => `ตัวตรวจสอบนี้อ่าน tipx รุ่น ${s(p, "expected")} แต่ชุดข้อมูลระบุรุ่นอื่น`,
      es: (p) => `Este validador lee tipx ${s(p, "expected")}; el paquete declara otra versión.`,
    },
    explanation: {
      en: "The bundle's `tipx` field names the model version. This package reads \"1.0\". Upgrade @tipx/schema or migrate the payload.",
      th: "ฟิลด์ `tipx` ของชุดข้อมูลระบุรุ่นของแบบจำลอง แพ็กเกจนี้อ่านรุ่น \"1.0\" ให้อัปเกรด @tipx/schema หรือแปลงข้อมูล",
      es: "El campo `tipx` del paquete indica la versión del modelo. Este paquete lee \"1.0\". Actualice @tipx/schema o migre los datos.",
    },
  }),
  TIPX107: defineIssue({
    severity: "error",
    title: { en: "Unknown entity type", th: "ประเภทเอนทิตีที่ไม่รู้จัก", es: "Tipo de entidad desconocido" },
    message: {
      en: (p) => `Unknown entity type; expected one of ${s(p, "expected")}.`,
      th: (p) => `ประเภทเอนทิตีไม่ถูกต้อง ต้องเป็นหนึ่งใน ${s(p, "expected")}`,
      es: (p) => `Tipo de entidad desconocido; se esperaba uno de ${s(p, "expected")}.`,
    },
    explanation: {
      en: "Every entity's `type` must be one of Person, Organization, Case, Operation, Referral, Consent, Assessment, LegalProceeding.",
      th: "`type` ของทุกเอนทิตีต้องเป็นหนึ่งใน Person, Organization, Case, Operation, Referral, Consent, Assessment, LegalProceeding",
      es: "El `type` de cada entidad debe ser Person, Organization, Case, Operation, Referral, Consent, Assessment o LegalProceeding.",
    },
  }),
  TIPX108: defineIssue({
    severity: "error",
    title: { en: "Out of range", th: "อยู่นอกช่วงที่กำหนด", es: "Fuera de rango" },
    message: {
      en: (p) => `${s(p, "label")}: must be ${p["relation"] === "max" ? "at most" : "at least"} ${s(p, "limit")}${unit(p, { items: " item(s)", characters: " character(s)" })}.`,
      th: (p) => `${s(p, "label")}: ต้อง${p["relation"] === "max" ? "ไม่เกิน" : "ไม่น้อยกว่า"} ${s(p, "limit")}${unit(p, { items: " รายการ", characters: " ตัวอักษร" })}`,
      es: (p) => `${s(p, "label")}: debe ser ${p["relation"] === "max" ? "como máximo" : "como mínimo"} ${s(p, "limit")}${unit(p, { items: " elemento(s)", characters: " carácter(es)" })}.`,
    },
    explanation: {
      en: "A number, a text or a list is too small or too large: an empty name, a negative count, an age over 130, a case party without roles, a consent without purposes.",
      th: "ตัวเลข ข้อความ หรือรายการมีขนาดเล็กหรือใหญ่เกินไป เช่น ชื่อว่าง จำนวนติดลบ อายุเกิน 130 ปี คู่กรณีที่ไม่มีบทบาท ความยินยอมที่ไม่มีวัตถุประสงค์",
      es: "Un número, un texto o una lista es demasiado pequeño o grande: un nombre vacío, una cantidad negativa, una edad mayor de 130, una parte sin funciones, un consentimiento sin finalidades.",
    },
  }),
  TIPX109: defineIssue({
    severity: "error",
    title: { en: "Invalid extension key", th: "คีย์ส่วนขยายไม่ถูกต้อง", es: "Clave de extensión no válida" },
    message: {
      en: (p) => `Extension key "${s(p, "key")}" is not namespaced; use a reversed domain and a name, such as "org.example/field".`,
      th: (p) => `คีย์ส่วนขยาย "${s(p, "key")}" ไม่มีเนมสเปซ ให้ใช้โดเมนกลับด้านและชื่อ เช่น "org.example/field"`,
      es: (p) => `La clave de extensión "${s(p, "key")}" no tiene espacio de nombres; use un dominio invertido y un nombre, como "org.example/field".`,
    },
    explanation: {
      en: "Keys of `extensions` must be namespaced (\"org.example/field\") so that two organisations' extensions never collide.",
      th: "คีย์ของ `extensions` ต้องมีเนมสเปซ (\"org.example/field\") เพื่อไม่ให้ส่วนขยายของสองหน่วยงานชนกัน",
      es: "Las claves de `extensions` deben llevar espacio de nombres (\"org.example/field\") para que las extensiones de dos organizaciones nunca choquen.",
    },
  }),
} as const;
