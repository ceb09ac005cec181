import type { ConversionReport } from "./report";

/**
 * A conversion that streams: iterate it (`for await`) to get the converted items one at a time, so that
 * memory stays flat for inputs of any size; `report()` gives the report so far, complete once the
 * iteration has ended.
 *
 * @typeParam T - The items it yields: bundles, or rows.
 *
 * @example
 * ```ts
 * import { streamNdjson } from "@tipx/convert";
 * const stream = streamNdjson(['{"tipx":"1.1"}', "not json"]);
 * for await (const record of stream) console.log(record);
 * stream.report().counts; // { rows: 2, converted: 1, skipped: 1, … }
 * ```
 */
export interface ConversionStream<T> extends AsyncIterable<T> {
  /** The report so far; complete once the iteration has ended. */
  report(): ConversionReport;
}

/** Makes a stream from an async generator and the function that gives its report. */
export function _conversionStream<T>(
  items: () => AsyncGenerator<T, void, undefined>,
  report: () => ConversionReport,
): ConversionStream<T> {
  return { [Symbol.asyncIterator]: () => items(), report };
}
