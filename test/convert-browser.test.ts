// @tipx/convert runs in a browser, everything but its `node` subpath: a program, bundled by esbuild for
// the browser from the TypeScript sources, streams an HTCDS CSV in Windows-874 (Thai) from a Web
// ReadableStream into bundles, writes and reads back an XLSX workbook with exceljs, and writes CTDC rows,
// in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core) on a fake https origin that
// page.route serves from memory; Node does the same and the results must be equal. Without Chromium the
// test skips and says so, as test/browser.test.ts does.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Bundle } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { bundleProgram } from "./_bundle-program";
import { HAS_CHROMIUM, inChromiumPage, SKIP_REASON, STEP_TIMEOUT, withTimeout } from "./_chromium";

const ROOT = path.resolve(import.meta.dirname, "..");

if (!HAS_CHROMIUM) console.warn(`test/convert-browser.test.ts skipped: ${SKIP_REASON}`);

/** What the program gives, in the page and in Node alike: nothing that depends on random ids or dates. */
interface ConvertOutput {
  readonly node: boolean;
  readonly csv: { readonly counts: unknown; readonly genders: readonly string[] };
  readonly bundles: { readonly count: number; readonly citizenships: readonly string[]; readonly codes: string[] };
  readonly xlsx: { readonly rows: unknown; readonly counts: unknown };
  readonly ctdc: { readonly rows: unknown; readonly counts: unknown };
}

// The program, kept here so that the test is one file; Node runs the same source through tsx (below).
const PROGRAM = `
import {
  readXlsxRows,
  streamCsvRows,
  streamFromHtcdsRows,
  toCtdcRows,
  writeXlsx,
} from "../packages/convert/src/index";

/** Thai letters U+0E01..U+0E3A and U+0E3F..U+0E5B are bytes 0xA1..0xFB in Windows-874. */
function windows874(text) {
  return Uint8Array.from([...text].map((c) => {
    const code = c.codePointAt(0);
    return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e01 + 0xa1 : code;
  }));
}

globalThis.tipxConvert = async (bundle) => {
  const csv = "prs_FirstName,prs_Gender,prs_Citizenship,vic_TypeOfExploitation\\r\\n" +
    "สมชาย,Masculine,MM,ForcedLabour\\r\\nมาลี,Feminine,TH,SexualExploitation;ForcedLabour\\r\\n";
  const bytes = windows874(csv);
  // Two chunks cut inside a Thai word, as a network stream cuts them.
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue(bytes.slice(0, 40));
      controller.enqueue(bytes.slice(40));
      controller.close();
    },
  });
  const rows = streamCsvRows(stream);
  const read = [];
  for await (const row of rows) read.push(row);
  const converted = streamFromHtcdsRows(read, { createdAt: "2026-01-01T00:00:00Z" });
  const bundles = [];
  for await (const made of converted) bundles.push(made);
  const workbook = await writeXlsx([{ name: "Cases", columns: ["name", "gender"], rows: read.map((r) => ({ name: r.cells.prs_FirstName, gender: r.cells.prs_Gender })) }]);
  const back = await readXlsxRows(workbook);
  const ctdc = toCtdcRows(bundle, { codebook: "2024", k: 1 });
  const processLike = globalThis["process"];
  return {
    node: typeof processLike === "object" && processLike !== null,
    csv: { counts: rows.report().counts, genders: read.map((r) => r.cells.prs_Gender) },
    bundles: {
      count: bundles.length,
      citizenships: bundles.flatMap((b) => b.entities.flatMap((e) => e.type === "Person" ? e.citizenships ?? [] : [])),
      codes: converted.report().issues.map((issue) => issue.code),
    },
    xlsx: { rows: back.value.map((r) => r.cells), counts: back.report.counts },
    ctdc: { rows: ctdc.value, counts: ctdc.report.counts },
  };
};
`;

const SOURCE = { contents: PROGRAM, sourcefile: "convert-browser-program.ts" };

describe("@tipx/convert in a browser", () => {
  it.skipIf(!HAS_CHROMIUM)(
    HAS_CHROMIUM
      ? "streams a Windows-874 CSV from a Web stream into bundles, writes and reads XLSX, writes CTDC rows, as Node does"
      : `browser conversion (skipped: ${SKIP_REASON})`,
    async () => {
      const bundle = JSON.parse(
        await readFile(path.join(ROOT, "examples", "bundles", "mae-sot-interception.json"), "utf8"),
      ) as Bundle;
      const program = await bundleProgram(SOURCE, "browser");
      await inChromiumPage(program, "tipxConvert", async (page, pageErrors) => {
        const out: ConvertOutput = await withTimeout(
          page.evaluate(
            (value) =>
              (globalThis as unknown as { tipxConvert: (bundle: unknown) => Promise<ConvertOutput> }).tipxConvert(
                value,
              ),
            bundle,
          ),
          STEP_TIMEOUT,
          "the browser conversion",
        );
        expect(out.node).toBe(false);
        expect(out.csv.genders).toEqual(["Masculine", "Feminine"]);
        expect(out.csv.counts).toMatchObject({ rows: 2, converted: 2, skipped: 0 });
        expect(out.bundles.count).toBe(2);
        expect(out.bundles.citizenships).toEqual(["MM", "TH"]);
        expect(out.xlsx.rows).toEqual([
          { name: "สมชาย", gender: "Masculine" },
          { name: "มาลี", gender: "Feminine" },
        ]);
        expect(Array.isArray(out.ctdc.rows) && out.ctdc.rows.length).toBe(11);
        // Node, running the same program bundled for it, gives the same.
        const dir = await mkdtemp(path.join(tmpdir(), "tipx-convert-node-"));
        try {
          const file = path.join(dir, "program.mjs");
          await writeFile(file, await bundleProgram(SOURCE, "node"));
          await import(pathToFileURL(file).href);
          const convert = (globalThis as unknown as { tipxConvert: (bundle: unknown) => Promise<ConvertOutput> })
            .tipxConvert;
          expect({ ...(await convert(bundle)), node: false }).toEqual(out);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
        expect(pageErrors).toEqual([]);
      });
    },
    180_000,
  );
});
