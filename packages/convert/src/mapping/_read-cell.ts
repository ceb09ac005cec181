import { type ConversionValueKind, codeForAlias, fromThaiDigits, profiles } from "@tipx/schema";
import { isSupportedCountry, parsePhoneNumberFromString } from "libphonenumber-js";
import { _isSubdivision, _valueKey } from "./_columns";
import { _readDate } from "./_read-date";
import type { _Target } from "./_targets";
import type { Calendar, DateFormat } from "./date-formats";
import type { ColumnMapping, ColumnRule } from "./mapping";

/** One value read from a cell: carried (and whether it was rewritten), or why not. */
export type _CellValue =
  | { readonly ok: true; readonly value: unknown; readonly normalised: boolean }
  | { readonly ok: false; readonly code: "TIPX702"; readonly value: string }
  | { readonly ok: false; readonly code: "TIPX703"; readonly expected: ConversionValueKind };

/** How one column's cells are read: its target and its settings with the sheet's defaults applied. */
export interface _ColumnReader {
  readonly target: _Target;
  read(text: string): _CellValue[];
}

const unreadable = (expected: ConversionValueKind): _CellValue => ({ ok: false, code: "TIPX703", expected });

function readPhone(text: string, region: string | undefined): _CellValue {
  const phone = parsePhoneNumberFromString(
    text,
    region !== undefined && isSupportedCountry(region) ? { defaultCountry: region } : {},
  );
  if (phone === undefined || !phone.isValid()) return unreadable("phone");
  return { ok: true, value: { number: phone.number }, normalised: phone.number !== text };
}

function readInteger(text: string, expected: "integer" | "age"): _CellValue {
  const digits = fromThaiDigits(text);
  if (!/^\d{1,9}$/.test(digits)) return unreadable(expected);
  const value = Number(digits);
  return expected === "age" && value > 130 ? unreadable("age") : { ok: true, value, normalised: false };
}

/** The reader of one column under a mapping. */
export function _columnReader(target: _Target, rule: ColumnRule, sheet: ColumnMapping["sheet"]): _ColumnReader {
  const values = new Map(Object.entries(rule.values ?? {}).map(([text, code]) => [_valueKey(text), code]));
  const dateFormat: DateFormat = rule.dateFormat ?? sheet.dateFormat ?? "YYYY-MM-DD";
  const calendar: Calendar =
    rule.calendar ?? sheet.calendar ?? (sheet.profile ? profiles[sheet.profile].calendar.kind : "gregorian");
  const region = rule.phoneRegion ?? sheet.phoneRegion ?? sheet.profile;
  const readOne = (text: string): _CellValue => {
    const mapped = values.get(_valueKey(text));
    switch (target.kind) {
      case "text":
        return { ok: true, value: text, normalised: false };
      case "code": {
        const code = mapped ?? (target.accepts?.(text) ? text : target.list && codeForAlias(target.list, text));
        return code ? { ok: true, value: code, normalised: false } : { ok: false, code: "TIPX702", value: text };
      }
      case "subdivision": {
        const code = mapped ?? (_isSubdivision(text) ? text : undefined);
        return code ? { ok: true, value: code, normalised: false } : { ok: false, code: "TIPX702", value: text };
      }
      case "date": {
        const date = _readDate(text, dateFormat, calendar);
        return date.ok ? { ok: true, value: date.date, normalised: date.converted } : unreadable("date");
      }
      case "phone":
        return readPhone(text, region);
      case "integer":
        return readInteger(text, target.id === "VictimContext.ageWhenTrafficked" ? "age" : "integer");
    }
  };
  return {
    target,
    read(text) {
      const parts = target.multiple && rule.split !== undefined ? text.split(rule.split) : [text];
      return parts
        .map((part) => part.trim())
        .filter((part) => part !== "")
        .map(readOne);
    },
  };
}
