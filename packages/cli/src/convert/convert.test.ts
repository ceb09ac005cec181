import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Bundle } from "@tipx/schema";
import { validate } from "@tipx/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonLines, runCli, type TempDir, tempDir } from "../_test/harness";
import type { ConvertReportFile } from "./convert-command";

const EXAMPLES = fileURLToPath(new URL("../../../../examples/", import.meta.url));
const MAE_SOT = path.join(EXAMPLES, "bundles/mae-sot-interception.json");
const bundle = JSON.parse(readFileSync(MAE_SOT, "utf8")) as Bundle;

/** Every name of the example's persons: none may show in a report. */
const names = bundle.entities.flatMap((entity) =>
  entity.type === "Person"
    ? Object.values(entity.names ?? {}).filter(
        (value): value is string => typeof value === "string" && value.length > 3,
      )
    : [],
);

let dir: TempDir;
const run = (argv: readonly string[], stdin?: string) =>
  runCli(argv, { cwd: dir.path, ...(stdin === undefined ? {} : { stdin }) });
const report = async (name: string) =>
  JSON.parse(await readFile(path.join(dir.path, name), "utf8")) as ConvertReportFile;
/** The CSV lines of an output. */
const csvLines = (text: string) => text.split(/\r?\n/).filter((line) => line !== "");

beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

