import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editBundle, minimalBundle } from "../../schema/src/validate/_test-bundles";
import { jsonLines, runCli, runTipxProcess, type TempDir, tempDir } from "./_test/harness";
import type { ValidateRecordLine, ValidateSummaryLine } from "./index";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

const THAI = "สมชาย แก้วมณี";
const SPANISH = "María Peña";

/** Thai in TIS-620 / windows-874: U+0E01–U+0E5B are the bytes 0xA1–0xFB; ASCII stays as it is. */
function tis620(text: string): Buffer {
  return Buffer.from(
    [...text].map((character) => {
      const code = character.codePointAt(0) ?? 0;
      if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e00 + 0xa0;
      if (code > 0x7f) throw new Error(`U+${code.toString(16)} is not in TIS-620`);
      return code;
    }),
  );
}

const ENCODE = {
  "windows-874": tis620,
  "windows-1252": (text: string) => Buffer.from(text, "latin1"), // á, í, ñ… are the same bytes in both
  "utf-16le": (text: string) => Buffer.from(`\uFEFF${text}`, "utf16le"),
  "utf-16be": (text: string) => Buffer.from(`\uFEFF${text}`, "utf16le").swap16(),
} as const;

/**
 * A valid bundle whose sender is `name`, then an invalid one with `name` as an unknown key: its TIPX104
 * path shows the name exactly as validate() received it.
 */
function bundlesNamed(name: string): string {
  const valid = editBundle(minimalBundle(1), ["/sender/name", name]);
  const withKey = editBundle(minimalBundle(2), [`/${name}`, 1]);
  return `${JSON.stringify(valid)}\n${JSON.stringify(withKey)}\n`;
}

async function writeBytes(name: string, bytes: Buffer): Promise<string> {
  const file = path.join(dir.path, name);
  await writeFile(file, bytes);
  return file;
}

/** The record lines of JSON output (not the lines of unreadable inputs, nor the summary). */
function recordLines(stdout: string): ValidateRecordLine[] {
  return jsonLines(stdout).filter(
    (line): line is ValidateRecordLine => typeof line === "object" && line !== null && "ok" in line,
  );
}

async function validateJson(args: readonly string[]) {
  const result = await runCli(["validate", "--format", "json", ...args]);
  const last = jsonLines(result.stdout).at(-1) as ValidateSummaryLine;
  return { ...result, records: recordLines(result.stdout), summary: last.summary };
}

