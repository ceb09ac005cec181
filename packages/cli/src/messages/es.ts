import type { CliMessages } from "./messages";
import { byteSize, counted } from "./messages";

const size = (bytes: number): string => byteSize(bytes, "byte", "bytes");

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
    }
  },
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
  progress: "validando",
  explain: { severity: "gravedad", family: "familia", source: "fuente", unverified: "verificado: no" },
};