describe("tipx convert without --from", () => {
  it("reads tipx bundles when --to writes rows", async () => {
    const result = await run(["convert", MAE_SOT, "--to", "ctdc-vp", "--k", "1"]);
    expect(result.code).toBe(0);
    expect(csvLines(result.stdout)[0]?.startsWith("yearRegister,gender,majorityStatus")).toBe(true);
  });

  it("is a usage error when the output is bundles", async () => {
    const result = await run(["convert", MAE_SOT]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--from is needed");
  });
});

describe("tipx convert in Spanish", () => {
  it("names the formats of each stage in Spanish, with the issue codes and places as in English", async () => {
    const result = await run([
      "convert",
      path.join(EXAMPLES, "mappings/ar-ngo.csv"),
      "--from",
      "mapped",
      "--mapping",
      path.join(EXAMPLES, "mappings/ar-ngo.mapping.json"),
      "--lang",
      "es",
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^tipx: .*: lectura de CSV: 5 filas/m);
    expect(result.stderr).toMatch(/^tipx: .*: la correspondencia de columnas a tipx: 5 filas/m);
    expect(result.stderr).toMatch(/^ {2}fila 6, columna Nacionalidad: TIPX702 /m);
    expect(result.stderr).not.toContain("mapping a tipx");
  });
});

describe("tipx convert to CTDC with k = 11 on one interception", () => {
  it("writes the header though every row is suppressed, and gives the notes of one code as a total", async () => {
    const result = await run(["convert", MAE_SOT, "--to", "ctdc", "--codebook", "2024"]);
    expect(result.code).toBe(0);
    expect(csvLines(result.stdout)).toEqual([expect.stringContaining("gender")]);
    expect(result.stderr).toMatch(/TIPX706 Row suppressed for k-anonymity \(11×; --report FILE lists each\)/);
    expect(result.stderr).toMatch(/TIPX705 Field not carried \(\d+×/);
    expect(result.stderr).not.toMatch(/^ {2}row \d+: TIPX70[56]/m);
    expect(result.stderr).toMatch(/^tipx: .*: reading tipx: 1 row/m);
  });
});

describe("tipx convert on the Mae Sot example", () => {
  it("--to htcds writes CSV rows with the HTCDS header, and a summary whose counts add up", async () => {
    const result = await run(["convert", MAE_SOT, "--from", "tipx", "--to", "htcds"]);
    expect(result.code).toBe(0);
    const [header, ...rows] = csvLines(result.stdout);
    expect(header?.split(",")).toContain("prs_Gender");
    expect(rows.length).toBeGreaterThan(0);
    const counts = [...result.stderr.matchAll(/(\d+) rows?: (\d+) converted, (\d+) skipped/g)];
    expect(counts.length).toBe(2);
    for (const [, rowCount, converted, skipped] of counts)
      expect(Number(converted) + Number(skipped)).toBe(Number(rowCount));
    for (const name of names) expect(result.stderr).not.toContain(name);
  });

  it("--to ctdc --codebook 2024 --k 1 writes one row per victim; --hxl adds the hashtag row", async () => {
    const plain = await run(["convert", MAE_SOT, "--from", "tipx", "--to", "ctdc", "--codebook", "2024", "--k", "1"]);
    expect(plain.code).toBe(0);
    const [header, ...rows] = csvLines(plain.stdout);
    expect(header).toContain("gender");
    expect(rows.length).toBeGreaterThan(0);
    const hxl = await run(["convert", MAE_SOT, "--from", "tipx", "--to", "ctdc", "--k", "1", "--hxl"]);
    expect(csvLines(hxl.stdout)[1]).toMatch(/^#|,#/);
    expect(csvLines(hxl.stdout).length).toBe(rows.length + 2);
  });

  it("--to ctdc with the default k = 11 suppresses the few victims of one bundle (TIPX706)", async () => {
    const result = await run(["convert", MAE_SOT, "--from", "tipx", "--to", "ctdc", "--report", "k11.json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const file = await report("k11.json");
    expect(file.formatVersion).toBe("1");
    expect(file.reports.map((r) => [r.from, r.to])).toEqual([
      ["tipx", "tipx"],
      ["tipx", "ctdc-2024"],
    ]);
    expect(file.reports[1]?.issues.map((issue) => issue.code)).toContain("TIPX706");
  });

  it("--to ctdc-vp writes the victim-perpetrator columns", async () => {
    const result = await run(["convert", MAE_SOT, "--from", "tipx", "--to", "ctdc-vp", "--k", "1"]);
    expect(result.code).toBe(0);
    expect(csvLines(result.stdout)[0]).toContain("IP_Relation");
  });

  it("round trip: --to htcds --out rows.csv, then --from htcds gives valid NDJSON bundles", async () => {
    const toRows = await run(["convert", MAE_SOT, "--from", "tipx", "--to", "htcds", "--out", "rows.csv"]);
    expect(toRows.code).toBe(0);
    expect(((await stat(path.join(dir.path, "rows.csv"))).mode & 0o777).toString(8)).toBe("600");
    const back = await run(["convert", "rows.csv", "--from", "htcds"]);
    expect(back.code).toBe(0);
    const bundles = jsonLines(back.stdout) as Bundle[];
    expect(bundles.length).toBeGreaterThan(0);
    for (const item of bundles) expect(validate(item).issues.filter((i) => i.severity === "error")).toEqual([]);
    const json = await run(["convert", "rows.csv", "--from", "htcds", "--format", "json"]);
    expect((JSON.parse(json.stdout) as Bundle[]).length).toBe(bundles.length);
    const stdin = await run(
      ["convert", "-", "--from", "htcds", "--to", "ndjson"],
      await readFile(path.join(dir.path, "rows.csv"), "utf8"),
    );
    expect(jsonLines(stdin.stdout).length).toBe(bundles.length);
  });

  it("--format xlsx writes a workbook, refused on a terminal without --out", async () => {
    const tty = await runCli(["convert", MAE_SOT, "--from", "tipx", "--to", "htcds", "--format", "xlsx"], {
      cwd: dir.path,
      isStdoutTTY: true,
    });
    expect(tty.code).toBe(2);
    expect(tty.stdout).toBe("");
    expect(tty.stderr).toContain("--out");
    const file = await run(["convert", MAE_SOT, "--from", "tipx", "--to", "htcds", "--out", "rows.xlsx"]);
    expect(file.code).toBe(0);
    const bytes = await readFile(path.join(dir.path, "rows.xlsx"));
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
    const back = await run(["convert", "rows.xlsx", "--from", "htcds"]);
    expect(back.code).toBe(0);
    expect(jsonLines(back.stdout).length).toBeGreaterThan(0);
  });
});

describe("tipx convert on bad input", () => {
  it.each([
    ["a CSV row with an unclosed quote", "bad.csv", 'prs_Gender,prs_Citizenship\nFeminine,MM\n"Masculine,TH\n', 1],
    ["an empty file", "empty.csv", "", 3],
  ])("%s", async (_title, name, content, code) => {
    await dir.write(name, content);
    const result = await run(["convert", name, "--from", "htcds", "--report", `${name}.report.json`]);
    expect(result.code).toBe(code);
    const file = await report(`${name}.report.json`);
    expect(file.exitCode).toBe(code);
    const codes = file.reports.flatMap((r) => r.issues.map((issue) => issue.code));
    expect(codes).toContain(code === 3 ? "TIPX708" : "TIPX704");
    for (const r of file.reports) {
      expect(r.counts.converted + r.counts.skipped).toBe(r.counts.rows);
      expect(r.counts.carried + r.counts.notCarried).toBe(r.counts.values);
    }
  });

  it("a malformed row is named by its row number on stderr, and the other rows are converted", async () => {
    await dir.write("malformed.csv", 'prs_Gender,prs_Citizenship\nFeminine,MM\n"Masculine,TH\n');
    const result = await run(["convert", "malformed.csv", "--from", "htcds"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/row 3: TIPX704 /);
    expect(jsonLines(result.stdout).length).toBe(1);
  });

  it("a truncated workbook is unreadable (TIPX708, exit 3)", async () => {
    await run(["convert", MAE_SOT, "--from", "tipx", "--to", "htcds", "--out", "whole.xlsx"]);
    const bytes = await readFile(path.join(dir.path, "whole.xlsx"));
    await dir.write("truncated.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)).toString("latin1"));
    const result = await run(["convert", "truncated.xlsx", "--from", "htcds"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("TIPX708");
  });

  it("a missing input is exit 3; a missing --from is a usage error", async () => {
    expect((await run(["convert", "nothing.csv", "--from", "htcds"])).code).toBe(3);
    expect((await run(["convert", "x.csv"])).code).toBe(2);
  });

  it("an invalid bundle is skipped with TIPX704 and its schema errors (exit 1)", async () => {
    const broken = { ...bundle, entities: [{ type: "Person", id: "not-a-uuid" }] };
    await dir.write("invalid.ndjson", `${JSON.stringify(bundle)}\n${JSON.stringify(broken)}\nnot json\n`);
    const result = await run(["convert", "invalid.ndjson", "--from", "tipx", "--to", "tipx"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/row 2: TIPX704 /);
    expect(result.stderr).toMatch(/row 3: TIPX704 /);
    expect(jsonLines(result.stdout).length).toBe(1);
  });

  it.each([
    [["--from", "htcds", "--to", "ctdc"], "one side must be tipx"],
    [["--from", "mapped"], "--mapping"],
    [["--from", "htcds", "--mapping", "m.json"], "--mapping"],
    [["--from", "tipx", "--to", "htcds", "--codebook", "2017"], "--codebook"],
    [["--from", "tipx", "--to", "htcds", "--k", "5"], "--k"],
    [["--from", "tipx", "--hxl"], "--hxl"],
    [["--from", "tipx", "--format", "csv"], "NDJSON or JSON"],
    [["--from", "tipx", "--to", "ctdc", "--k", "0"], "whole number"],
  ])("usage error: %j", async (args, words) => {
    const result = await run(["convert", "in.csv", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(words);
  });
});

describe("tipx convert --from mapped", () => {
  it("rejects a mapping with an error by its JSON Pointer (TIPX710, exit 2) before reading any row", async () => {
    await dir.write("mapping.json", {
      sheet: { sender: { name: "Shelter (Test)" } },
      columns: { Sexo: { field: "Person.nope" } },
    });
    // The input does not exist: the mapping is checked first.
    const result = await run(["convert", "missing.csv", "--from", "mapped", "--mapping", "mapping.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("TIPX710");
    expect(result.stderr).toContain("/columns/Sexo/field");
    expect(result.stderr).not.toContain("no such file");
  });

  it("a mapping that is not JSON, or missing, is exit 2", async () => {
    await dir.write("broken.json", "{ not json");
    expect((await run(["convert", "x.csv", "--from", "mapped", "--mapping", "broken.json"])).code).toBe(2);
    expect((await run(["convert", "x.csv", "--from", "mapped", "--mapping", "none.json"])).code).toBe(2);
  });

  it("converts a sheet through a mapping", async () => {
    await dir.write("ok-mapping.json", {
      sheet: { sender: { name: "Shelter (Test)" } },
      columns: { Nombre: { field: "Person.names.given" } },
    });
    await dir.write("sheet.csv", "Nombre,Otra\nLucía Prueba,x\nAna Ejemplo,y\n");
    const result = await run(["convert", "sheet.csv", "--from", "mapped", "--mapping", "ok-mapping.json"]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout).length).toBe(2);
    expect(result.stderr).toContain("TIPX701");
    expect(result.stderr).not.toContain("Lucía");
  });
});

describe("tipx convert on the mapping examples", () => {
  it.each(["th-provincial-office", "ar-ngo"])(
    "%s converts every row, naming unread cells by row and column",
    async (name) => {
      const csv = path.join(EXAMPLES, `mappings/${name}.csv`);
      const mapping = path.join(EXAMPLES, `mappings/${name}.mapping.json`);
      const result = await run(["convert", csv, "--from", "mapped", "--mapping", mapping, "--report", `${name}.json`]);
      expect(result.code).toBe(0);
      const file = await report(`${name}.json`);
      const mapped = file.reports.at(-1);
      expect(mapped?.from).toBe("mapped");
      expect(mapped?.counts.converted).toBe(mapped?.counts.rows);
      const bundles = jsonLines(result.stdout) as Bundle[];
      expect(bundles.length).toBeGreaterThan(0);
      for (const item of bundles) expect(validate(item).issues.filter((i) => i.severity === "error")).toEqual([]);
      // Every issue about a cell says where it is; a value is only ever a code.
      for (const issue of mapped?.issues ?? []) {
        if (issue.code === "TIPX702" || issue.code === "TIPX703") expect(issue.row).toBeGreaterThan(1);
        expect(issue.column ?? issue.path).not.toBe("");
        if (issue.value !== undefined) expect(issue.code).toBe("TIPX702");
      }
    },
  );
});

describe("tipx convert in Thai and Spanish", () => {
  it.each([
    ["th", "แถว 3: TIPX704"],
    ["es", "fila 3: TIPX704"],
  ])("--lang %s words the summary in the language", async (lang, words) => {
    await dir.write("malformed-lang.csv", 'prs_Gender,prs_Citizenship\nFeminine,MM\n"Masculine,TH\n');
    const result = await run(["convert", "malformed-lang.csv", "--from", "htcds", "--lang", lang]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(words);
  });
});

describe("tipx convert --help", () => {
  it("reads like this", async () => {
    const result = await runCli(["convert", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx convert [options] <input>

      Convert one input with @tipx/convert: HTCDS 2.0 rows, an HTCDS toolkit workbook,
      CTDC rows or an agency's spreadsheet (through a column mapping) to tipx bundles,
      or tipx bundles to HTCDS 2.0, CTDC or CTDC victim-perpetrator rows. Every row,
      column and value that could not be carried is reported with its place, never
      with its content.

      Arguments:
        input                 a CSV, XLSX, JSON or NDJSON file, or - for standard
                              input (CSV rows, or NDJSON bundles)

      Options:
        --from <format>       what the input holds (tipx bundles when --to writes
                              rows) (choices: "htcds", "htcds-workbook", "ctdc",
                              "mapped", "tipx")
        --to <format>         what to write: tipx bundles (ndjson is the same), or
                              rows (choices: "tipx", "ndjson", "htcds", "ctdc",
                              "ctdc-vp", default: "tipx")
        -m, --mapping <file>  the column mapping of an agency spreadsheet (JSON), for
                              --from mapped; checked before any row is read
        --codebook <year>     the CTDC codebook of --to ctdc (default: 2024) (choices:
                              "2017", "2024")
        --k <k>               k-anonymity of --to ctdc and ctdc-vp: rows in groups
                              smaller than k are suppressed; 1 turns it off (default:
                              11)
        --hxl                 add the HXL hashtag row under the header of row outputs
        -o, --out <file>      write to this file (mode 0600) instead of standard
                              output
        --report <file>       write the report as JSON to this file instead of the
                              summary on standard error
        --format <format>     the output format; by default the one --out's extension
                              names, else ndjson for bundles and csv for rows
                              (choices: "csv", "xlsx", "json", "ndjson")
        -l, --lang <lang>     language of the messages and of the help: en, th or es,
                              or a tag such as th-TH (default: $TIPX_LANG, then $LANG,
                              else en)
        -h, --help            show help

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
        $ tipx convert cases.csv --from htcds | tipx convert - --from tipx --to ctdc-vp --out vp.xlsx
      "
    `);
  });

  it("reads like this in Thai", async () => {
    const result = await runCli(["convert", "--help", "--lang", "th"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "วิธีใช้: tipx convert [options] <input>

      แปลงอินพุตหนึ่งรายการด้วย @tipx/convert ได้แก่ แถว HTCDS 2.0 สมุดงานของชุดเครื่องมือ HTCDS
      แถว CTDC หรือตารางของหน่วยงาน (ผ่านการจับคู่คอลัมน์) เป็นชุดข้อมูล tipx หรือแปลงชุดข้อมูล tipx
      เป็นแถว HTCDS 2.0 แถว CTDC หรือแถว CTDC แบบผู้เสียหายกับผู้กระทำความผิด ทุกแถว คอลัมน์
      และค่าที่นำไปไม่ได้จะถูกรายงานพร้อมตำแหน่ง โดยไม่แสดงเนื้อหาของค่านั้น

      อาร์กิวเมนต์:
        input                 ไฟล์ CSV XLSX JSON หรือ NDJSON หรือ - เพื่ออ่านจากอินพุตมาตรฐาน
                              (แถว CSV หรือชุดข้อมูล NDJSON)

      ตัวเลือก:
        --from <format>       สิ่งที่อยู่ในอินพุต (ชุดข้อมูล tipx เมื่อ --to เขียนเป็นแถว) (ค่าที่ใช้ได้:
                              "htcds", "htcds-workbook", "ctdc", "mapped", "tipx")
        --to <format>         สิ่งที่จะเขียน ได้แก่ ชุดข้อมูล tipx (ndjson มีความหมายเดียวกัน)
                              หรือแถว (ค่าที่ใช้ได้: "tipx", "ndjson", "htcds", "ctdc",
                              "ctdc-vp", ค่าเริ่มต้น: "tipx")
        -m, --mapping <file>  ไฟล์การจับคู่คอลัมน์ (JSON) ของตารางหน่วยงาน สำหรับ --from
                              mapped ซึ่งจะตรวจสอบก่อนอ่านแถวใด ๆ
        --codebook <year>     คู่มือรหัส CTDC ของ --to ctdc (ค่าเริ่มต้น: 2024) (ค่าที่ใช้ได้:
                              "2017", "2024")
        --k <k>               k-anonymity ของ --to ctdc และ ctdc-vp แถวในกลุ่มที่เล็กกว่า k
                              จะถูกระงับ ค่า 1 คือปิด (ค่าเริ่มต้น: 11)
        --hxl                 เพิ่มแถวแฮชแท็ก HXL ใต้หัวตารางของผลลัพธ์ที่เป็นแถว
        -o, --out <file>      เขียนลงไฟล์นี้ (โหมด 0600) แทนเอาต์พุตมาตรฐาน
        --report <file>       เขียนรายงานเป็น JSON ลงไฟล์นี้แทนสรุปทางเอาต์พุตข้อผิดพลาดมาตรฐาน
        --format <format>     รูปแบบของผลลัพธ์ โดยค่าเริ่มต้นตามนามสกุลของ --out หรือ ndjson
                              สำหรับชุดข้อมูลและ csv สำหรับแถว (ค่าที่ใช้ได้: "csv", "xlsx",
                              "json", "ndjson")
        -l, --lang <lang>     ภาษาของข้อความและวิธีใช้: en, th หรือ es หรือแท็กภาษา เช่น th-TH
                              (ค่าเริ่มต้น: ตาม $TIPX_LANG หรือ $LANG มิฉะนั้นเป็น en)
        -h, --help            แสดงวิธีใช้

      รูปแบบของอินพุตอ่านจากนามสกุลไฟล์ (.csv .tsv .xlsx .json .ndjson .jsonl)
      ชุดข้อมูลจะเขียนเป็น NDJSON บรรทัดละหนึ่งชุด ส่วนแถวจะเขียนเป็น CSV
      เมื่อแปลงชุดข้อมูลเป็นแถว (--to htcds ctdc ctdc-vp) ชุดข้อมูลทั้งหมดจะถูกรวมเป็นชุดเดียวก่อน
      เพื่อให้ทำ k-anonymity กับแถว CTDC ทั้งหมดพร้อมกัน การแปลงแถวเป็นแถวต้องผ่าน tipx สองขั้น
      (ดูตัวอย่างสุดท้าย)

      สรุปทางเอาต์พุตข้อผิดพลาดมาตรฐานนับแถวและค่า (แปลงแล้ว + ข้าม = แถว นำไปได้ + นำไปไม่ได้ = ค่า)
      และแสดงแต่ละปัญหาเป็น "แถว N, คอลัมน์ C: TIPX7xx ข้อความ" ส่วน --report FILE
      มีทุกปัญหาในรูป JSON โดยไม่แสดงค่าในเซลล์เลย

      รหัสการออก: 0 แปลงเสร็จโดยไม่มีปัญหาระดับข้อผิดพลาด 1 มีแถวที่ถูกข้ามเพราะผิดรูปแบบ
      หรือชุดข้อมูลไม่ถูกต้อง 2 ใช้คำสั่งผิด หรือไฟล์ --mapping อ่านไม่ได้หรือไม่ผ่านการตรวจสอบ
      3 อ่านอินพุตไม่ได้ (TIPX708) หรือเขียนผลลัพธ์ไม่ได้

      ตัวอย่าง:
        $ tipx convert cases.csv --from htcds --out cases.ndjson
        $ tipx convert examples/bundles/mae-sot-interception.json --from tipx --to ctdc --codebook 2024 --k 11 --hxl
        $ tipx convert sheet.xlsx --from mapped --mapping office.mapping.json --report report.json > cases.ndjson
        $ tipx convert cases.csv --from htcds | tipx convert - --from tipx --to ctdc-vp --out vp.xlsx
      "
    `);
  });
});

describe("tipx convert progress", () => {
  it("draws a bar on a terminal stderr for an input over 1 MiB, and none otherwise", async () => {
    const rows = Array.from({ length: 90_000 }, (_, i) => (i % 2 === 0 ? "Feminine,MM" : "Masculine,TH"));
    await dir.write("large.csv", `prs_Gender,prs_Citizenship\n${rows.join("\n")}\n`);
    expect((await stat(path.join(dir.path, "large.csv"))).size).toBeGreaterThan(1024 * 1024);
    const args = ["convert", "large.csv", "--from", "htcds", "--out", "large.ndjson"];
    const tty = await runCli(args, { cwd: dir.path, isStderrTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("converting");
    const piped = await runCli(args, { cwd: dir.path });
    expect(piped.stderr).not.toContain("converting");
    await dir.write("small.csv", "prs_Gender\nFeminine\n");
    const small = await runCli(["convert", "small.csv", "--from", "htcds"], { cwd: dir.path, isStderrTTY: true });
    expect(small.stderr).not.toContain("converting");
  });
});