describe("tipx validate: text encodings", () => {
  it.each<[keyof typeof ENCODE, string, string | undefined]>([
    ["windows-874", THAI, "windows-874"],
    ["windows-1252", SPANISH, "windows-1252"],
    ["utf-16le", THAI, undefined],
    ["utf-16be", SPANISH, undefined],
  ])("reads %s (%s) with every letter intact", async (encoding, name, option) => {
    const file = await writeBytes(`names-${encoding}.ndjson`, ENCODE[encoding](bundlesNamed(name)));
    const { code, records, stderr } = await validateJson([
      ...(option === undefined ? [] : ["--encoding", option]),
      file,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(records.map((record) => [record.line, record.ok, record.issues.map((issue) => issue.path)])).toEqual([
      [1, true, []],
      [2, false, [`/${name}`]],
    ]);
    expect(JSON.stringify(records)).not.toContain("\uFFFD");
  });

  it.each<[string, Buffer, string]>([
    ["windows-874", tis620(bundlesNamed(THAI)), "windows-874"],
    ["windows-1252", Buffer.from(bundlesNamed(SPANISH), "latin1"), "windows-1252"],
  ])(
    "refuses %s read as UTF-8: exit 3, naming the file, the offset and the encoding to use",
    async (encoding, bytes, want) => {
      const file = await writeBytes(`not-utf8-${encoding}.json`, bytes);
      const offset = bytes.findIndex((byte) => byte >= 0x80);
      const { code, records, summary, stderr } = await validateJson([file]);
      expect(code).toBe(3);
      expect(records).toEqual([]);
      expect(summary).toMatchObject({ records: 0, unreadable: 1 });
      expect(stderr).toContain(
        `cannot read ${file}: it is not valid UTF-8 (the first invalid byte is at offset ${offset})`,
      );
      expect(stderr).toContain(`run again with --encoding ${want}\n`);
    },
  );

  it("refuses invalid UTF-8 once the records before it were validated", async () => {
    const good = `${JSON.stringify(minimalBundle(1))}\n${JSON.stringify(minimalBundle(2))}\n`;
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from(bundlesNamed(SPANISH), "latin1")]);
    const file = await writeBytes("late-latin1.ndjson", bytes);
    const { code, records, stderr } = await validateJson([file]);
    expect(code).toBe(3);
    expect(records.map((record) => [record.line, record.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(stderr).toContain(`offset ${bytes.findIndex((byte) => byte >= 0x80)})`);
  });

  it("says it in the --lang language", async () => {
    const file = await writeBytes(
      "thai.json",
      tis620(JSON.stringify(editBundle(minimalBundle(1), ["/sender/name", THAI]))),
    );
    const en = await runCli(["validate", file]);
    const th = await runCli(["validate", "--lang", "th", file]);
    const es = await runCli(["validate", "--lang", "es", file]);
    const offset = JSON.stringify(editBundle(minimalBundle(1), ["/sender/name", ""])).indexOf('""') + 1;
    expect(
      [en.stderr, th.stderr, es.stderr].map((text) => text.replaceAll(file, "FILE").replaceAll(String(offset), "N")),
    ).toMatchInlineSnapshot(`
      [
        "tipx: cannot read FILE: it is not valid UTF-8 (the first invalid byte is at offset N); it looks like Thai in windows-874 (TIS-620): run again with --encoding windows-874
      ",
        "tipx: อ่าน FILE ไม่ได้: ไม่ใช่ UTF-8 ที่ถูกต้อง (ไบต์ที่ไม่ถูกต้องตัวแรกอยู่ที่ตำแหน่ง N) ดูเหมือนเป็นภาษาไทยแบบ windows-874 (TIS-620) ให้รันอีกครั้งด้วย --encoding windows-874
      ",
        "tipx: no se puede leer FILE: no es UTF-8 válido (el primer byte inválido está en la posición N); parece tailandés en windows-874 (TIS-620): vuelva a ejecutarlo con --encoding windows-874
      ",
      ]
    `);
  });

  it("accepts the names systems use for the same encodings (tis-620, iso-8859-1) and refuses others (exit 2)", async () => {
    const thai = await writeBytes(
      "tis.json",
      tis620(JSON.stringify(editBundle(minimalBundle(1), ["/sender/name", THAI]))),
    );
    expect((await runCli(["validate", "--encoding", "TIS-620", thai])).code).toBe(0);
    const latin = await writeBytes(
      "iso.json",
      Buffer.from(JSON.stringify(editBundle(minimalBundle(1), ["/sender/name", SPANISH])), "latin1"),
    );
    expect((await runCli(["validate", "--encoding", "iso-8859-1", latin])).code).toBe(0);
    const unknown = await runCli(["validate", "--encoding", "ebcdic", latin]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("windows-874");
  });

  it("skips a UTF-8 byte-order mark, and lets a byte-order mark win over --encoding", async () => {
    const file = await writeBytes(
      "bom.json",
      Buffer.from(`\uFEFF${JSON.stringify(editBundle(minimalBundle(1), ["/sender/name", THAI]))}`),
    );
    expect((await runCli(["validate", file])).code).toBe(0);
    expect((await runCli(["validate", "--encoding", "windows-1252", file])).code).toBe(0);
  });

  it("hints at --encoding for UTF-16 without a byte-order mark", async () => {
    const file = await writeBytes("no-bom.json", Buffer.from(JSON.stringify(minimalBundle(1)), "utf16le"));
    const without = await runCli(["validate", file]);
    expect(without.code).toBe(3);
    expect(without.stderr).toBe(
      `tipx: cannot read ${file}: it looks like UTF-16LE text without a byte-order mark: run again with --encoding utf-16le\n`,
    );
    expect((await runCli(["validate", "--encoding", "utf-16le", file])).code).toBe(0);
  });

  it("the tipx executable reads TIS-620, windows-1252 and UTF-16 files it is told about", async () => {
    const thai = await writeBytes("process-874.ndjson", tis620(bundlesNamed(THAI)));
    const spanish = await writeBytes("process-1252.ndjson", Buffer.from(bundlesNamed(SPANISH), "latin1"));
    const utf16 = await writeBytes("process-utf16.ndjson", ENCODE["utf-16be"](bundlesNamed(THAI)));
    const refused = await runTipxProcess(["validate", thai, spanish, utf16]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`${thai}: it is not valid UTF-8`);
    expect(refused.stderr).toContain(`${spanish}: it is not valid UTF-8`);
    const thaiRun = await runTipxProcess(["validate", "--format", "json", "--encoding", "windows-874", thai, utf16]);
    expect(thaiRun.stderr).toBe("");
    const records = recordLines(thaiRun.stdout);
    expect(records.map((record) => [record.ok, record.issues.map((issue) => issue.path)])).toEqual([
      [true, []],
      [false, [`/${THAI}`]],
      [true, []],
      [false, [`/${THAI}`]],
    ]);
    const spanishRun = await runTipxProcess(["validate", "--encoding", "windows-1252", spanish]);
    expect(spanishRun.stdout).toContain(`/${SPANISH}`);
    expect(spanishRun.stdout).not.toContain("\uFFFD");
  }, 60_000);
});
