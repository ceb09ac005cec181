import type { KeyNeed } from "../exchange/key-file";
import type { TrustFileProblem } from "../exchange/trust-file";
import type { OutputDirectoryProblem } from "../schema/output-directory";
import type { WriteError } from "../schema/write-error";
import type { CliMessages } from "./messages";
import { byteSize, counted } from "./messages";

const size = (bytes: number): string => byteSize(bytes, "byte", "bytes");

const SPREADSHEET_HINT =
  "tipx validate lee JSON y NDJSON; convierta primero las hojas de cálculo en paquetes: tipx convert ARCHIVO --from htcds (o --from mapped --mapping M.json)";

function outputProblem(problem: OutputDirectoryProblem): string {
  switch (problem.kind) {
    case "file":
      return problem.isTarget
        ? "ya existe y es un archivo, no una carpeta"
        : `${problem.path} es un archivo, no una carpeta`;
    case "not-a-folder":
      return problem.isTarget ? "ya existe y no es una carpeta" : `${problem.path} no es una carpeta`;
    case "permission":
      return `no hay permiso para crear archivos en ${problem.path}`;
    case "read-only":
      return `${problem.path} está en un sistema de archivos de solo lectura`;
    case "pseudo-file-system":
      return `está en ${problem.fileSystem}, un sistema de archivos virtual del núcleo que no puede contener archivos`;
    case "other":
      return `no se pudo comprobar ${problem.path} (${problem.code})`;
  }
}

function writeError(error: WriteError): string {
  switch (error.kind) {
    case "permission":
      return "permiso denegado";
    case "no-space":
      return "no queda espacio en el dispositivo";
    case "read-only":
      return "el sistema de archivos es de solo lectura";
    case "folder":
      return "es una carpeta, no un archivo";
    case "not-a-folder":
      return "una parte de la ruta es un archivo, no una carpeta";
    case "other":
      return `error del sistema (${error.code})`;
  }
}

const KEY_NEEDS: { readonly [N in KeyNeed]: string } = {
  sign: "una clave de firma (Ed25519 para EdDSA o P-256 para ES256)",
  decrypt: "una clave de cifrado P-256 (como la que crea tipx keys generate --use enc)",
  encrypt: "la clave de cifrado P-256 de un destinatario (como la que crea tipx keys generate --use enc)",
};

function trustListFault(problem: Extract<TrustFileProblem, { kind: "invalid" }>): string {
  const where = problem.pointer === "" ? "el archivo" : problem.pointer;
  switch (problem.reason) {
    case "missing":
      return `falta ${where}`;
    case "type":
      return `${where} debe ser de tipo ${problem.expected ?? "otro tipo"}`;
    case "unknown":
      return `${where} no es un miembro de una lista de confianza`;
    case "value":
      return `${where} tiene un valor que una lista de confianza no admite`;
  }
}

const ACTIONS = { sign: "firmar", encrypt: "cifrar", decrypt: "descifrar" } as const;

