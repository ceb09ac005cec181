/**
 * Input a streaming reader takes: chunks of bytes or text, from an async iterable (a Node.js stream), an
 * iterable, or a Web Stream.
 *
 * @example
 * ```ts
 * import type { TextSource } from "@tipx/convert";
 * const source: TextSource = [new TextEncoder().encode("a,b\n1,2\n")];
 * ```
 */
export type TextSource =
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | ReadableStream<Uint8Array>
  | ReadableStream<string>;
