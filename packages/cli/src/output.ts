import type { Writable } from "node:stream";

const FLUSH_AT_LENGTH = 64 * 1024;
const FLUSH_AFTER_MS = 100;

function settled(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off("drain", done);
      stream.off("close", done);
      stream.off("error", done);
      resolve();
    };
    stream.on("drain", done);
    stream.on("close", done);
    stream.on("error", done);
  });
}

/**
 * A buffered, back-pressure-aware writer over a stream. Reports write many short lines; collecting
 * them and writing in blocks is faster, and waiting for `drain` keeps memory flat when the reader is
 * slower than validation. A write error (a closed pipe, as in `tipx validate … | head`) marks the
 * output `broken` so the caller can stop early and say that the run did not finish.
 */
export class Output {
  readonly #stream: Writable;
  readonly #beforeWrite: (() => void) | undefined;
  #buffer = "";
  #lastFlush = Date.now();
  #broken = false;
  readonly #onError = (): void => {
    this.#broken = true;
  };
  readonly #onWritten = (error?: Error | null): void => {
    if (error) this.#broken = true;
  };

  /**
   * @param stream - where the text goes.
   * @param beforeWrite - called before each block is written (the progress bar clears its line there).
   */
  constructor(stream: Writable, beforeWrite?: () => void) {
    this.#stream = stream;
    this.#beforeWrite = beforeWrite;
    stream.on("error", this.#onError);
  }

  /** `true` once the stream failed or was closed; further text is dropped. */
  get broken(): boolean {
    return this.#broken || this.#stream.destroyed;
  }

  /** Adds text to the buffer. */
  write(text: string): void {
    if (!this.#broken) this.#buffer += text;
  }

  /**
   * `true` when the buffer should be written: it is large, or has waited long enough that a terminal
   * should see it. Checked once per record, so it is a plain getter rather than an async call.
   */
  get due(): boolean {
    return (
      this.#buffer.length >= FLUSH_AT_LENGTH || (this.#buffer !== "" && Date.now() - this.#lastFlush >= FLUSH_AFTER_MS)
    );
  }

  /** Writes the buffer and waits for the stream to accept more when it asked to. */
  async flush(): Promise<void> {
    this.#lastFlush = Date.now();
    if (this.#buffer === "" || this.broken) return;
    const text = this.#buffer;
    this.#buffer = "";
    this.#beforeWrite?.();
    if (!this.#stream.write(text, this.#onWritten)) await settled(this.#stream);
  }

  /**
   * Writes the buffer and waits until the stream has taken all of it, so that a last write that fails
   * (the reader went away after the report's last block) still marks the output `broken`.
   */
  async finish(): Promise<void> {
    await this.flush();
    if (this.broken) return;
    await new Promise<void>((resolve) => {
      this.#stream.write("", (error?: Error | null) => {
        this.#onWritten(error);
        resolve();
      });
    });
  }

  /** Stops listening to the stream (the stream itself stays open: it may be the process's stdout). */
  close(): void {
    this.#stream.off("error", this.#onError);
  }
}
