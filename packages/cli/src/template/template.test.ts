import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type TempDir, tempDir } from "../_test/harness";

let dir: TempDir;
const run = (argv: readonly string[], tty = false) => runCli(argv, { cwd: dir.path, isStdoutTTY: tty });

async function workbook(name: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await readFile(path.join(dir.path, name))).buffer);
  return book;
}

/** The header cells of a worksheet. */
function header(sheet: ExcelJS.Worksheet | undefined): string[] {
  const values = sheet?.getRow(1).values;
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === "string") : [];
}

beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

describe("tipx template", () => {
  it("--xlsform writes the intake form with survey, choices and settings in three languages", async () => {
    const result = await run(["template", "--xlsform", "--out", "intake.xlsx"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("intake.xlsx");
    expect(((await stat(path.join(dir.path, "intake.xlsx"))).mode & 0o777).toString(8)).toBe("600");
    const book = await workbook("intake.xlsx");
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["survey", "choices", "settings"]),
    );
    expect(header(book.getWorksheet("survey"))).toEqual(
      expect.arrayContaining(["type", "name", "label::English (en)", "label::Thai (th)", "label::Spanish (es)"]),
    );
  });

  it("--lang en,th keeps only those languages; a checklist is a form too", async () => {
    const result = await run([
      "template",
      "--xlsform",
      "--form",
      "ilo-fl-2012",
      "--lang",
      "en,th",
      "--out",
      "ilo.xlsx",
    ]);
    expect(result.code).toBe(0);
    const labels = header((await workbook("ilo.xlsx")).getWorksheet("survey")).filter((c) => c.startsWith("label::"));
    expect(labels).toEqual(["label::English (en)", "label::Thai (th)"]);
  });

  it("--xlsx writes the intake template, readable by exceljs", async () => {
    const result = await run(["template", "--xlsx", "--lang", "th", "--out", "template.xlsx"]);
    expect(result.code).toBe(0);
    expect((await workbook("template.xlsx")).worksheets.length).toBeGreaterThan(0);
  });

  it("writes to standard output when it is not a terminal, and refuses a terminal", async () => {
    const piped = await run(["template", "--xlsx"]);
    expect(piped.code).toBe(0);
    expect(piped.stdout.slice(0, 2)).toBe("PK");
    const tty = await run(["template", "--xlsform"], true);
    expect(tty.code).toBe(2);
    expect(tty.stdout).toBe("");
    expect(tty.stderr).toContain("--out");
  });

  it.each([
    [["template"], "one of --xlsform and --xlsx"],
    [["template", "--xlsform", "--xlsx"], "one of --xlsform and --xlsx"],
    [["template", "--xlsx", "--form", "palermo"], "--xlsform"],
    [["template", "--xlsform", "--lang", "fr"], "Allowed choices"],
    [["template", "--xlsform", "--form", "nope"], "choices"],
  ])("usage error: %j", async (argv, words) => {
    const result = await run([...argv, "--out", "x.xlsx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
  });
});

describe("tipx template --help", () => {
  it("reads like this", async () => {
    const result = await runCli(["template", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx template [options]

      Write the XLSForm workbook (survey, choices and settings sheets, for ODK and
      KoBoToolbox) of the intake form or of a screening checklist, or the Excel intake
      template with drop-down lists, with @tipx/convert.

      Options:
        --xlsform           write an XLSForm workbook
        --xlsx              write the Excel intake template
        --form <form>       the form: intake, or a screening checklist (choices:
                            "intake", "palermo", "ilo-fl-2012", "icls-2018",
                            "child-labour", default: "intake")
        -l, --lang <langs>  the languages of the labels, comma-separated (en, th, es):
                            all three by default in an XLSForm; one for the template,
                            which is also that of the messages
        -o, --out <file>    write to this file (mode 0600) instead of standard output
        -h, --help          show help

      A workbook is binary: it is not written to a terminal. Labels with no
      translation are written in English and listed on standard error.

      Examples:
        $ tipx template --xlsform --out intake.xlsx
        $ tipx template --xlsform --form ilo-fl-2012 --lang en,th --out ilo.xlsx
        $ tipx template --xlsx --lang es > plantilla.xlsx
      "
    `);
  });

  it("reads like this in Spanish", async () => {
    const result = await runCli(["template", "--help", "--lang", "es"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Uso: tipx template [options]

      Escribe el libro XLSForm (hojas survey, choices y settings, para ODK y
      KoBoToolbox) del formulario de registro o de una lista de verificación, o la
      plantilla de registro de Excel con listas desplegables, con @tipx/convert.

      Opciones:
        --xlsform           escribir un libro XLSForm
        --xlsx              escribir la plantilla de registro de Excel
        --form <form>       el formulario: intake (registro) o una lista de
                            verificación (valores: "intake", "palermo", "ilo-fl-2012",
                            "icls-2018", "child-labour", por defecto: "intake")
        -l, --lang <langs>  los idiomas de las etiquetas, separados por comas (en, th,
                            es): los tres por defecto en un XLSForm; uno para la
                            plantilla, que es también el de los mensajes
        -o, --out <file>    escribir en este archivo (modo 0600) en lugar de la salida
                            estándar
        -h, --help          mostrar la ayuda

      Un libro es binario: no se escribe en una terminal. Las etiquetas sin
      traducción se escriben en inglés y se listan en la salida de error estándar.

      Ejemplos:
        $ tipx template --xlsform --out registro.xlsx
        $ tipx template --xlsform --form ilo-fl-2012 --lang en,es --out oit.xlsx
        $ tipx template --xlsx --lang es > plantilla.xlsx
      "
    `);
  });
});
