import type { CliMessages } from "./messages";
import { byteSize, counted } from "./messages";

const size = (bytes: number): string => byteSize(bytes, "byte", "bytes");

/** The CLI's own words in English. */
export const en: CliMessages = {
  line: (line) => `line ${line}`,
  root: "(root)",
  stdin: "<stdin>",
  valid: "valid",
  invalid: "invalid",
  fileCounts: (c) => `${counted(c.records, "record", "records")}: ${c.valid} valid, ${c.invalid} invalid`,
  summary: (s) =>
    `${counted(s.files, "file", "files")}, ${counted(s.records, "record", "records")}: ${s.valid} valid, ${s.invalid} invalid ` +
    `(${counted(s.errors, "error", "errors")}, ${counted(s.warnings, "warning", "warnings")})` +
    (s.unreadable > 0 ? `; ${counted(s.unreadable, "file", "files")} could not be read` : ""),
  unreadable: (file, reason) => {
    switch (reason.kind) {
      case "missing":
        return `cannot read ${file}: no such file`;
      case "directory":
        return `cannot read ${file}: it is a directory`;
      case "permission":
        return `cannot read ${file}: permission denied`;
      case "closed":
        return `cannot read ${file}: it is closed (EBADF)`;
      case "over-limit":
        return `cannot read ${file}: no record in it is within the limit of ${size(reason.limit)} (--max-line-bytes)`;
      case "not-text":
        return (
          `cannot read ${file}: line ${reason.line} is longer than the limit of ${size(reason.limit)} ` +
          "(--max-line-bytes) and holds NUL bytes; it is not text, so reading stopped"
        );
      case "other":
        return `cannot read ${file}: read error (${reason.code})`;
    }
  },
  jsonProblem: (p) => {
    switch (p.kind) {
      case "empty":
        return "the input is empty";
      case "end-of-input":
        return "unexpected end of input";
      case "too-large":
        return (
          `a multi-line JSON document larger than the limit of ${size(p.limit)} (--max-line-bytes); ` +
          "write one bundle per line (NDJSON)"
        );
      case "line-too-long":
        return `the record is longer than the limit of ${size(p.limit)} (--max-line-bytes) and was not read`;
      case "syntax":
        if (p.line !== undefined && p.column !== undefined) return `syntax error at line ${p.line}, column ${p.column}`;
        if (p.column !== undefined) return `syntax error at column ${p.column}`;
        return "syntax error";
    }
  },
  progress: "validating",
  explain: { severity: "severity", family: "family", source: "source", unverified: "verified: no" },
};
