import type { KeyNeed } from "../exchange/key-file";
import type { TrustFileProblem } from "../exchange/trust-file";
import type { OutputDirectoryProblem } from "../schema/output-directory";
import type { WriteError } from "../schema/write-error";
import type { CliMessages } from "./messages";
import { byteSize, counted } from "./messages";

const size = (bytes: number): string => byteSize(bytes, "byte", "bytes");

const SPREADSHEET_HINT =
  "tipx validate reads JSON and NDJSON; convert spreadsheets to bundles first: tipx convert FILE --from htcds (or --from mapped --mapping M.json)";

function outputProblem(problem: OutputDirectoryProblem): string {
  switch (problem.kind) {
    case "file":
      return problem.isTarget ? "it exists and is a file, not a folder" : `${problem.path} is a file, not a folder`;
    case "not-a-folder":
      return problem.isTarget ? "it exists and is not a folder" : `${problem.path} is not a folder`;
    case "permission":
      return `no permission to create files in ${problem.path}`;
    case "read-only":
      return `${problem.path} is on a read-only file system`;
    case "pseudo-file-system":
      return `it is on ${problem.fileSystem}, a kernel pseudo file system that cannot hold files`;
    case "other":
      return `${problem.path} could not be checked (${problem.code})`;
  }
}

function writeError(error: WriteError): string {
  switch (error.kind) {
    case "permission":
      return "permission denied";
    case "no-space":
      return "there is no space left on the device";
    case "read-only":
      return "the file system is read-only";
    case "folder":
      return "it is a folder, not a file";
    case "not-a-folder":
      return "a part of its path is a file, not a folder";
    case "other":
      return `system error ${error.code}`;
  }
}

const KEY_NEEDS: { readonly [N in KeyNeed]: string } = {
  sign: "a signing key (Ed25519 for EdDSA, or P-256 for ES256)",
  decrypt: "a P-256 encryption key (as tipx keys generate --use enc makes)",
  encrypt: "a recipient's P-256 encryption key (as tipx keys generate --use enc makes)",
};

function trustListFault(problem: Extract<TrustFileProblem, { kind: "invalid" }>): string {
  const where = problem.pointer === "" ? "the file" : problem.pointer;
  switch (problem.reason) {
    case "missing":
      return `${where} is missing`;
    case "type":
      return `${where} must be of type ${problem.expected ?? "another type"}`;
    case "unknown":
      return `${where} is not a member of a trust list`;
    case "value":
      // The library's rules of the whole list read as predicates in English: "repeats a key id".
      return problem.detail === undefined
        ? `${where} holds a value a trust list does not allow`
        : `${where} ${problem.detail}`;
  }
}

