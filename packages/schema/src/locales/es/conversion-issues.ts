import type { IssueTexts } from "../../i18n/catalogue";
import { _isEntityRef } from "../../issues/_words";
import type {
  CONVERSION_ISSUES,
  ConversionValueKind,
  MalformedRowReason,
  MappingProblem,
  UnreadableFileReason,
  ValueChange,
} from "../../issues/conversion";

type ConversionCode = keyof typeof CONVERSION_ISSUES;

const KINDS: { readonly [K in ConversionValueKind]: string } = {
  date: "una fecha",
  number: "un número",
  integer: "un número entero",
  year: "un año",
  boolean: "sí o no",
  phone: "un número de teléfono",
  age: "una edad en años",
  uuid: "un UUID",
  country: "un país",
  language: "un idioma",
  text: "texto",
};

const MALFORMED: { readonly [R in MalformedRowReason]: string } = {
  "column-count": "tiene más celdas que columnas el encabezado",
  quotes: "una celda entre comillas no está cerrada",
  "not-json": "la línea no es JSON válido",
  "not-an-object": "la línea no es un objeto JSON",
  "too-long": "la línea supera el límite de longitud",
  "invalid-record": "sus celdas no forman un registro que tipx pueda construir",
};

const UNREADABLE: { readonly [R in UnreadableFileReason]: string } = {
  empty: "está vacío",
  binary: "no es texto",
  truncated: "está cortado",
  encrypted: "está protegido con contraseña",
  "too-large": "supera el tamaño máximo",
  encoding: "no se reconoce su codificación de caracteres",
  "not-a-workbook": "no es un libro de Excel (.xlsx)",
};

const CHANGES: { readonly [C in ValueChange]: string } = {
  generalised: "se hizo menos preciso",
  migrated: "se trasladó al campo que reemplaza al original",
  normalised: "se reescribió en su forma normalizada",
  generated: "se generó, porque la entrada no lo tenía",
  merged: "se combinó con otros valores en uno solo",
};

const MAPPING: { readonly [M in MappingProblem]: string } = {
  missing: "falta un miembro obligatorio",
  type: "el valor tiene un tipo incorrecto",
  "unknown-key": "el miembro no forma parte de una correspondencia de columnas",
  "unknown-field": "nombra un campo que el modelo de tipx no tiene",
  "unknown-code": "asigna un código que la lista de códigos del campo no tiene",
  "duplicate-column": "la columna está asignada dos veces",
  "date-format": "tipx no lee ese formato de fecha",
  "not-json": "la correspondencia de columnas no es JSON válido",
};

