// The words of the reference pages themselves (headings, column names, notes) in each language. The
// model's own texts (field labels and descriptions, code labels, issue texts) come from the catalogues;
// these are only the frame around them. Thai follows docs/glossary.md (กรณี for a case, no final full stop).
import type { Lang } from "../../../src/i18n/lang";
import type { Sensitivity } from "../../../src/metadata/sensitivity";
import type { TextFormat } from "./model";

/** The frame words of the reference in one language. */
export interface Words {
  readonly language: string;
  readonly reference: string;
  readonly intro: string;
  readonly model: string;
  readonly modelIntro: string;
  readonly bundle: string;
  readonly entities: string;
  readonly nested: string;
  readonly codeLists: string;
  readonly codeListsIntro: string;
  readonly subdivisions: string;
  readonly issueCodes: string;
  readonly issueCodesIntro: string;
  readonly field: string;
  readonly type: string;
  readonly required: string;
  readonly yes: string;
  readonly no: string;
  readonly description: string;
  readonly htcds: string;
  readonly ctdc: string;
  readonly sensitivity: string;
  readonly since: string;
  readonly jsonSchema: string;
  readonly usedIn: string;
  readonly text: string;
  readonly integer: string;
  readonly number: string;
  readonly boolean: string;
  readonly any: string;
  readonly extensions: string;
  readonly constant: string;
  readonly listOf: (item: string) => string;
  readonly codeOf: (list: string) => string;
  readonly idOf: (types: string) => string;
  readonly or: string;
  readonly formats: Readonly<Record<TextFormat, string>>;
  readonly sensitivities: Readonly<Record<Sensitivity, string>>;
  readonly deprecated: string;
  readonly fallbackNote: string;
  readonly unreviewedNote: string;
  readonly missingNote: string;
  readonly fallbackMark: string;
  readonly code: string;
  readonly label: string;
  readonly notes: string;
  readonly definition: string;
  readonly source: string;
  readonly listId: string;
  readonly codes: string;
  readonly extensible: string;
  readonly closed: string;
  readonly htcdsField: string;
  readonly missingLabel: string;
  readonly userAssigned: string;
  readonly replacedBy: (code: string) => string;
  readonly addedBy: (who: string) => string;
  readonly severity: string;
  readonly severities: Readonly<Record<"error" | "warning" | "info", string>>;
  readonly example: string;
  readonly exampleIntro: string;
  readonly reported: string;
  readonly howProduced: string;
  readonly fix: string;
  readonly fixText: string;
  readonly unverified: string;
  readonly families: Readonly<Record<string, string>>;
}

const EN: Words = {
  language: "English",
  reference: "Model reference",
  intro:
    "Every entity and field of the tipx model, every code list and every issue code, generated from the field registry, the code lists and the issue definitions of the schema package, so it cannot drift from them.",
  model: "Entities and objects",
  modelIntro:
    "Each page lists the fields of one object of the model. A bundle holds entities; entities hold nested objects.",
  bundle: "The bundle",
  entities: "Entities",
  nested: "Nested objects",
  codeLists: "Code lists",
  codeListsIntro:
    "Every code list, with its codes, their labels in English, Thai and Spanish, and where they come from.",
  subdivisions: "Subdivisions of the profile countries (ISO 3166-2)",
  issueCodes: "Issue codes",
  issueCodesIntro:
    "Every issue validate() and the other functions of tipx report has a stable code. Each family page gives each code's meaning, an example that produces it and the fix.",
  field: "Field",
  type: "Type",
  required: "Required",
  yes: "yes",
  no: "no",
  description: "Description",
  htcds: "HTCDS 2.0",
  ctdc: "CTDC",
  sensitivity: "Sensitivity",
  since: "Since",
  jsonSchema: "JSON Schema",
  usedIn: "Used in",
  text: "text",
  integer: "whole number",
  number: "number",
  boolean: "true or false",
  any: "any JSON value",
  extensions: "extensions (namespaced keys, any values)",
  constant: "the value",
  listOf: (item) => `list of ${item}`,
  codeOf: (list) => `code of ${list}`,
  idOf: (types) => `id of ${types}`,
  or: "or",
  formats: {
    uuid: "UUID",
    date: "date (YYYY-MM-DD)",
    "date-time": "date and time with offset (RFC 3339)",
    "partial-date": "partial date (YYYY, YYYY-MM or YYYY-MM-DD)",
    e164: "E.164 phone number",
    "iso3166-2": "ISO 3166-2 subdivision code",
    email: "e-mail address",
    "extension-key": "namespaced extension key",
    pattern: "text of a set pattern",
  },
  sensitivities: {
    "direct-identifier": "direct identifier",
    "quasi-identifier": "quasi-identifier",
    sensitive: "sensitive",
    none: "none",
  },
  deprecated: "Deprecated",
  fallbackNote: "",
  unreviewedNote: "",
  missingNote: "A dash (—) marks a code that has no label in that language yet: the English label applies.",
  fallbackMark: "",
  code: "Code",
  label: "Label",
  notes: "Notes",
  definition: "Definition (English)",
  source: "Source",
  listId: "List id",
  codes: "Codes",
  extensible: "Data may carry other codes (an unknown code is a warning under level lenient).",
  closed: "Closed list: any other value is an error.",
  htcdsField: "HTCDS 2.0 picklist of",
  missingLabel: "—",
  userAssigned: "user-assigned code, accepted only where the field says so",
  replacedBy: (code) => `deprecated, replaced by \`${code}\``,
  addedBy: (who) => `added by ${who}`,
  severity: "Severity",
  severities: { error: "error", warning: "warning", info: "information" },
  example: "Example",
  exampleIntro: "The synthetic valid bundle of the tests, changed as follows:",
  reported: "validate() reports",
  howProduced: "How it arises",
  fix: "Fix",
  fixText: "See the explanation above.",
  unverified: "Rests on a fact not verified against a primary source.",
  families: {
    structure: "TIPX1xx: structure and types",
    "code-lists": "TIPX2xx: code lists",
    "country-profiles": "TIPX3xx: country profiles",
    consistency: "TIPX4xx: references and consistency",
    privacy: "TIPX5xx: privacy, consent, signatures and encryption",
    "data-quality": "TIPX6xx: data quality",
    conversion: "TIPX7xx: conversion between formats",
    internal: "TIPX9xx: internal errors of tipx",
  },
};

