import { readFile, stat } from "node:fs/promises";
import type { Bundle } from "@tipx/schema";
import { type ReadHtcdsWorkbookOptions, readHtcdsWorkbook } from "../htcds/read-workbook";
import { _reporter } from "../report/_reporter";
import type { Conversion } from "../report/index";

/** The default of `maxBytes` for a workbook file: 100 MiB. */
const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * Reads an HTCDS workbook file (the toolkit's layout, see `readHtcdsWorkbook`) into a bundle, after
 * checking its size against `maxBytes` (100 MiB by default) so that an oversized file is reported
 * (TIPX708) without being read into memory.
 *
 * @param path - The .xlsx file's path.
 * @param options - As for `readHtcdsWorkbook`, with the size limit.
 * @returns The bundle and the report.
 * @throws The file system's error when the file cannot be opened (it does not exist).
 *
 * @example
 * ```ts
 * import { readHtcdsWorkbookFile } from "@tipx/convert/node";
 * const { value, report } = await readHtcdsWorkbookFile("cases.xlsx");
 * console.log(value.entities.length, report.counts);
 * ```
 */
export async function readHtcdsWorkbookFile(
  path: string,
  options: ReadHtcdsWorkbookOptions = {},
): Promise<Conversion<Bundle>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { size } = await stat(path);
  if (size > maxBytes) {
    const reporter = _reporter("htcds-workbook", "tipx", options);
    reporter.issue("TIPX708", { reason: "too-large" });
    const { value } = await readHtcdsWorkbook(new Uint8Array(0), options);
    return { value, report: reporter.report() };
  }
  return readHtcdsWorkbook(new Uint8Array(await readFile(path)), { ...options, maxBytes });
}
