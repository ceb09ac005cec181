import { createReadStream } from "node:fs";
import type { NdjsonReadOptions, NdjsonRecord } from "../ndjson/index";
import { _ndjsonRecords } from "../ndjson/stream-ndjson";
import { _reporter } from "../report/_reporter";
import type { ConversionStream } from "../report/index";
import { _conversionStream } from "../report/stream";
import { _sizeProblem } from "./_file-check";

/**
 * Reads an NDJSON file as it streams from disk, one record at a time with its line number; the rules and
 * the report are those of `streamNdjson`. An empty file, or one over `maxBytes`, is reported (TIPX708)
 * before it is read.
 *
 * @param path - The file's path.
 * @param options - The limits and the report's language.
 * @returns The records, and the report of the read.
 * @throws The file system's error when the file cannot be opened (it does not exist).
 *
 * @example
 * ```ts
 * import { readNdjsonFile } from "@tipx/convert/node";
 * const records = readNdjsonFile("bundles.ndjson");
 * for await (const { line, value } of records) console.log(line, value.tipx);
 * ```
 */
export function readNdjsonFile(path: string, options: NdjsonReadOptions = {}): ConversionStream<NdjsonRecord> {
  const reporter = _reporter("ndjson", "ndjson", options);
  async function* records(): AsyncGenerator<NdjsonRecord, void, undefined> {
    const open = () => createReadStream(path, { highWaterMark: 64 * 1024 });
    for await (const record of _ndjsonRecords(open, options, reporter, () => _sizeProblem(path, options.maxBytes))) {
      reporter.carried();
      reporter.converted();
      yield record;
    }
  }
  return _conversionStream(records, () => reporter.report());
}