const TH: Words = {
  language: "ไทย",
  reference: "เอกสารอ้างอิงแบบจำลอง",
  intro:
    "เอนทิตีและฟิลด์ทั้งหมดของแบบจำลอง tipx รายการรหัสทั้งหมด และรหัสปัญหาทั้งหมด สร้างโดยอัตโนมัติจากทะเบียนฟิลด์ รายการรหัส และนิยามปัญหาของแพ็กเกจ schema จึงตรงกับโค้ดเสมอ",
  model: "เอนทิตีและออบเจ็กต์",
  modelIntro: "แต่ละหน้าแสดงฟิลด์ของออบเจ็กต์หนึ่งของแบบจำลอง ชุดข้อมูลบรรจุเอนทิตี และเอนทิตีบรรจุออบเจ็กต์ย่อย",
  bundle: "ชุดข้อมูล",
  entities: "เอนทิตี",
  nested: "ออบเจ็กต์ย่อย",
  codeLists: "รายการรหัส",
  codeListsIntro: "รายการรหัสทั้งหมด พร้อมรหัส ป้ายกำกับภาษาอังกฤษ ไทย และสเปน และแหล่งที่มา",
  subdivisions: "เขตการปกครองของประเทศที่มีโปรไฟล์ (ISO 3166-2)",
  issueCodes: "รหัสปัญหา",
  issueCodesIntro:
    "ปัญหาทุกข้อที่ validate() และฟังก์ชันอื่นของ tipx รายงานมีรหัสคงที่ หน้าของแต่ละกลุ่มอธิบายความหมายของแต่ละรหัส ตัวอย่างที่ทำให้เกิดรหัสนั้น และวิธีแก้ไข",
  field: "ฟิลด์",
  type: "ชนิด",
  required: "จำเป็น",
  yes: "ใช่",
  no: "ไม่",
  description: "คำอธิบาย",
  htcds: "HTCDS 2.0",
  ctdc: "CTDC",
  sensitivity: "ระดับความอ่อนไหว",
  since: "ตั้งแต่รุ่น",
  jsonSchema: "JSON Schema",
  usedIn: "ใช้ใน",
  text: "ข้อความ",
  integer: "จำนวนเต็ม",
  number: "ตัวเลข",
  boolean: "จริงหรือเท็จ",
  any: "ค่า JSON ใดก็ได้",
  extensions: "ส่วนขยาย (คีย์ที่มีเนมสเปซ ค่าใดก็ได้)",
  constant: "ค่า",
  listOf: (item) => `รายการของ${item}`,
  codeOf: (list) => `รหัสจาก${list}`,
  idOf: (types) => `รหัสเอนทิตีของ${types}`,
  or: "หรือ",
  formats: {
    uuid: "UUID",
    date: "วันที่ (YYYY-MM-DD)",
    "date-time": "วันเวลาพร้อมเขตเวลา (RFC 3339)",
    "partial-date": "วันที่บางส่วน (YYYY, YYYY-MM หรือ YYYY-MM-DD)",
    e164: "หมายเลขโทรศัพท์ E.164",
    "iso3166-2": "รหัสเขตการปกครอง ISO 3166-2",
    email: "ที่อยู่อีเมล",
    "extension-key": "คีย์ส่วนขยายที่มีเนมสเปซ",
    pattern: "ข้อความตามรูปแบบที่กำหนด",
  },
  sensitivities: {
    "direct-identifier": "ข้อมูลระบุตัวตนโดยตรง",
    "quasi-identifier": "ข้อมูลที่อาจระบุตัวตนได้เมื่อรวมกัน",
    sensitive: "ข้อมูลอ่อนไหว",
    none: "ไม่มี",
  },
  deprecated: "เลิกใช้แล้ว",
  fallbackNote: "ข้อความที่มีเครื่องหมาย (EN) ยังไม่มีคำแปลภาษาไทยในแคตตาล็อก จึงแสดงเป็นภาษาอังกฤษ",
  unreviewedNote: "คำแปลภาษาไทยในหน้านี้ยังไม่ได้รับการตรวจทานโดยผู้เชี่ยวชาญที่ใช้ภาษาไทยในงานด้านนี้",
  missingNote: "เครื่องหมาย — หมายถึงรหัสที่ยังไม่มีป้ายกำกับในภาษานั้น ให้ใช้ป้ายกำกับภาษาอังกฤษแทน",
  fallbackMark: " (EN)",
  code: "รหัส",
  label: "ป้ายกำกับ",
  notes: "หมายเหตุ",
  definition: "นิยาม (ภาษาอังกฤษ)",
  source: "แหล่งที่มา",
  listId: "รหัสรายการ",
  codes: "รหัส",
  extensible: "ข้อมูลอาจมีรหัสอื่นนอกรายการได้ (รหัสที่ไม่รู้จักเป็นคำเตือนเมื่อใช้ระดับ lenient)",
  closed: "รายการปิด ค่าอื่นนอกรายการเป็นข้อผิดพลาด",
  htcdsField: "รายการตัวเลือก HTCDS 2.0 ของ",
  missingLabel: "—",
  userAssigned: "รหัสที่ผู้ใช้กำหนด ใช้ได้เฉพาะในฟิลด์ที่ระบุว่ารับได้",
  replacedBy: (code) => `เลิกใช้แล้ว ใช้ \`${code}\` แทน`,
  addedBy: (who) => `เพิ่มโดย ${who}`,
  severity: "ระดับความรุนแรง",
  severities: { error: "ข้อผิดพลาด", warning: "คำเตือน", info: "ข้อมูล" },
  example: "ตัวอย่าง",
  exampleIntro: "ชุดข้อมูลสังเคราะห์ที่ถูกต้องของชุดทดสอบ แก้ไขดังนี้",
  reported: "validate() รายงาน",
  howProduced: "เกิดขึ้นเมื่อ",
  fix: "วิธีแก้ไข",
  fixText: "ดูคำอธิบายข้างต้น",
  unverified: "อาศัยข้อเท็จจริงที่ยังไม่ได้ตรวจสอบกับแหล่งข้อมูลปฐมภูมิ",
  families: {
    structure: "TIPX1xx: โครงสร้างและชนิดข้อมูล",
    "code-lists": "TIPX2xx: รายการรหัส",
    "country-profiles": "TIPX3xx: โปรไฟล์ประเทศ",
    consistency: "TIPX4xx: การอ้างอิงและความสอดคล้อง",
    privacy: "TIPX5xx: ความเป็นส่วนตัว ความยินยอม ลายมือชื่อ และการเข้ารหัส",
    "data-quality": "TIPX6xx: คุณภาพข้อมูล",
    conversion: "TIPX7xx: การแปลงรูปแบบข้อมูล",
    internal: "TIPX9xx: ข้อผิดพลาดภายในของ tipx",
  },
};

