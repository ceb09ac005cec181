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

  it("tipx --help lists the commands and the exit codes", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    for (const text of ["validate", "explain", "schema", "Exit codes:", "NO_COLOR"]) expect(result.stdout).toContain(text);
  });

  it.each([["explain"], ["schema"]])("tipx %s --help describes the command", async (command) => {
    const result = await runCli([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: tipx ${command}`);
    expect(result.stdout).toContain("Examples:");
  });

  it("tipx validate --help reads like this", async () => {
    const result = await runCli(["validate", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx validate [options] <files...>

      Check tipx bundles against the tipx 1.0 model and its consistency, privacy and
      data-quality rules.

      Arguments:
        files                    JSON or NDJSON files, or - for standard input

      Options:
        -f, --format <format>    text: a report for people; json: one JSON object per
                                 record, then a summary (choices: "text", "json",
                                 default: "text")
        -l, --lang <lang>        language of the messages (default: $TIPX_LANG, else
                                 en) (choices: "en", "th", "es")
        -p, --profile <country>  add a country profile's rules (TIPX3xx); overrides
                                 the bundle's own profile (choices: "TH", "LR", "PY",
                                 "AR")
        --level <level>          strict: warnings count as errors; lenient: unknown
                                 codes in extensible lists are warnings (choices:
                                 "strict", "standard", "lenient", default: "standard")
        -q, --quiet              print only invalid records (and, in text, no summary)
        --color                  colour the text report even when stdout is not a
                                 terminal
        --no-color               never colour the text report
        -h, --help               show help

      Each file holds one JSON bundle, or NDJSON with one bundle per line (always
      so for .ndjson and .jsonl files). NDJSON is read a line at a time, so memory
      stays flat whatever the size; a line that is not JSON is reported as TIPX101
      and reading goes on with the next line.

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
