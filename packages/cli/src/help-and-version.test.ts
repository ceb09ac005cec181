import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./_test/harness";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

describe("--help and --version", () => {
  it("tipx --version prints the package version", async () => {
    for (const flag of ["--version", "-V"]) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${manifest.version}\n`);
    }
  });

  it("tipx --help reads like this", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx [options] [command]

      Work with tipx, the data exchange format for anti-trafficking case data:
      validate bundles (JSON or NDJSON), explain issue codes and write the JSON Schema
      files.

      Options:
        -V, --version                  print the version of tipx
        -h, --help                     show help

      Commands:
        validate [options] <files...>  check tipx bundles in JSON or NDJSON files
        explain [options] [code]       explain an issue code
        schema [options]               write the JSON Schema files of the tipx model
        help [command]                 display help for command

      Exit codes:
        0  every record is valid (or the command succeeded)
        1  at least one record is invalid
        2  usage error: unknown command or option, bad option value, missing argument
        3  an input could not be read (missing file, directory, no permission, no
           record within --max-line-bytes) or the output could not be written

      Environment:
        NO_COLOR     set (non-empty) to never colour the output
        FORCE_COLOR  set to colour the output even when it is not a terminal
        TIPX_LANG    default message language (en, th or es)

      Run "tipx <command> --help" for a command's options and examples.
      "
    `);
  });

  it("tipx explain --help reads like this", async () => {
    const result = await runCli(["explain", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx explain [options] [code]

      Explain an issue code: what the check is, why it exists and how to fix the data.

      Arguments:
        code                   an issue code such as TIPX402 (or just 402)

      Options:
        --list                 list every issue code with its severity and title
        -l, --lang <lang>      language of the messages (default: $TIPX_LANG, else en)
                               (choices: "en", "th", "es")
        -f, --format <format>  text, or json for the explanation as a JSON object
                               (choices: "text", "json", default: "text")
        -h, --help             show help

      Examples:
        $ tipx explain TIPX402
        $ tipx explain 501 --lang es
        $ tipx explain --list
      "
    `);
  });

  it("tipx schema --help reads like this", async () => {
    const result = await runCli(["schema", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx schema [options]

      Write the JSON Schema (draft 2020-12) file of every top-level tipx type, as
      @tipx/schema publishes them.

      Options:
        -o, --out <dir>  directory to write into (default: "json-schema")
        --check          write nothing; exit 1 when a file in the directory is missing
                         or differs
        -h, --help       show help

      Examples:
        $ tipx schema
        $ tipx schema --out schemas/tipx
        $ tipx schema --out schemas/tipx --check
      "
    `);
  });

  it("tipx validate --help reads like this", async () => {
    const result = await runCli(["validate", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx validate [options] <files...>

      Check tipx bundles against the tipx 1.0 model and its consistency, privacy and
      data-quality rules.

      Arguments:
        files                     JSON or NDJSON files, or - for standard input

      Options:
        -f, --format <format>     text: a report for people; json: one JSON object per
                                  record, then a summary (choices: "text", "json",
                                  default: "text")
        -l, --lang <lang>         language of the messages (default: $TIPX_LANG, else
                                  en) (choices: "en", "th", "es")
        -p, --profile <country>   add a country profile's rules (TIPX3xx); overrides
                                  the bundle's own profile (choices: "TH", "LR", "PY",
                                  "AR")
        --level <level>           strict: warnings count as errors; lenient: unknown
                                  codes in extensible lists are warnings (choices:
                                  "strict", "standard", "lenient", default:
                                  "standard")
        -q, --quiet               print only invalid records (and, in text, no
                                  summary)
        --max-line-bytes <bytes>  the longest NDJSON line, and the largest JSON
                                  document, read; a longer one is reported as TIPX101
                                  and skipped (default: 67108864 = 64 MiB)
        --color                   colour the text report even when stdout is not a
                                  terminal
        --no-color                never colour the text report
        -h, --help                show help

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

      Run "tipx explain CODE" to learn what an issue code means.
      "
    `);
  });
});