const ES: Words = {
  language: "Español",
  reference: "Referencia del modelo",
  intro:
    "Todas las entidades y campos del modelo tipx, todas las listas de códigos y todos los códigos de problema, generados a partir del registro de campos, las listas de códigos y las definiciones de problemas del paquete schema, de modo que no pueden desfasarse.",
  model: "Entidades y objetos",
  modelIntro:
    "Cada página enumera los campos de un objeto del modelo. Un paquete contiene entidades; las entidades contienen objetos anidados.",
  bundle: "El paquete",
  entities: "Entidades",
  nested: "Objetos anidados",
  codeLists: "Listas de códigos",
  codeListsIntro:
    "Todas las listas de códigos, con sus códigos, sus etiquetas en inglés, tailandés y español, y su fuente.",
  subdivisions: "Subdivisiones de los países con perfil (ISO 3166-2)",
  issueCodes: "Códigos de problema",
  issueCodesIntro:
    "Cada problema que informan validate() y las demás funciones de tipx tiene un código estable. La página de cada familia da el significado de cada código, un ejemplo que lo produce y cómo corregirlo.",
  field: "Campo",
  type: "Tipo",
  required: "Obligatorio",
  yes: "sí",
  no: "no",
  description: "Descripción",
  htcds: "HTCDS 2.0",
  ctdc: "CTDC",
  sensitivity: "Sensibilidad",
  since: "Desde",
  jsonSchema: "JSON Schema",
  usedIn: "Se usa en",
  text: "texto",
  integer: "número entero",
  number: "número",
  boolean: "verdadero o falso",
  any: "cualquier valor JSON",
  extensions: "extensiones (claves con espacio de nombres, cualquier valor)",
  constant: "el valor",
  listOf: (item) => `lista de ${item}`,
  codeOf: (list) => `código de ${list}`,
  idOf: (types) => `id de ${types}`,
  or: "o",
  formats: {
    uuid: "UUID",
    date: "fecha (AAAA-MM-DD)",
    "date-time": "fecha y hora con desfase (RFC 3339)",
    "partial-date": "fecha parcial (AAAA, AAAA-MM o AAAA-MM-DD)",
    e164: "número de teléfono E.164",
    "iso3166-2": "código de subdivisión ISO 3166-2",
    email: "dirección de correo electrónico",
    "extension-key": "clave de extensión con espacio de nombres",
    pattern: "texto con un patrón fijo",
  },
  sensitivities: {
    "direct-identifier": "identificador directo",
    "quasi-identifier": "cuasi-identificador",
    sensitive: "sensible",
    none: "ninguna",
  },
  deprecated: "Obsoleto",
  fallbackNote: "Los textos marcados (EN) aún no tienen traducción al español en el catálogo y se muestran en inglés.",
  unreviewedNote:
    "Las traducciones al español de esta página aún no han sido revisadas por un profesional del ámbito que trabaje en español.",
  missingNote:
    "Una raya (—) indica un código que aún no tiene etiqueta en ese idioma: se aplica la etiqueta en inglés.",
  fallbackMark: " (EN)",
  code: "Código",
  label: "Etiqueta",
  notes: "Notas",
  definition: "Definición (en inglés)",
  source: "Fuente",
  listId: "Id de la lista",
  codes: "Códigos",
  extensible: "Los datos pueden llevar otros códigos (un código desconocido es una advertencia con el nivel lenient).",
  closed: "Lista cerrada: cualquier otro valor es un error.",
  htcdsField: "Lista de valores HTCDS 2.0 de",
  missingLabel: "—",
  userAssigned: "código asignado por el usuario, aceptado solo donde el campo lo indica",
  replacedBy: (code) => `obsoleto, reemplazado por \`${code}\``,
  addedBy: (who) => `añadido por ${who}`,
  severity: "Gravedad",
  severities: { error: "error", warning: "advertencia", info: "información" },
  example: "Ejemplo",
  exampleIntro: "El paquete sintético válido de las pruebas, modificado así:",
  reported: "validate() informa",
  howProduced: "Cuándo aparece",
  fix: "Corrección",
  fixText: "Véase la explicación anterior.",
  unverified: "Se basa en un dato no verificado en una fuente primaria.",
  families: {
    structure: "TIPX1xx: estructura y tipos",
    "code-lists": "TIPX2xx: listas de códigos",
    "country-profiles": "TIPX3xx: perfiles de país",
    consistency: "TIPX4xx: referencias y coherencia",
    privacy: "TIPX5xx: privacidad, consentimiento, firmas y cifrado",
    "data-quality": "TIPX6xx: calidad de los datos",
    conversion: "TIPX7xx: conversión entre formatos",
    internal: "TIPX9xx: errores internos de tipx",
  },
};

/** The frame words of each language. */
export const WORDS: Readonly<Record<Lang, Words>> = { en: EN, th: TH, es: ES };
