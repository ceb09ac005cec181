const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** A number as a spreadsheet shows it, without binary float noise (0.1 + 0.2 is "0.3"). */
export function _numberText(value: number): string {
  if (!Number.isFinite(value)) return "";
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** A date as `YYYY-MM-DD`, with `THH:MM:SS` when it has a time of day (exceljs gives dates in UTC). */
export function _dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return "";
  const day = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  const h = value.getUTCHours();
  const m = value.getUTCMinutes();
  const s = value.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** A cell that holds an error (`#N/A`, `#REF!`): it has no value to carry. */
export const _CELL_ERROR = Symbol("cell error");

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null;

/**
 * The text of an exceljs cell value: numbers without float noise, dates as `YYYY-MM-DD`, rich text
 * joined, a formula's cached result, a hyperlink's text, booleans as `TRUE`/`FALSE`; an error cell gives
 * {@link _CELL_ERROR}.
 */
export function _cellText(value: unknown): string | typeof _CELL_ERROR {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return _numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return _dateText(value);
  if (!isRecord(value)) return "";
  if ("error" in value) return _CELL_ERROR;
  if (Array.isArray(value.richText)) {
    return value.richText
      .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : ""))
      .join("");
  }
  if ("formula" in value || "sharedFormula" in value) return _cellText(value.result);
  if ("text" in value) return _cellText(value.text);
  return "";
}
