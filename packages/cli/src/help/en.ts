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
      "Work with tipx, the data exchange format for anti-trafficking case data: validate bundles (JSON or NDJSON), explain issue codes and write the JSON Schema files.",
    format: "output format of validate, explain and codes",
    profile: "country profile of validate (TIPX3xx rules)",
    after: `
Exit codes:
  0  every record is valid (or the command succeeded)
  1  at least one record is invalid
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
};
