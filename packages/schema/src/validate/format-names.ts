import type { Translated } from "../i18n/lang";
import type { PatternName } from "../model/patterns";

/** The names of the string formats the model checks (every pattern of the model among them), as messages show them. */
export const FORMAT_NAMES: Readonly<Record<PatternName | "date" | "date-time" | "email" | "calendar-date" | "pattern", Translated>> = {
  uuid: { en: "UUID", th: "UUID", es: "UUID" },
  date: { en: "date (YYYY-MM-DD)", th: "วันที่ (YYYY-MM-DD)", es: "fecha (AAAA-MM-DD)" },
  "date-time": { en: "date-time with UTC offset (RFC 3339)", th: "วันเวลาพร้อมเขตเวลา (RFC 3339)", es: "fecha-hora con desfase UTC (RFC 3339)" },
  email: { en: "e-mail address", th: "ที่อยู่อีเมล", es: "dirección de correo electrónico" },
  "partial-date": { en: "partial date (YYYY, YYYY-MM or YYYY-MM-DD)", th: "วันที่บางส่วน (YYYY, YYYY-MM หรือ YYYY-MM-DD)", es: "fecha parcial (AAAA, AAAA-MM o AAAA-MM-DD)" },
  "calendar-date": { en: "calendar date (that day does not exist)", th: "วันที่ในปฏิทิน (ไม่มีวันนั้นอยู่จริง)", es: "fecha de calendario (ese día no existe)" },
  e164: { en: "E.164 phone number (+ and 7 to 15 digits)", th: "หมายเลขโทรศัพท์ E.164 (+ และตัวเลข 7 ถึง 15 หลัก)", es: "teléfono E.164 (+ y de 7 a 15 dígitos)" },
  "iso3166-2": { en: "ISO 3166-2 subdivision code", th: "รหัสเขตการปกครอง ISO 3166-2", es: "código de subdivisión ISO 3166-2" },
  iso4217: { en: "ISO 4217 currency code", th: "รหัสสกุลเงิน ISO 4217", es: "código de moneda ISO 4217" },
  "extension-key": { en: "namespaced extension key", th: "คีย์ส่วนขยายที่มีเนมสเปซ", es: "clave de extensión con espacio de nombres" },
  pattern: { en: "value of the required pattern", th: "ค่าตามรูปแบบที่กำหนด", es: "valor con el patrón exigido" },
};

/** The names of JSON types, as messages show them. */
export const JSON_TYPE_NAMES: Readonly<Record<string, Translated>> = {
  object: { en: "object", th: "ออบเจ็กต์", es: "objeto" },
  array: { en: "list", th: "รายการ", es: "lista" },
  string: { en: "text", th: "ข้อความ", es: "texto" },
  number: { en: "number", th: "ตัวเลข", es: "número" },
  int: { en: "integer", th: "จำนวนเต็ม", es: "entero" },
  integer: { en: "integer", th: "จำนวนเต็ม", es: "entero" },
  boolean: { en: "true or false", th: "จริงหรือเท็จ", es: "verdadero o falso" },
  null: { en: "null", th: "null", es: "null" },
  undefined: { en: "nothing", th: "ไม่มีค่า", es: "nada" },
};
