/**
 * Writes values as NDJSON lines, one at a time, each ending with a line break, so that a large output
 * can be written as it is made.
 *
 * @param values - The values (bundles, records); each must be one JSON can write.
 * @returns The lines.
 * @throws TypeError for a value JSON cannot write (`undefined`, a function).
 *
 * @example
 * ```ts
 * import { ndjsonLines } from "@tipx/convert";
 * [...ndjsonLines([{ a: 1 }, { b: "x" }])]; // ['{"a":1}\n', '{"b":"x"}\n']
 * ```
 */
export function* ndjsonLines(values: Iterable<unknown>): Generator<string, void, undefined> {
  for (const value of values) {
    const line: string | undefined = JSON.stringify(value);
    if (line === undefined) throw new TypeError("A value cannot be written as JSON.");
    yield `${line}\n`;
  }
}

/**
 * Writes values as NDJSON text: one JSON value a line, each line ending with a line break.
 *
 * @param values - The values (bundles, records).
 * @returns The NDJSON text.
 *
 * @example
 * ```ts
 * import { toNdjson } from "@tipx/convert";
 * toNdjson([{ tipx: "1.1" }]); // '{"tipx":"1.1"}\n'
 * ```
 */
export function toNdjson(values: Iterable<unknown>): string {
  return [...ndjsonLines(values)].join("");
}