/** The CLI's own words in Spanish. */
export const es: CliMessages = {
  line: (line) => `línea ${line}`,
  root: "(raíz)",
  stdin: "<stdin>",
  valid: "válido",
  invalid: "inválido",
  fileCounts: (c) =>
    `${counted(c.records, "registro", "registros")}: ${counted(c.valid, "válido", "válidos")}, ${counted(c.invalid, "inválido", "inválidos")}`,
  summary: (s) =>
    `${counted(s.files, "archivo", "archivos")}, ${counted(s.records, "registro", "registros")}: ` +
    `${counted(s.valid, "válido", "válidos")}, ${counted(s.invalid, "inválido", "inválidos")} ` +
    `(${counted(s.errors, "error", "errores")}, ${counted(s.warnings, "advertencia", "advertencias")})` +
    (s.unreadable > 0 ? `; ${counted(s.unreadable, "archivo ilegible", "archivos ilegibles")}` : ""),
  unreadable: (file, reason) => {
    switch (reason.kind) {
      case "missing":
        return `no se puede leer ${file}: el archivo no existe`;
      case "directory":
        return `no se puede leer ${file}: es un directorio`;
      case "permission":
        return `no se puede leer ${file}: permiso denegado`;
      case "closed":
        return `no se puede leer ${file}: está cerrado (EBADF)`;
      case "over-limit":
        return `no se puede leer ${file}: ningún registro cabe en ${size(reason.limit)} (--max-line-bytes)`;
      case "not-text":
        return (
          `no se puede leer ${file}: la línea ${reason.line} supera el límite de ${size(reason.limit)} ` +
          "(--max-line-bytes) y contiene bytes NUL; no es texto, así que se dejó de leer"
        );
      case "other":
        return `no se puede leer ${file}: error de lectura (${reason.code})`;
      case "encoding":
        return (
          `no se puede leer ${file}: no es ${reason.encoding === "utf-8" ? "UTF-8" : reason.encoding} válido ` +
          `(el primer byte inválido está en la posición ${reason.offset}${reason.compressed ? " de los datos descomprimidos" : ""})` +
          (reason.likely === undefined
            ? ""
            : `; parece ${reason.likely === "windows-874" ? "tailandés en windows-874 (TIS-620)" : "windows-1252 (Latin-1)"}: ` +
              `vuelva a ejecutarlo con --encoding ${reason.likely}`)
        );
      case "not-json":
        switch (reason.detected) {
          case "csv":
            return `no se puede leer ${file}: parece un archivo CSV, no JSON; ${SPREADSHEET_HINT}`;
          case "xlsx":
            return `no se puede leer ${file}: parece una hoja de cálculo XLSX (un archivo ZIP), no JSON; ${SPREADSHEET_HINT}`;
          case "xls":
            return `no se puede leer ${file}: parece un libro de Excel 97-2003 (.xls), no JSON; ${SPREADSHEET_HINT}`;
          case "binary":
            return (
              `no se puede leer ${file}: son datos binarios, no texto JSON (contiene bytes NUL u otros bytes de control); ` +
              "tipx validate lee JSON y NDJSON"
            );
          case "utf-16le":
          case "utf-16be":
            return (
              `no se puede leer ${file}: parece texto ${reason.detected.toUpperCase()} sin marca de orden de bytes (BOM): ` +
              `vuelva a ejecutarlo con --encoding ${reason.detected}`
            );
        }
        break;
      case "gzip":
        return (
          `no se puede leer ${file}: parece gzip (por su nombre o sus primeros bytes), pero no se pudo descomprimir ` +
          `(${reason.code}); puede estar truncado o no ser gzip`
        );
    }
  },
  emptyInput: (file) => `advertencia: ${file} está vacío: no contiene registros que validar`,
  jsonProblem: (p) => {
    switch (p.kind) {
      case "empty":
        return "la entrada está vacía";
      case "end-of-input":
        return "fin inesperado de la entrada";
      case "too-large":
        return (
          `un documento JSON de varias líneas de más de ${size(p.limit)} (--max-line-bytes); ` +
          "escriba un bundle por línea (NDJSON)"
        );
      case "line-too-long":
        return `el registro supera el límite de ${size(p.limit)} (--max-line-bytes) y no se leyó`;
      case "syntax":
        if (p.line !== undefined && p.column !== undefined)
          return `error de sintaxis en la línea ${p.line}, columna ${p.column}`;
        if (p.column !== undefined) return `error de sintaxis en la columna ${p.column}`;
        return "error de sintaxis";
    }
  },
  schema: {
    wrote: (file) => `escrito: ${file}`,
    missing: (file) => `falta: ${file}`,
    differs: (file) => `difiere: ${file}`,
    stale: (stale, total, out) =>
      `${stale} de ${total} archivos JSON Schema ${stale === 1 ? "está desactualizado" : "están desactualizados"}; ` +
      `ejecute \`tipx schema --out ${out}\``,
    upToDate: (total, out) => `los ${total} archivos JSON Schema de ${out} están al día`,
    cannotWrite: (out, problem) => `no se puede escribir en ${out}: ${outputProblem(problem)}`,
    fileError: (file, operation, error) =>
      `no se puede ${operation === "write" ? "escribir" : "leer"} ${file}: ${writeError(error)}`,
  },
  exchange: {
    keyFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return es.unreadable(file, p.reason);
        case "too-large":
          return `${file} no es un archivo de clave: supera ${size(p.limit)}, y una JWK ocupa unos cientos de bytes`;
        case "not-json":
          return `${file} no es un archivo de clave: no contiene un objeto JSON (una JWK, como la que escribe tipx keys generate)`;
        case "not-a-jwk":
          return `${file} no es un archivo de clave: contiene JSON, pero no una JWK (no tiene el miembro "kty")`;
        case "public-key":
          return `${file} contiene una clave pública; este comando necesita la clave privada (el archivo .private.jwk de tipx keys generate)`;
        case "private-key":
          return `${file} contiene una clave privada; indique la clave pública del destinatario (su archivo .public.jwk) y mantenga en secreto las claves privadas`;
        case "wrong-key":
          return `${file} no contiene ${KEY_NEEDS[p.need]}`;
      }
    },
    keyFileOpen: (file, mode) =>
      `advertencia: otros usuarios tienen acceso a ${file} (modo ${mode}); una clave privada debe ser solo de su titular: ejecute chmod 600 ${file}`,
    inlineKey: (option) =>
      `${option} recibe el nombre de un archivo de clave, no la clave: una clave escrita en la línea de comandos queda en el historial del shell y a la vista en la lista de procesos`,
    inlineInput:
      "una entrada es texto JSON, no un nombre de archivo: indique el archivo, o - para leer la entrada estándar",
    trustFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return es.unreadable(file, p.reason);
        case "too-large":
          return `${file} no es una lista de confianza: supera ${size(p.limit)}`;
        case "not-json":
          return `${file} no es una lista de confianza: no es JSON`;
        case "invalid":
          return `${file} no es una lista de confianza: ${trustListFault(p)} (vea json-schema/trust-list.json de @tipx/exchange)`;
      }
    },
    noKid: (file, option) =>
      option === "--kid"
        ? `${file} no tiene identificador de clave (miembro "kid"): indíquelo con --kid`
        : `${file} no tiene identificador de clave (miembro "kid"); las claves de tipx keys generate lo tienen`,
    badKid:
      'un identificador de clave (--kid, o el "kid" de un archivo de clave) debe tener de 1 a 256 caracteres ASCII visibles, sin espacios',
    duplicateKid: (file, first) =>
      `${file} tiene el identificador de clave de ${first}, pero otra clave; cada destinatario necesita su propio identificador`,
    algMismatch: (file, alg) =>
      `${file} no contiene una clave para ${alg} (EdDSA necesita una clave Ed25519; ES256, una clave P-256)`,
    orgName: "--org debe contener una letra o un dígito: los archivos de clave llevan su nombre",
    keyExists: (file) => `${file} ya existe; tipx keys generate reemplaza una clave solo con --force`,
    wrotePrivate: (file) => `escrito: ${file} (la clave privada: manténgala en secreto; solo usted puede leerla)`,
    wrotePublic: (file, kid, use) =>
      use === "sig"
        ? `escrito: ${file} (la clave pública, kid ${kid}: entréguela a quienes verifican sus paquetes, para su lista de confianza)`
        : `escrito: ${file} (la clave pública, kid ${kid}: entréguela a quienes le envían paquetes, para tipx encrypt --to)`,
    outIsInput: (file) => `--out ${file} es también una entrada; escriba en otro archivo`,
    emptyInput: (file) => `advertencia: ${file} está vacío: no contiene registros`,
    notDone: (action, failed, total) =>
      `no se ${failed === 1 ? "pudo" : "pudieron"} ${ACTIONS[action]} ${failed} de ${counted(total, "registro", "registros")}`,
    verified: "verificado",
    notVerified: "no verificado",
    verifyCounts: (c) =>
      `${counted(c.records, "registro", "registros")}: ${counted(c.valid, "verificado", "verificados")}, ${counted(c.invalid, "no verificado", "no verificados")}`,
    verifySummary: (s) =>
      `${counted(s.files, "archivo", "archivos")}, ${counted(s.records, "registro", "registros")}: ` +
      `${counted(s.valid, "verificado", "verificados")}, ${counted(s.invalid, "no verificado", "no verificados")}` +
      (s.unreadable > 0 ? `; ${counted(s.unreadable, "archivo ilegible", "archivos ilegibles")}` : ""),
  },
  assess: {
    person: (id) => `persona ${id}`,
    classification: { indicated: "con indicios", "not-indicated": "sin indicios", inconclusive: "no concluyente" },
    toAsk: "por preguntar",
    noPerson: "ninguna víctima ni presunta víctima que evaluar",
    summary: (s) =>
      `${counted(s.files, "archivo", "archivos")}, ${counted(s.records, "paquete", "paquetes")}: ` +
      `${counted(s.assessed, "evaluado", "evaluados")}, ${counted(s.invalid, "inválido", "inválidos")}; ` +
      `${counted(s.persons, "persona", "personas")}: ${s.indicated} con indicios, ${s.notIndicated} sin indicios, ` +
      `${counted(s.inconclusive, "no concluyente", "no concluyentes")}` +
      (s.unreadable > 0 ? `; ${counted(s.unreadable, "archivo ilegible", "archivos ilegibles")}` : ""),
    wrote: (file, added) => `escrito: ${file} (${counted(added, "evaluación añadida", "evaluaciones añadidas")})`,
    outStdin:
      "--out indica una carpeta, y la entrada estándar no tiene nombre de archivo con el que escribirla: indique un archivo en --out, con - como única entrada",
    outSameName: (name) =>
      `dos entradas se llaman ${name}, y --out escribiría ambas en el mismo archivo: evalúelas de una en una`,
    outReplacesInput: (file) => `--out reemplazaría la entrada ${file}; escriba en otra carpeta`,
  },
  redact: {
    keyFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return es.unreadable(file, p.reason);
        case "too-short":
          return `${file} es demasiado corto para una clave de seudónimos: tiene ${size(p.bytes)}, y una clave tiene al menos ${p.min} bytes aleatorios (créela con head -c 32 /dev/urandom)`;
        case "too-large":
          return `${file} no es una clave de seudónimos: ocupa más de ${size(p.limit)}`;
      }
    },
    notDone: (failed, total) =>
      `no se ${failed === 1 ? "pudo" : "pudieron"} anonimizar ${failed} de ${counted(total, "paquete", "paquetes")}`,
  },
  convert: {
    counts: (c) =>
      `${c.from === c.to ? `lectura de ${c.from}` : `${c.from} a ${c.to}`}: ${counted(c.rows, "fila", "filas")}: ${c.converted} convertidas, ${c.skipped} omitidas; ` +
      `${counted(c.values, "valor", "valores")}: ${c.carried} trasladados, ${c.notCarried} no trasladados`,
    row: (row) => `fila ${row}`,
    column: (column) => `columna ${column}`,
    sheet: (sheet) => `hoja ${sheet}`,
    more: (count) => `y ${count} más (escríbalos todos con --report FILE)`,
    rows: (count) => `(${counted(count, "fila", "filas")})`,
    times: (count) => `(${count} veces; --report FILE detalla cada una)`,
    mappingRejected: (file) => `se rechazó la correspondencia de columnas ${file}; no se leyó ninguna fila`,
    binaryToTerminal: "un libro XLSX no se escribe en una terminal: indique --out FILE o redirija la salida estándar",
    progress: "convirtiendo",
  },
  template: { wrote: (file) => `se escribió ${file}` },
  progress: "validando",
  explain: { severity: "gravedad", family: "familia", source: "fuente", unverified: "verificado: no" },
};
