import type { CsvDelimiter } from "./delimiters";
import { CSV_DELIMITERS } from "./delimiters";

/** The line break of a text: the first one decides. */
export function _detectNewline(text: string): "\n" | "\r" | "\r\n" {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (lf === -1) return cr === -1 ? "\n" : "\r";
  if (cr === lf - 1) return "\r\n";
  return cr !== -1 && cr < lf ? "\r" : "\n";
}

/** The delimiter of a CSV: whichever of `,` `;` and tab its first line (outside quotes) has most of. */
export function _detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter = ",";
  for (const delimiter of CSV_DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}
