import type { OutputFormat } from "../choices";
import type { Palette } from "../color";
import type { CliMessages } from "../messages/messages";
import type { RecordOutcome } from "./check-record";
import { jsonRecordLine } from "./json-report";
import { textRecordLines } from "./text-report";

/** What {@link recordRenderer} needs. */
export interface RecordRenderSettings {
  /** `--format`. */
  readonly format: OutputFormat;
  /** The colours of stdout. */
  readonly colors: Palette;
  /** The CLI's words in the run's language. */
  readonly messages: CliMessages;
  /** `--quiet`. */
  readonly quiet: boolean;
}

/**
 * Creates the renderer of the records of NDJSON batches validated away from the reporter (on a worker
 * thread, or on the main thread for the pool): their part of the report, as `textReporter` or
 * `jsonReporter` would have written it.
 *
 * @param settings - the format, colours, words and `quiet`.
 * @returns for a file name, the renderer of one record of that file.
 */
export function recordRenderer(settings: RecordRenderSettings): (file: string) => (outcome: RecordOutcome) => string {
  if (settings.format === "json") {
    const line = jsonRecordLine(settings.quiet);
    return (file) => (outcome) => line(file, outcome);
  }
  const lines = textRecordLines(settings);
  return () => lines;
}