const ACTIONS = { sign: "signed", encrypt: "encrypted", decrypt: "decrypted" } as const;

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
      case "encoding":
        return (
          `cannot read ${file}: it is not valid ${reason.encoding === "utf-8" ? "UTF-8" : reason.encoding} ` +
          `(the first invalid byte is at offset ${reason.offset}${reason.compressed ? " of the decompressed data" : ""})` +
          (reason.likely === undefined
            ? ""
            : `; it looks like ${reason.likely === "windows-874" ? "Thai in windows-874 (TIS-620)" : "windows-1252 (Latin-1)"}: ` +
              `run again with --encoding ${reason.likely}`)
        );
      case "not-json":
        switch (reason.detected) {
          case "csv":
            return `cannot read ${file}: it looks like CSV, not JSON; ${SPREADSHEET_HINT}`;
          case "xlsx":
            return `cannot read ${file}: it looks like an XLSX spreadsheet (a ZIP archive), not JSON; ${SPREADSHEET_HINT}`;
          case "xls":
            return `cannot read ${file}: it looks like an Excel 97-2003 (.xls) workbook, not JSON; ${SPREADSHEET_HINT}`;
          case "binary":
            return (
              `cannot read ${file}: it is binary data, not JSON text (it holds NUL or other control bytes); ` +
              "tipx validate reads JSON and NDJSON"
            );
          case "utf-16le":
          case "utf-16be":
            return (
              `cannot read ${file}: it looks like ${reason.detected.toUpperCase()} text without a byte-order mark: ` +
              `run again with --encoding ${reason.detected}`
            );
        }
        break;
      case "gzip":
        return (
          `cannot read ${file}: it looks like gzip (by its name or its first bytes) but could not be decompressed ` +
          `(${reason.code}); it may be truncated, or not gzip at all`
        );
    }
  },
  emptyInput: (file) => `warning: ${file} is empty: it holds no records to validate`,
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
  schema: {
    wrote: (file) => `wrote ${file}`,
    missing: (file) => `missing: ${file}`,
    differs: (file) => `differs: ${file}`,
    stale: (stale, total, out) =>
      `${stale} of ${total} JSON Schema files are out of date; run \`tipx schema --out ${out}\``,
    upToDate: (total, out) => `${total} JSON Schema files in ${out} are up to date`,
    cannotWrite: (out, problem) => `cannot write ${out}: ${outputProblem(problem)}`,
    fileError: (file, operation, error) => `cannot ${operation} ${file}: ${writeError(error)}`,
  },
  exchange: {
    keyFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return en.unreadable(file, p.reason);
        case "too-large":
          return `${file} is not a key file: it is larger than ${size(p.limit)}, and a JWK is a few hundred bytes`;
        case "not-json":
          return `${file} is not a key file: it does not hold a JSON object (a JWK, as tipx keys generate writes it)`;
        case "not-a-jwk":
          return `${file} is not a key file: it holds JSON but no JWK (it has no "kty" member)`;
        case "public-key":
          return `${file} holds a public key; this command needs the private key (the .private.jwk file of tipx keys generate)`;
        case "private-key":
          return `${file} holds a private key; give the recipient's public key (their .public.jwk file), and keep private keys private`;
        case "wrong-key":
          return `${file} does not hold ${KEY_NEEDS[p.need]}`;
      }
    },
    keyFileOpen: (file, mode) =>
      `warning: other users have access to ${file} (mode ${mode}); a private key must be its owner's alone: run chmod 600 ${file}`,
    inlineKey: (option) =>
      `${option} takes the name of a key file, not a key: a key typed on the command line stays in the shell history and shows in the process list`,
    inlineInput: "an input is JSON text, not a file name: give the file, or - to read standard input",
    trustFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return en.unreadable(file, p.reason);
        case "too-large":
          return `${file} is not a trust list: it is larger than ${size(p.limit)}`;
        case "not-json":
          return `${file} is not a trust list: it is not JSON`;
        case "invalid":
          return `${file} is not a trust list: ${trustListFault(p)} (see json-schema/trust-list.json of @tipx/exchange)`;
      }
    },
    noKid: (file, option) =>
      option === "--kid"
        ? `${file} has no key id ("kid" member): give one with --kid`
        : `${file} has no key id ("kid" member); keys made by tipx keys generate have one`,
    badKid: 'a key id (--kid, or the "kid" of a key file) must be 1 to 256 visible ASCII characters, without spaces',
    duplicateKid: (file, first) =>
      `${file} has the key id of ${first} but another key; each recipient needs a key id of its own`,
    algMismatch: (file, alg) =>
      `${file} does not hold a key for ${alg} (EdDSA needs an Ed25519 key, ES256 a P-256 key)`,
    orgName: "--org must hold a letter or a digit: the key files are named after it",
    keyExists: (file) => `${file} already exists; tipx keys generate replaces a key only with --force`,
    wrotePrivate: (file) => `wrote ${file} (the private key: keep it secret; only you can read it)`,
    wrotePublic: (file, kid, use) =>
      use === "sig"
        ? `wrote ${file} (the public key, kid ${kid}: give it to those who verify your bundles, for their trust list)`
        : `wrote ${file} (the public key, kid ${kid}: give it to those who send you bundles, for tipx encrypt --to)`,
    outIsInput: (file) => `--out ${file} is also an input; write to another file`,
    emptyInput: (file) => `warning: ${file} is empty: it holds no records`,
    notDone: (action, failed, total) =>
      `${failed} of ${counted(total, "record", "records")} could not be ${ACTIONS[action]}`,
    verified: "verified",
    notVerified: "not verified",
    verifyCounts: (c) => `${counted(c.records, "record", "records")}: ${c.valid} verified, ${c.invalid} not verified`,
    verifySummary: (s) =>
      `${counted(s.files, "file", "files")}, ${counted(s.records, "record", "records")}: ${s.valid} verified, ${s.invalid} not verified` +
      (s.unreadable > 0 ? `; ${counted(s.unreadable, "file", "files")} could not be read` : ""),
  },
  assess: {
    person: (id) => `person ${id}`,
    classification: { indicated: "indicated", "not-indicated": "not indicated", inconclusive: "inconclusive" },
    toAsk: "to ask",
    noPerson: "no victim or presumed victim to assess",
    summary: (s) =>
      `${counted(s.files, "file", "files")}, ${counted(s.records, "bundle", "bundles")}: ${s.assessed} assessed, ${s.invalid} invalid; ` +
      `${counted(s.persons, "person", "persons")}: ${s.indicated} indicated, ${s.notIndicated} not indicated, ${s.inconclusive} inconclusive` +
      (s.unreadable > 0 ? `; ${counted(s.unreadable, "file", "files")} could not be read` : ""),
    wrote: (file, added) => `wrote ${file} (${counted(added, "assessment", "assessments")} added)`,
    outStdin:
      "--out names a folder, and standard input has no file name to write under: give --out a file name, with - as the only input",
    outSameName: (name) =>
      `two inputs are named ${name}, and --out would write both to the same file: assess them one at a time`,
    outReplacesInput: (file) => `--out would replace the input ${file}; write to another folder`,
  },
  redact: {
    keyFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return en.unreadable(file, p.reason);
        case "too-short":
          return `${file} is too short for a pseudonym key: it holds ${size(p.bytes)}, and a key is at least ${p.min} random bytes (make one with head -c 32 /dev/urandom)`;
        case "too-large":
          return `${file} is not a pseudonym key: it is larger than ${size(p.limit)}`;
      }
    },
    notDone: (failed, total) => `${failed} of ${counted(total, "bundle", "bundles")} could not be redacted`,
  },
  convert: {
    counts: (c) =>
      `${c.from === c.to ? `reading ${c.from}` : `${c.from} to ${c.to}`}: ${counted(c.rows, "row", "rows")}: ${c.converted} converted, ${c.skipped} skipped; ` +
      `${counted(c.values, "value", "values")}: ${c.carried} carried, ${c.notCarried} not carried`,
    row: (row) => `row ${row}`,
    column: (column) => `column ${column}`,
    sheet: (sheet) => `sheet ${sheet}`,
    more: (count) => `and ${count} more (write them all with --report FILE)`,
    rows: (count) => `(${counted(count, "row", "rows")})`,
    times: (count) => `(${count}×; --report FILE lists each)`,
    mappingRejected: (file) => `the mapping ${file} was rejected; no row was read`,
    binaryToTerminal: "an XLSX workbook is not written to a terminal: give --out FILE, or redirect standard output",
    progress: "converting",
  },
  template: { wrote: (file) => `wrote ${file}` },
  progress: "validating",
  explain: { severity: "severity", family: "family", source: "source", unverified: "verified: no" },
};
