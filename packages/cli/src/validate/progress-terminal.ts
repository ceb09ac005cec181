import type { Writable } from "node:stream";

/**
 * The terminal cli-progress draws on, reduced to what keeps the bar on one line of stderr while the
 * report scrolls past on stdout. cli-progress's own terminal saves the cursor position when the bar
 * starts and restores it when it stops, which would jump back over every report line printed in
 * between; this one only ever returns to the start of the current line.
 */
export class ProgressTerminal {
  readonly #stream: Writable;

  /** @param stream - the terminal stream (stderr). */
  constructor(stream: Writable) {
    this.#stream = stream;
  }

  /** No-op: see the class comment. */
  cursorSave(): void {}

  /** No-op: see the class comment. */
  cursorRestore(): void {}

  /** No-op: the cursor stays visible, so an interrupted run never leaves it hidden. */
  cursor(): void {}

  /** Moves to the start of the line (the only move a single bar makes). */
  cursorTo(x: number | null = null): void {
    if (x === 0) this.#stream.write("\r");
  }

  /** No-op: a single bar never moves between lines. */
  cursorRelative(): void {}

  /** No-op: a single bar never moves between lines. */
  cursorRelativeReset(): void {}

  /** Clears from the cursor to the end of the line. */
  clearRight(): void {
    this.#stream.write("\u001b[K");
  }

  /** Clears the whole line and returns to its start. */
  clearLine(): void {
    this.#stream.write("\r\u001b[2K");
  }

  /** Clears everything below the cursor. */
  clearBottom(): void {
    this.#stream.write("\u001b[J");
  }

  /** Starts a new line. */
  newline(): void {
    this.#stream.write("\n");
  }

  /** Writes the rendered bar. */
  write(text: string): void {
    this.#stream.write(text);
  }

  /** No-op: the bar is cut to the terminal width instead of turning wrapping off for everyone. */
  lineWrapping(): void {}

  /** Always `true`: the bar is only created for a terminal. */
  isTTY(): boolean {
    return true;
  }

  /** The width of the terminal, 80 when unknown. */
  getWidth(): number {
    const columns: unknown = "columns" in this.#stream ? this.#stream.columns : undefined;
    return typeof columns === "number" && columns > 0 ? columns : 80;
  }
}
