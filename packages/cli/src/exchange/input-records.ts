/**
 * The records of the inputs of `tipx sign`, `verify`, `encrypt` and `decrypt`, read as `tipx validate`
 * reads them (JSON, NDJSON, a JSON array, gzip, a record at a time, at most 64 MiB each).
 *
 * @module
 */
import type { CliIo } from "../io";
import { UsageError } from "../usage-error";
import { readInputRecords } from "../validate/input-records";
import { openInput, resolveInputs } from "../validate/inputs";
import { DEFAULT_MAX_LINE_BYTES } from "../validate/line-limit";
import type { InputRecord, RecordLayout } from "../validate/records";
import { type UnreadableReason, unreadableReason } from "../validate/unreadable";
import { looksLikeInlineJson } from "./key-file";

/** What a command does with the records of its inputs, as they are read. */
export interface RecordVisitor {
  /** One record (parsed, or with its JSON problem); returns `false` to stop reading (the output broke). */
  readonly record: (file: string, record: InputRecord) => Promise<boolean>;
  /** An input could not be read, or stopped being readable part way. */
  readonly unreadable: (file: string, reason: UnreadableReason) => void;
  /** An input was read to its end; `layout` is `undefined` when it held no record. */
  readonly endFile: (file: string, records: number, layout: RecordLayout | undefined) => void;
}

/**
 * Refuses input names that cannot be read as the commands mean them: `-` twice, or JSON text where a
 * file name belongs (a bundle or a key pasted as an argument would be repeated in "no such file").
 *
 * @throws {@link UsageError} with `inlineInput` as its message for JSON text.
 */
export function checkInputNames(names: readonly string[], inlineInput: string): void {
  if (names.filter((name) => name === "-").length > 1) throw new UsageError("standard input (-) can be read only once");
  if (names.some(looksLikeInlineJson)) throw new UsageError(inlineInput);
}

/**
 * Reads every input in order and hands each record to `visitor`; an input that cannot be read is
 * reported and skipped.
 *
 * @param names - the inputs as named on the command line (`-` is stdin).
 * @param io - the run's streams and working directory.
 * @param visitor - what to do with each record.
 * @returns `false` when the visitor stopped the run.
 */
export async function visitInputRecords(names: readonly string[], io: CliIo, visitor: RecordVisitor): Promise<boolean> {
  for (const input of await resolveInputs(names, io.cwd)) {
    if (input.kind === "unreadable") {
      visitor.unreadable(input.name, input.reason);
      continue;
    }
    const stream = openInput(input, io.stdin);
    // Stopping early must not destroy stdin, which belongs to the caller; a file's stream is destroyed below.
    const records = readInputRecords(stream.iterator({ destroyOnReturn: false }), {
      name: input.kind === "file" ? input.name : undefined,
      encoding: undefined,
      maxLineBytes: DEFAULT_MAX_LINE_BYTES,
    });
    let count = 0;
    let layout: RecordLayout | undefined;
    try {
      for (;;) {
        // Only reading can fail with an input error; a failure while handling a record is a bug.
        let next: IteratorResult<InputRecord, void>;
        try {
          next = await records.next();
        } catch (error) {
          visitor.unreadable(input.name, unreadableReason(error));
          break;
        }
        if (next.done === true) {
          visitor.endFile(input.name, count, layout);
          break;
        }
        count += 1;
        layout = next.value.layout;
        if (!(await visitor.record(input.name, next.value))) return false;
      }
    } finally {
      await records.return();
      if (input.kind === "file") stream.destroy();
    }
  }
  return true;
}
