/**
 * The bundles `tipx convert --from tipx` reads: NDJSON (streamed, a line at a time) or one JSON file
 * holding a bundle or an array of bundles. Each is checked against the tipx model first; one that is
 * not valid is skipped and reported (TIPX704 `invalid-record`, then its schema errors), never converted.
 *
 * @module
 */
import type { ConversionIssue, ConversionReport, ConvertOptions } from "@tipx/convert";
import type { Bundle } from "@tipx/schema";
import type { InputBytes } from "./input-bytes";

/** The largest JSON document read whole (NDJSON has no such limit). */
export const MAX_JSON_DOCUMENT_BYTES = 256 * 1024 * 1024;

/** The bundles of an input, streaming, and the report of reading and checking them. */
export interface BundleReading extends AsyncIterable<Bundle> {
  /** The same bundles, each with its line of the NDJSON file (or its position in the JSON document). */
  readonly numbered: () => AsyncIterable<{ readonly row: number; readonly bundle: Bundle }>;
  /** The report so far: `ndjson` (or `tipx`) to `tipx`; complete once the iteration has ended. */
  readonly report: () => ConversionReport;
}

interface Found {
  readonly row: number | undefined;
  readonly prefix: string;
  readonly value: unknown;
}

/**
 * Reads and checks the bundles of an input.
 *
 * @param input - the input's bytes.
 * @param document - `true` for a `.json` file, read whole; NDJSON otherwise.
 * @param onChunk - told the size of each chunk read (the progress bar).
 * @param options - the language of the messages and the issue limit.
 */
export async function readBundles(
  input: InputBytes,
  document: boolean,
  onChunk: (bytes: number) => void,
  options: ConvertOptions,
): Promise<BundleReading> {
  const [convert, schema] = await Promise.all([import("@tipx/convert"), import("@tipx/schema")]);
  const maxIssues = options.maxIssues ?? convert.DEFAULT_MAX_CONVERSION_ISSUES;
  const own: ConversionIssue[] = [];
  let omitted = 0;
  let invalid = 0;
  let documentRows = 0;
  let unreadable: ConversionIssue | undefined;
  const add = (issue: ConversionIssue): void => {
    if (own.length >= maxIssues) omitted += 1;
    else own.push(issue);
  };
  const issue = (
    code: "TIPX704" | "TIPX708",
    params: { reason: "invalid-record" | "not-json" | "not-an-object" } | { reason: "too-large" | "empty" },
    where: { row?: number; path?: string },
  ): ConversionIssue => ({
    code,
    severity: "error",
    path: where.path ?? "",
    message: schema.renderMessage(code, params as never, options.locale),
    params: params as ConversionIssue["params"],
    ...(where.row === undefined ? {} : { row: where.row }),
  });

  const ndjson = document ? undefined : convert.streamNdjson(input.chunks(onChunk), options);

  async function* found(): AsyncGenerator<Found> {
    if (ndjson !== undefined) {
      for await (const record of ndjson) yield { row: record.line, prefix: "", value: record.value };
      return;
    }
    const bytes = await input.whole();
    onChunk(bytes.length);
    if (bytes.length > MAX_JSON_DOCUMENT_BYTES) {
      unreadable = issue("TIPX708", { reason: "too-large" }, {});
      return;
    }
    const text = new TextDecoder().decode(bytes);
    if (text.trim() === "") {
      unreadable = issue("TIPX708", { reason: "empty" }, {});
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch {
      documentRows = 1;
      invalid += 1;
      add(issue("TIPX704", { reason: "not-json" }, {}));
      return;
    }
    const items = Array.isArray(value) ? value : [value];
    for (const [index, item] of items.entries())
      yield { row: undefined, prefix: Array.isArray(value) ? `/${index}` : "", value: item };
  }

  async function* numbered(): AsyncGenerator<{ readonly row: number; readonly bundle: Bundle }> {
    let position = 0;
    for await (const item of found()) {
      position += 1;
      if (ndjson === undefined) documentRows += 1;
      const where = { ...(item.row === undefined ? {} : { row: item.row }), path: item.prefix };
      if (typeof item.value !== "object" || item.value === null || Array.isArray(item.value)) {
        invalid += 1;
        add(issue("TIPX704", { reason: "not-an-object" }, where));
        continue;
      }
      const result = schema.validate(item.value, options.locale === undefined ? {} : { locale: options.locale });
      const errors = result.issues.filter((found) => found.severity === "error");
      if (errors.length > 0) {
        invalid += 1;
        add(issue("TIPX704", { reason: "invalid-record" }, where));
        for (const error of errors)
          add({ ...error, path: `${item.prefix}${error.path}`, ...(item.row === undefined ? {} : { row: item.row }) });
        continue;
      }
      yield { row: item.row ?? position, bundle: item.value as Bundle };
    }
  }

  async function* bundles(): AsyncGenerator<Bundle> {
    for await (const { bundle } of numbered()) yield bundle;
  }

  const report = (): ConversionReport => {
    const read = ndjson?.report();
    const rows = read?.counts.rows ?? documentRows;
    const skipped = (read?.counts.skipped ?? 0) + invalid;
    const issues = [...(read?.issues ?? []), ...own, ...(unreadable === undefined ? [] : [unreadable])].sort(
      (a, b) => (a.row ?? Number.POSITIVE_INFINITY) - (b.row ?? Number.POSITIVE_INFINITY),
    );
    return {
      from: document ? "tipx" : "ndjson",
      to: "tipx",
      ok: (read?.ok ?? true) && invalid === 0 && unreadable === undefined,
      counts: { rows, converted: rows - skipped, skipped, values: rows, carried: rows - skipped, notCarried: skipped },
      issues,
      omittedIssues: (read?.omittedIssues ?? 0) + omitted,
    };
  };
  return { [Symbol.asyncIterator]: () => bundles(), numbered, report };
}
