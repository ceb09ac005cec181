import { codeLabel, explain, genders, translatableCodeLists } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
import { th } from "@tipx/schema/locales/th";
import { describe, expect, it } from "vitest";
import { runCli } from "./_test/harness";

describe("tipx codes", () => {
  it("prints a list's codes with their labels, in the language asked for", async () => {
    for (const [lang, locale] of [
      ["en", undefined],
      ["th", th],
      ["es", es],
    ] as const) {
      const result = await runCli(["codes", "htcds.gender", "--lang", lang]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      const lines = result.stdout.trimEnd().split("\n");
      expect(lines.slice(2).map((line) => line.split(/\s{2,}/))).toEqual(
        genders.codes.map((code) => [code, codeLabel(genders, code, locale)]),
      );
    }
  });

  it("reads like this", async () => {
    const result = await runCli(["codes", "htcds.gender", "--lang", "es"]);
    expect(result.stdout).toMatchInlineSnapshot(`
      "htcds.gender  Género

      Feminine              Femenino
      Masculine             Masculino
      TransgenderFeminine   Transgénero femenino
      TransgenderMasculine  Transgénero masculino
      NonConforming         Género no conforme
      NonSpecifiedUnknown   No especificado/Desconocido
      "
    `);
  });

  it("lists every code list, the country profiles' included, with its name", async () => {
    const result = await runCli(["codes"]);
    expect(result.code).toBe(0);
    const ids = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => line.split(" ")[0]);
    expect(ids).toEqual(translatableCodeLists().map((list) => list.id));
    expect(ids).toEqual(expect.arrayContaining(["htcds.gender", "iso3166-1", "iso3166-2.TH", "agencies.AR", "law.PY"]));
    const json = JSON.parse((await runCli(["codes", "--format", "json", "--lang", "th"])).stdout) as unknown[];
    expect(json).toContainEqual({ id: "htcds.gender", name: "เพศสภาพ", codes: genders.codes.length });
  });

  it("prints a list as JSON with --format json, options before the command too", async () => {
    const result = await runCli(["--lang", "th", "codes", "agencies.TH", "--format", "json"]);
    expect(result.code).toBe(0);
    const list = JSON.parse(result.stdout) as { id: string; extensible: boolean; codes: { code: string }[] };
    expect(list).toMatchObject({ id: "agencies.TH", extensible: false });
    expect(list.codes.map((each) => each.code)).toEqual(expect.arrayContaining(["TH-DSI", "TH-MSDHS"]));
  });

  it("exits 2 for an unknown list, naming the nearest ids", async () => {
    for (const [given, near] of [
      ["htcds.gendr", "htcds.gender"],
      ["gender", "htcds.gender"],
      ["ISO3166-1", "iso3166-1"],
    ] as const) {
      const result = await runCli(["codes", given]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(`unknown code list ${JSON.stringify(given)} (did you mean ${near}`);
      expect(result.stderr).toContain('run "tipx codes" to see every list');
    }
    const far = await runCli(["codes", "nothing-like-a-list"]);
    expect(far.code).toBe(2);
    expect(far.stderr).not.toContain("did you mean");
  });

  it("tipx codes --help reads like this", async () => {
    const result = await runCli(["codes", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx codes [options] [list]

      Print the codes of a code list with their labels in the language of the run, or
      every code list's id and name.

      Arguments:
        list                   a code list id, such as htcds.gender or iso3166-2.TH

      Options:
        -l, --lang <lang>      language of the messages and of the help: en, th or es,
                               or a tag such as th-TH (default: $TIPX_LANG, then
                               $LANG, else en)
        -f, --format <format>  text, or json for the list as a JSON object (choices:
                               "text", "json", default: "text")
        -h, --help             show help

      Without a list, prints the id and name of every code list: those of the model
      (HTCDS picklists, ISIC, countries, languages, tipx's own lists) and those of
      the country profiles (subdivisions, agencies, laws and their sections).

      Examples:
        $ tipx codes
        $ tipx codes htcds.gender --lang th
        $ tipx codes iso3166-2.TH --format json
      "
    `);
  });
});

describe("tipx explain TIPX201", () => {
  it("says in every language that tipx codes prints a list and that the issue-code page documents it", async () => {
    for (const lang of ["en", "th", "es"]) {
      const result = await runCli(["explain", "TIPX201", "--lang", lang]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("tipx codes");
    }
    expect(explain("TIPX201")?.explanation).toMatch(/tipx codes LIST.*issue-code page/s);
    expect(explain("TIPX201", th)?.explanation).toContain("issue codes");
    expect(explain("TIPX201", es)?.explanation).toContain("página de códigos de problema");
  });
});
