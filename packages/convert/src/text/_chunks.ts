import type { TextSource } from "./source";

/** Reads a Web Stream with its reader, as not every browser makes streams async iterable. */
async function* _readStream<T>(stream: ReadableStream<T>): AsyncGenerator<T, void, undefined> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The chunks of any source, as one async iterable. */
export async function* _chunks(source: TextSource): AsyncGenerator<Uint8Array | string, void, undefined> {
  if (typeof ReadableStream !== "undefined" && source instanceof ReadableStream) {
    yield* _readStream<Uint8Array | string>(source as ReadableStream<Uint8Array | string>);
    return;
  }
  yield* source as AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
}