/** Spanish titles, messages and explanations of the conversion issues (TIPX7xx). */
export const conversionIssues: { readonly [C in ConversionCode]: IssueTexts<C> } = {
  TIPX701: {
    title: "Columna no reconocida",
    message: (p, n) =>
      p.format === "mapped"
        ? `La columna «${p.column}» no está en la correspondencia de columnas; sus valores no se trasladaron.`
        : `La columna «${p.column}» no es una columna de ${n.term(`conversion-format.${p.format}`)}; sus valores no se trasladaron.`,
    explanation:
      "La entrada tiene una columna que el conversor no conoce para este formato, así que ninguno de sus valores pasó a la salida. Revise la ortografía de la columna frente a los nombres de campo del formato o, en una planilla de una organización, agregue la columna a la correspondencia de columnas.",
    reviewed: false,
  },
  TIPX702: {
    title: "Código desconocido",
    message: (p, n) =>
      `Un valor de «${n.field(p.field)}» no es un código de la lista «${n.list(p.list)}»; no se trasladó.`,
    explanation:
      "El valor no es ninguno de los códigos de la lista del campo, en ninguna grafía o alias que tipx conozca, y un conversor nunca adivina un código. Corrija el valor en la entrada o, en una planilla de una organización, asígnelo en la tabla de valores de la columna. El informe da el valor; el mensaje no lo muestra.",
    reviewed: false,
  },
  TIPX703: {
    title: "Valor ilegible",
    message: (p, n) => `Un valor de «${n.field(p.field)}» no se puede leer como ${KINDS[p.expected]}; no se trasladó.`,
    explanation:
      "La celda tiene un valor sin la forma que el campo necesita: una fecha que no está en ningún formato que se indicó al conversor (incluidos los años de la era budista cuando la correspondencia de columnas lo dice), un número que no es un número, un teléfono no válido para su país, etc. Corrija la celda o indique el formato en la correspondencia de columnas.",
    reviewed: false,
  },
  TIPX704: {
    title: "Fila mal formada",
    message: (p) => `Se omitió la fila: ${MALFORMED[p.reason]}.`,
    explanation:
      "La fila no se pudo leer como una fila de su archivo, así que ninguno de sus valores se trasladó; las filas siguientes sí se convirtieron. El número de fila del informe es el que muestra una planilla de cálculo (el encabezado es la fila 1), o el número de línea de un archivo NDJSON.",
    reviewed: false,
  },
  TIPX705: {
    title: "Campo no trasladado",
    message: (p, n) =>
      p.format === "mapped"
        ? `La correspondencia de columnas omite «${n.field(p.field)}»; no se trasladó.`
        : `«${n.field(p.field)}» no tiene lugar en ${n.term(`conversion-format.${p.format}`)}; no se trasladó.`,
    explanation:
      "El formato de destino no tiene columna para este campo, así que la salida no lo contiene. Es lo esperado al convertir a un formato más reducido (CTDC lleva recuentos, no identidades); el informe enumera cada uno de esos campos para que sepa exactamente qué le falta a la salida.",
    reviewed: false,
  },
  TIPX706: {
    title: "Fila suprimida por k-anonimato",
    message: (p) =>
      `Se dejó fuera la fila: menos de ${p.k} filas comparten sus valores de ${p.columns.map((c) => `«${c}»`).join(", ")}.`,
    explanation:
      "Un conjunto de datos publicado se k-anonimiza: una fila cuya combinación de cuasi-identificadores (franja de edad, género, nacionalidad, año…) comparten menos de k filas podría señalar a una persona, por lo que se suprime. CTDC publica con k = 11. El informe cuenta las filas suprimidas.",
    reviewed: false,
  },
  TIPX707: {
    title: "No es la estructura esperada",
    message: (p, n) =>
      `La entrada no es ${n.term(`conversion-format.${p.format}`)}: no tiene ninguna de las columnas esperadas (${n.either(p.expected.slice(0, 5))}).`,
    explanation:
      "El conversor buscó el encabezado del formato que se le pidió leer y no lo encontró, así que no leyó ninguna fila. Compruebe que el archivo es el que quería y que `--from` indica su formato; un libro HTCDS tiene sus nombres de campo (prs_…, vic_…, cas_…) en la primera fila.",
    reviewed: false,
  },
  TIPX708: {
    title: "No se puede leer el archivo",
    message: (p) => `No se puede leer el archivo: ${UNREADABLE[p.reason]}.`,
    explanation:
      "El conversor no pudo leer el archivo en absoluto, así que no convirtió nada: un archivo vacío, un archivo que no es texto ni un libro, un archivo cortado, un libro protegido con contraseña (quite la contraseña en la planilla de cálculo primero), un archivo que supera el límite de tamaño, o un texto en una codificación que tipx no reconoce (se leen UTF-8, UTF-16 con marca de orden de bytes y Windows-874 para el tailandés).",
    reviewed: false,
  },
  TIPX709: {
    title: "Valor modificado en la conversión",
    message: (p, n) =>
      p.change === "generated" && _isEntityRef(p.field)
        ? `Se generó un identificador para cada ${n.field(p.field)}, porque la entrada no lo tenía.`
        : `Un valor de «${n.field(p.field)}» ${CHANGES[p.change]}.`,
    explanation:
      "El valor se trasladó, pero no tal como estaba: se hizo menos preciso para un conjunto de datos publicado (una edad en una franja de edad), se trasladó al campo que reemplaza a uno obsoleto (de HTCDS 0.2 a 2.0), se reescribió en su forma normalizada (un teléfono en E.164), se generó porque la entrada no lo tenía (un identificador), o se combinó con otros donde el formato de destino tiene una sola columna para varios campos.",
    reviewed: false,
  },
  TIPX710: {
    title: "Correspondencia de columnas no válida",
    message: (p) => `Se rechazó la correspondencia de columnas: ${MAPPING[p.problem]}.`,
    explanation:
      "Una correspondencia de columnas se comprueba antes de leer ninguna fila, y una correspondencia con un error se rechaza entera, con el JSON Pointer del miembro que falla. Corríjala según su JSON Schema (`mapping.schema.json`).",
    reviewed: false,
  },
  TIPX711: {
    title: "Valores contradictorios",
    message: (p, n) =>
      `Filas del mismo registro dan valores distintos de «${n.field(p.field)}»; se conservó el primero y los demás no se trasladaron.`,
    explanation:
      "Varias filas describen el mismo caso, persona o víctima (comparten su identificador), pero no coinciden en un campo que tiene un solo valor. El conversor conserva el valor de la primera fila e informa cada una de las demás. Corrija la entrada para que las filas coincidan.",
    reviewed: false,
  },
  TIPX712: {
    title: "El valor necesita lo que falta en la entrada",
    message: (p, n) =>
      `Un valor de «${n.field(p.field)}» no se trasladó: tipx necesita «${n.field(p.needs)}» con él, y la entrada no lo tiene.`,
    explanation:
      "La entrada tiene el valor, pero el modelo de tipx no puede guardarlo sin otro campo que el formato de entrada no registra: por ejemplo, un consentimiento sin la fecha en que se dio. Indique el valor que falta mediante las opciones del conversor (como `consentGivenOn`) cuando lo conozca, o agréguelo al paquete después de la conversión.",
    reviewed: false,
  },
};
