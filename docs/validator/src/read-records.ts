// The records of a file, read as it streams in: a JSON file is one record, an NDJSON file one per line,
// a CSV file of HTCDS 2.0 columns one per row (converted to a bundle), an XLSX workbook one in all.
import {
  type Conversion,
  type ConversionIssue,
  type ConversionStream,
  type NumberedRow,
  type ReadHtcdsWorkbookOptions,
  streamCsvRows,
  streamFromHtcdsRows,
} from "@tipx/convert";
import type { Bundle, Catalogue } from "@tipx/schema";
import type { FileKind } from "./protocol";

/** One record of a file: its text (JSON, NDJSON) or the bundle a conversion made (CSV, XLSX). */
export interface FileRecord {
  readonly where: { readonly unit: "line" | "row"; readonly number: number } | undefined;
  readonly text?: string;
  readonly bundle?: Bundle;
}

/** Reads an HTCDS workbook; only the worker that can read XLSX has one (exceljs is large). */
export type WorkbookReader = (bytes: Uint8Array, options: ReadHtcdsWorkbookOptions) => Promise<Conversion<Bundle>>;

/** The records of a file, and once they are read, the conversion's issues. */
export interface RecordSource {
  readonly records: AsyncIterable<FileRecord>;
  readonly conversion: () => readonly ConversionIssue[];
}

/** The file's bytes as they stream in, with a count of the bytes read so far. */
function countedStream(file: File, onBytes: (read: number) => void): ReadableStream<Uint8Array> {
  let read = 0;
  return file.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        onBytes(read);
        controller.enqueue(chunk);
      },
    }),
  );
}

/** The lines of a UTF-8 text stream, numbered from 1, without their line ends. */
async function* numberedLines(bytes: ReadableStream<Uint8Array>): AsyncGenerator<{ number: number; text: string }> {
  const reader = bytes.getReader();
  const decoder = new TextDecoder();
  let rest = "";
  let number = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const parts = (rest + decoder.decode(value, { stream: true })).split("\n");
    rest = parts.pop() ?? "";
    for (const part of parts) {
      number += 1;
      yield { number, text: part.endsWith("\r") ? part.slice(0, -1) : part };
    }
  }
  rest += decoder.decode();
  if (rest !== "") yield { number: number + 1, text: rest };
}

/** A random UUID (v4) that works outside a secure context too, where `crypto.randomUUID` is missing. */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Reads a file's records.
 *
 * @param file - The file the person picked.
 * @param kind - Its format.
 * @param locale - The catalogue of the conversion's messages (English when absent).
 * @param onBytes - Told how many bytes were read so far, as the file streams in.
 * @param readWorkbook - The XLSX reader, in the worker that has one.
 */
export function readRecords(
  file: File,
  kind: FileKind,
  locale: Catalogue | undefined,
  onBytes: (read: number) => void,
  readWorkbook: WorkbookReader | undefined,
): RecordSource {
  const options = locale === undefined ? {} : { locale };
  if (kind === "json") {
    return {
      conversion: () => [],
      records: (async function* () {
        const text = await new Response(countedStream(file, onBytes)).text();
        yield { where: { unit: "line", number: 1 }, text };
      })(),
    };
  }
  if (kind === "ndjson") {
    return {
      conversion: () => [],
      records: (async function* () {
        for await (const { number, text } of numberedLines(countedStream(file, onBytes))) {
          if (text.trim() !== "") yield { where: { unit: "line", number }, text };
        }
      })(),
    };
  }
  if (kind === "csv") {
    const rows = streamCsvRows(countedStream(file, onBytes), options);
    let current = 0;
    const numbered = (async function* (): AsyncGenerator<NumberedRow> {
      for await (const row of rows) {
        current = row.row;
        yield row;
      }
    })();
    const bundles: ConversionStream<Bundle> = streamFromHtcdsRows(numbered, { ...options, uuid: randomUuid });
    return {
      conversion: () => [...rows.report().issues, ...bundles.report().issues],
      records: (async function* () {
        for await (const bundle of bundles) yield { where: { unit: "row", number: current }, bundle };
      })(),
    };
  }
  let issues: readonly ConversionIssue[] = [];
  return {
    conversion: () => issues,
    records: (async function* () {
      if (readWorkbook === undefined) throw new Error("this worker cannot read XLSX workbooks");
      const bytes = new Uint8Array(await file.arrayBuffer());
      onBytes(bytes.byteLength);
      const { value, report } = await readWorkbook(bytes, { ...options, uuid: randomUuid });
      issues = report.issues;
      yield { where: undefined, bundle: value };
    })(),
  };
}
