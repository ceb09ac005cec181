import type { HelpTexts } from "./help-texts";

/** The help texts in English, the source text. */
export const en: HelpTexts = {
  titles: {
    usage: "Usage:",
    arguments: "Arguments:",
    options: "Options:",
    commands: "Commands:",
    globalOptions: "Global Options:",
  },
  choices: "choices",
  default: "default",
  helpOption: "show help",
  helpCommand: "display help for command",
  version: "print the version of tipx",
  afterError: '(run with "--help" for usage)',
  lang: "language of the messages and of the help: en, th or es, or a tag such as th-TH (default: $TIPX_LANG, then $LANG, else en)",
  root: {
    description:
      "Work with tipx, the data exchange format for anti-trafficking case data: validate bundles (JSON or NDJSON), screen the persons they record for indicators of trafficking, redact them for a purpose, convert HTCDS, CTDC and agency spreadsheets to and from bundles, write XLSForm and Excel templates, explain issue codes, write the JSON Schema files, and sign, verify, encrypt and decrypt bundles.",
    format: "output format of validate, assess, verify, explain and codes",
    profile: "country profile of validate (TIPX3xx rules) and assess (the country's law)",
    after: `
Exit codes:
  0  every record is valid (or the command succeeded)
  1  at least one record is invalid (or does not verify, or could not be
     signed, encrypted or decrypted)
  2  usage error: unknown command or option, bad option value, missing argument
  3  an input could not be read (missing file, directory, no permission, no
     record within --max-line-bytes) or the output could not be written

Environment:
  NO_COLOR     set (non-empty) to never colour the output
  FORCE_COLOR  set to colour the output even when it is not a terminal
  TIPX_LANG    default message language (en, th or es, or a tag such as th-TH)
  LANG         the system locale (th_TH.UTF-8, es_AR.utf8...), used when
               TIPX_LANG is not set

Options may come before or after the command: "tipx --lang th validate x.json"
is "tipx validate x.json --lang th".
Run "tipx <command> --help" for a command's options and examples.`,
  },
  validate: {
    summary: "check tipx bundles in JSON or NDJSON files",
    description: "Check tipx bundles against the tipx 1.0 model and its consistency, privacy and data-quality rules.",
    files: "JSON or NDJSON files, or - for standard input",
    format: "text: a report for people; json: one JSON object per record, then a summary",
    profile: "add a country profile's rules (TIPX3xx); overrides the bundle's own profile",
    level: "strict: warnings count as errors; lenient: unknown codes in extensible lists are warnings",
    quiet: "print only invalid records (and, in text, no summary)",
    maxLineBytes:
      "the longest NDJSON line, and the largest JSON document, read; a longer one is reported as TIPX101 and skipped",
    encoding:
      "how to decode inputs: utf-8 (default), windows-874 (tis-620, Thai), windows-1252, latin1, utf-16le or utf-16be; a byte-order mark overrides it",
    color: "colour the text report even when stdout is not a terminal",
    noColor: "never colour the text report",
    after: `
Each file holds one JSON bundle, or NDJSON with one bundle per line (always
so for .ndjson and .jsonl files). NDJSON is read a line at a time, so memory
stays flat whatever the size; a line that is not JSON, or longer than
--max-line-bytes, is reported as TIPX101 and reading goes on with the next
line. Control characters in keys, paths, messages and file names are printed
as \\u escapes.

Examples:
  $ tipx validate bundle.json
  $ tipx validate --profile TH --lang th cases.ndjson
  $ cat cases.ndjson | tipx validate --format json - > report.jsonl
  $ tipx validate --quiet exports/*.ndjson || echo "some records are invalid"

Run "tipx explain CODE" to learn what an issue code means.`,
  },
  assess: {
    summary: "screen the victims recorded in bundles for indicators of trafficking",
    description:
      "Screen every victim and presumed victim of each bundle's cases with a checklist of @tipx/indicators, from what the bundle records about them, and print each person's result with its reasons: the classification, the explanation, each indicator and the questions still open. Persons are named by their id, never by name. A screening is not an identification.",
    files: "JSON or NDJSON files of bundles, or - for standard input",
    instrument:
      "the checklist: palermo (the elements of trafficking), ilo-fl-2012 (the ILO indicators of forced labour), icls-2018 (the statistical definition of forced labour) or child-labour",
    profile: "the country whose law and ages apply; by default each bundle's own profile",
    format: "text: a report for people; json: one JSON object per person, then a summary",
    out: "write each bundle with its Assessment entities added: into this folder under the input's name, or into this file when there is one input",
    after: `
Each bundle is validated first: an invalid one is reported as tipx validate
reports it and is not assessed (exit code 1). A screening result is not an
error: the exit code is 0 whatever the classifications. Of a person, only the
id is printed: never a name, a document number or a note from the bundle.

Examples:
  $ tipx assess examples/bundles/mae-sot-interception.json
  $ tipx assess --instrument ilo-fl-2012 --lang th cases.ndjson
  $ tipx assess --format json cases.ndjson > screening.jsonl
  $ tipx assess --out assessed/ exports/*.json`,
  },
  redact: {
    summary: "remove or generalise personal data in bundles for a purpose",
    description:
      "Redact each bundle for a purpose with @tipx/privacy: every field is removed, generalised or kept according to its sensitivity class and the purpose, and with --key-file the remaining ids, local identifiers and document numbers are replaced by keyed HMAC-SHA-256 pseudonyms, the same for the same key. Each bundle is validated before and after.",
    files: "JSON or NDJSON files of bundles, or - for standard input",
    purpose: "what the bundles are shared for; it decides what is removed",
    keyFile:
      "pseudonymise with the key in this file (at least 32 random bytes, the owner's alone); never the key itself",
    out: "write to this file (mode 0600) instead of standard output",
    report:
      "write one JSON line per bundle to this file: what was removed, generalised and pseudonymised, as counts and paths, never values",
    after: `
One JSON bundle in is one redacted JSON bundle out; NDJSON, a JSON array or
several files come out as NDJSON, one bundle per line. An invalid bundle is
reported as tipx validate reports it and not written (exit code 1). The key is
only ever read from a file, and never printed: make one with
  $ head -c 32 /dev/urandom > pseudonym.key && chmod 600 pseudonym.key
and keep it: the same key gives the same pseudonyms, so records can still be
linked.

Examples:
  $ tipx redact --purpose statistics examples/bundles/mae-sot-interception.json
  $ tipx redact --purpose research --key-file pseudonym.key --out research.ndjson cases.ndjson
  $ tipx redact --purpose statistics --report redactions.jsonl exports/*.json > statistics.ndjson`,
  },
  convert: {
    summary: "convert HTCDS, CTDC and agency spreadsheets to tipx bundles, and back",
    description:
      "Convert one input with @tipx/convert: HTCDS 2.0 rows, an HTCDS toolkit workbook, CTDC rows or an agency's spreadsheet (through a column mapping) to tipx bundles, or tipx bundles to HTCDS 2.0, CTDC or CTDC victim-perpetrator rows. Every row, column and value that could not be carried is reported with its place, never with its content.",
    input: "a CSV, XLSX, JSON or NDJSON file, or - for standard input (CSV rows, or NDJSON bundles)",
    from: "what the input holds (tipx bundles when --to writes rows)",
    to: "what to write: tipx bundles (ndjson is the same), or rows",
    mapping: "the column mapping of an agency spreadsheet (JSON), for --from mapped; checked before any row is read",
    codebook: "the CTDC codebook of --to ctdc (default: 2024)",
    k: "k-anonymity of --to ctdc and ctdc-vp: rows in groups smaller than k are suppressed; 1 turns it off (default: 11)",
    hxl: "add the HXL hashtag row under the header of row outputs",
    out: "write to this file (mode 0600) instead of standard output",
    report: "write the report as JSON to this file instead of the summary on standard error",
    format: "the output format; by default the one --out's extension names, else ndjson for bundles and csv for rows",
    after: `
The input's format is read from its extension (.csv, .tsv, .xlsx, .json,
.ndjson, .jsonl). Bundles are written as NDJSON, one per line; rows as CSV.
Bundles to rows (--to htcds, ctdc, ctdc-vp) are joined into one dataset
first, so that CTDC rows are k-anonymised over all of them. Rows to rows go
through tipx in two steps (see the last example).

The summary on standard error counts rows and values (converted + skipped =
rows, carried + not carried = values) and lists each issue as
"row N, column C: TIPX7xx message"; --report FILE has them all, as JSON.
Cell values are never printed.

Exit codes: 0 converted with no error issue; 1 a row was skipped as malformed
or a bundle is invalid; 2 usage error, or a --mapping file that cannot be read
or is rejected; 3 the input cannot be read (TIPX708) or the output cannot be
written.

Examples:
  $ tipx convert cases.csv --from htcds --out cases.ndjson
  $ tipx convert examples/bundles/mae-sot-interception.json --from tipx --to ctdc --codebook 2024 --k 11 --hxl
  $ tipx convert sheet.xlsx --from mapped --mapping office.mapping.json --report report.json > cases.ndjson
  $ tipx convert cases.csv --from htcds | tipx convert - --from tipx --to ctdc-vp --out vp.xlsx`,
  },
  template: {
    summary: "write the XLSForm of a form, or the Excel intake template",
    description:
      "Write the XLSForm workbook (survey, choices and settings sheets, for ODK and KoBoToolbox) of the intake form or of a screening checklist, or the Excel intake template with drop-down lists, with @tipx/convert.",
    xlsform: "write an XLSForm workbook",
    xlsx: "write the Excel intake template",
    form: "the form: intake, or a screening checklist",
    lang: "the languages of the labels, comma-separated (en, th, es): all three by default in an XLSForm; one for the template, which is also that of the messages",
    out: "write to this file (mode 0600) instead of standard output",
    after: `
A workbook is binary: it is not written to a terminal. Labels with no
translation are written in English and listed on standard error.

Examples:
  $ tipx template --xlsform --out intake.xlsx
  $ tipx template --xlsform --form ilo-fl-2012 --lang en,th --out ilo.xlsx
  $ tipx template --xlsx --lang es > plantilla.xlsx`,
  },
  explain: {
    summary: "explain an issue code",
    description: "Explain an issue code: what the check is, why it exists and how to fix the data.",
    code: "an issue code such as TIPX402 (or just 402)",
    list: "list every issue code with its severity and title",
    format: "text, or json for the explanation as a JSON object",
    after: `
Examples:
  $ tipx explain TIPX402
  $ tipx explain 501 --lang es
  $ tipx explain --list`,
  },
  codes: {
    summary: "print a code list's codes with their labels",
    description:
      "Print the codes of a code list with their labels in the language of the run, or every code list's id and name.",
    list: "a code list id, such as htcds.gender or iso3166-2.TH",
    format: "text, or json for the list as a JSON object",
    after: `
Without a list, prints the id and name of every code list: those of the model
(HTCDS picklists, ISIC, countries, languages, tipx's own lists) and those of
the country profiles (subdivisions, agencies, laws and their sections).

Examples:
  $ tipx codes
  $ tipx codes htcds.gender --lang th
  $ tipx codes iso3166-2.TH --format json`,
  },
  schema: {
    summary: "write the JSON Schema files of the tipx model",
    description:
      "Write the JSON Schema (draft 2020-12) file of every top-level tipx type, as @tipx/schema publishes them.",
    out: "directory to write into",
    check: "write nothing; exit 1 when a file in the directory is missing or differs",
    after: `
Examples:
  $ tipx schema
  $ tipx schema --out schemas/tipx
  $ tipx schema --out schemas/tipx --check`,
  },
  keys: {
    summary: "make the key pairs that sign and receive bundles",
    description: "Make the key pairs an organisation signs its bundles with and receives encrypted bundles with.",
    generate: {
      summary: "write a new private and public key (JWK files)",
      description:
        "Write a new key pair as two JSON Web Key files: <org>-<use>.private.jwk, which only you can read (mode 0600), and <org>-<use>.public.jwk, to give to others.",
      org: "the organisation the keys are for (their org member); it names the files, with spaces and signs as -",
      use: "sig: an Ed25519 key to sign bundles with; enc: a P-256 key to receive encrypted bundles with",
      out: "directory to write into (created when missing)",
      kid: "the key id (default: the RFC 7638 thumbprint of the public key)",
      force: "replace existing key files",
      after: `
The private key is written to its file and nowhere else: nothing prints it.
Give the public key of a sig pair to those who verify your bundles (for their
trust list), and that of an enc pair to those who send you bundles (for tipx
encrypt --to).

Examples:
  $ tipx keys generate --org th-dopa --use sig --out keys
  $ tipx keys generate --org th-msdhs --use enc --out keys`,
    },
  },
  sign: {
    summary: "sign bundles, so that receivers can check who sent them",
    description:
      "Sign each bundle with a private key. The signature (a detached JWS over the RFC 8785 canonical form) goes in the bundle's signature member, so a signed bundle is still a bundle.",
    files: "JSON or NDJSON files of bundles, or - for standard input",
    key: "the private key file (a JWK, as tipx keys generate writes it); never the key itself",
    kid: "the key id receivers look up in their trust list (default: the key file's kid)",
    alg: "the signature algorithm; by default the key's own: EdDSA for Ed25519, ES256 for P-256",
    out: "write to this file (mode 0600) instead of standard output",
    after: `
One JSON bundle in is one signed JSON bundle out; NDJSON, a JSON array or
several files come out as NDJSON, one signed bundle per line. A signature says
who sent a bundle and that nobody changed it, not that it is valid: run tipx
validate too. For a referral, sign, then encrypt.

Examples:
  $ tipx sign --key keys/th-dopa-sig.private.jwk --out signed.json bundle.json
  $ tipx sign --key keys/th-dopa-sig.private.jwk cases.ndjson > signed.ndjson`,
  },
  verify: {
    summary: "check the signatures of bundles against a trust list",
    description:
      "Check each signed bundle: the signature matches, its key is in the trust list and valid now, and the organisation that signed it is the bundle's sender.",
    files: "JSON or NDJSON files of signed bundles, or - for standard input",
    trust: "the trust list: a JSON file of organisations and their public keys",
    format: "text: a report for people; json: one JSON object per record, then a summary",
    quiet: "print only the records that did not verify (and, in text, no summary)",
    after: `
A record that does not verify gets the code of what failed: TIPX520 the
signature does not match (the bundle was changed), TIPX521 unknown key,
TIPX522 key outside its validity period, TIPX523 the signer is not the sender,
TIPX524 an unsafe or malformed signature, TIPX525 not signed. Exit code 1 when
one does not verify; 2 when the trust file is not a trust list.

Examples:
  $ tipx verify --trust trust.json signed.json
  $ tipx verify --trust trust.json --format json signed.ndjson > report.jsonl`,
  },
  encrypt: {
    summary: "encrypt bundles, so that only their recipients can read them",
    description:
      "Encrypt each bundle for one or more recipients (ECDH-ES+A256KW, A256GCM): one JWE in general JSON serialisation per bundle, which only the holders of the recipients' private keys can decrypt.",
    files: "JSON or NDJSON files of bundles, signed or not, or - for standard input",
    to: "a recipient's public key file (the .public.jwk of an enc pair); repeat it for each recipient",
    out: "write to this file (mode 0600) instead of standard output",
    after: `
The JWE's headers name no person: only the algorithms, the recipients' key ids
and the tipx version. One JSON bundle in is one JWE out; NDJSON, a JSON array
or several files come out as NDJSON, one JWE per line.

Examples:
  $ tipx encrypt --to keys/th-msdhs-enc.public.jwk --out sent.jwe signed.json
  $ tipx sign --key keys/th-dopa-sig.private.jwk cases.ndjson \\
      | tipx encrypt --to msdhs.public.jwk --to shelter.public.jwk -`,
  },
  decrypt: {
    summary: "decrypt bundles sent to you, with your private key",
    description:
      "Decrypt each JWE with your private key and write the bundle it holds. A JWE that was not made for this key, or was changed on the way, is reported as TIPX526 and left out.",
    files: "JSON or NDJSON files of JWEs, or - for standard input",
    key: "your private key file (the .private.jwk of an enc pair); never the key itself",
    out: "write to this file (mode 0600) instead of standard output",
    after: `
A bundle is written as it was encrypted: when it is signed, check it with tipx
verify.

Examples:
  $ tipx decrypt --key keys/th-msdhs-enc.private.jwk --out signed.json sent.jwe
  $ tipx decrypt --key keys/th-msdhs-enc.private.jwk sent.ndjson \\
      | tipx verify --trust trust.json -`,
  },
};
