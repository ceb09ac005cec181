import { BUDDHIST_ERA_OFFSET, fromThaiDigits, parseThaiDate } from "@tipx/schema";
import type { Calendar, DateFormat } from "./date-formats";

/** A date read from a cell: the ISO date (full or partial), and whether a Buddhist-Era year was converted. */
export type _DateRead =
  | { readonly ok: true; readonly date: string; readonly converted: boolean }
  | { readonly ok: false };

type Order = "dmy" | "mdy" | "ymd" | "ym" | "y";

const NUMERIC: {
  readonly [F in Exclude<DateFormat, "thai-long">]: { readonly pattern: RegExp; readonly order: Order };
} = {
  "YYYY-MM-DD": { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, order: "ymd" },
  "YYYY-MM": { pattern: /^(\d{4})-(\d{2})$/, order: "ym" },
  YYYY: { pattern: /^(\d{4})$/, order: "y" },
  "DD/MM/YYYY": { pattern: /^(\d{2})\/(\d{2})\/(\d{4})$/, order: "dmy" },
  "D/M/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: "dmy" },
  "DD-MM-YYYY": { pattern: /^(\d{2})-(\d{2})-(\d{4})$/, order: "dmy" },
  "D-M-YYYY": { pattern: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, order: "dmy" },
  "DD.MM.YYYY": { pattern: /^(\d{2})\.(\d{2})\.(\d{4})$/, order: "dmy" },
  "MM/DD/YYYY": { pattern: /^(\d{2})\/(\d{2})\/(\d{4})$/, order: "mdy" },
};

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Reads a date cell in a format and calendar; a Buddhist-Era year becomes a Common-Era one. */
export function _readDate(text: string, format: DateFormat, calendar: Calendar): _DateRead {
  const cell = fromThaiDigits(text.trim());
  if (format === "thai-long") {
    const parsed = parseThaiDate(cell);
    return parsed.ok ? { ok: true, date: parsed.date, converted: parsed.era === "BE" } : { ok: false };
  }
  const { pattern, order } = NUMERIC[format];
  const match = pattern.exec(cell);
  if (!match) return { ok: false };
  const [a = "", b = "", c = ""] = match.slice(1).map(String);
  const [y, m, d] =
    order === "dmy"
      ? [c, b, a]
      : order === "mdy"
        ? [c, a, b]
        : order === "ymd"
          ? [a, b, c]
          : [a, order === "ym" ? b : "", ""];
  const buddhist = calendar === "buddhist";
  if (buddhist && d !== "" && m !== "") {
    // parseThaiDate applies the Buddhist-Era offset and checks the day against the Common-Era year.
    const parsed = parseThaiDate(`${Number(d)}/${Number(m)}/${y}`);
    return parsed.ok ? { ok: true, date: parsed.date, converted: true } : { ok: false };
  }
  const year = Number(y) - (buddhist ? BUDDHIST_ERA_OFFSET : 0);
  if (year < 1) return { ok: false };
  if (m === "") return { ok: true, date: pad(year, 4), converted: buddhist };
  const month = Number(m);
  if (month < 1 || month > 12) return { ok: false };
  if (d === "") return { ok: true, date: `${pad(year, 4)}-${pad(month)}`, converted: buddhist };
  const day = Number(d);
  return isRealDay(year, month, day)
    ? { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, converted: buddhist }
    : { ok: false };
}
