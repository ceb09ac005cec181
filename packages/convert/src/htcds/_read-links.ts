// Reads the referral and consent cells of one row. Their values are carried or not only when the row's
// entities are built (a referral needs an organisation and a consent), so reading keeps them pending.
import { consentInformation, consentPurposes } from "@tipx/schema";
import type { _Reporter } from "../report/_reporter";
import { _readCode, _readDate, _splitMulti } from "./_cells";
import { _CONSENT_COLUMN, type _ReferralColumn, type _ReferralSide } from "./_links";

/** A referral cell's value, read, waiting for its referral to be built. */
export interface _PendingValue {
  readonly column: string;
  readonly path: readonly string[];
  readonly value: unknown;
}

/** What the consent checkbox of a row says: the purposes, and what the person was told. */
export interface _ConsentValues {
  readonly purposes: readonly string[];
  readonly informedOf: readonly string[];
}

/** The referral values (by side) and the consent of one row. */
export interface _RowLinks {
  readonly referrals: { readonly [S in _ReferralSide]: _PendingValue[] };
  consent: _ConsentValues | undefined;
}

/** Where a cell is, for its issues. */
export interface _CellPlace {
  readonly row: number;
  readonly sheet: string | undefined;
}

function at(place: _CellPlace, column: string, value?: string) {
  return {
    row: place.row,
    column,
    ...(place.sheet === undefined ? {} : { sheet: place.sheet }),
    ...(value === undefined ? {} : { value }),
  };
}

/** Reads a referral cell into `links`; `false` when nothing of it could be read (its issues said why). */
export function _readReferralCell(
  reporter: _Reporter,
  place: _CellPlace,
  spec: _ReferralColumn,
  cell: string,
  links: _RowLinks,
): boolean {
  const read = spec.read;
  let value: unknown;
  if (read.kind === "date") {
    value = _readDate(cell);
    if (value === undefined)
      reporter.issue("TIPX703", { field: spec.column, expected: "date" }, at(place, spec.column));
  } else if (read.kind === "codes") {
    const codes: string[] = [];
    for (const part of _splitMulti(cell)) {
      const code = _readCode(read.list, part);
      if (code === undefined)
        reporter.issue("TIPX702", { field: spec.column, list: read.list.id }, at(place, spec.column, part));
      else if (!codes.includes(code)) codes.push(code);
    }
    value = codes.length === 0 ? undefined : codes;
  } else value = cell.trim();
  if (value === undefined) return false;
  links.referrals[spec.side].push({ column: spec.column, path: spec.path, value });
  return true;
}

/**
 * Reads the consent checkbox: each `;`-separated value is a consent purpose (its code, an alias the
 * schema knows or its English label) or something the person was told before consenting (the HTCDS
 * guidance questions, `Consent.informedOf`; the registry tags both fields `con_Consent`). A value that
 * is neither is reported (TIPX702) and never guessed; a bare checkbox (`true`, `yes`) names no purpose
 * and is reported so too. `false` when no value could be read.
 */
export function _readConsentCell(reporter: _Reporter, place: _CellPlace, cell: string, links: _RowLinks): boolean {
  const purposes: string[] = [];
  const informedOf: string[] = [];
  for (const part of _splitMulti(cell)) {
    const purpose = _readCode(consentPurposes, part);
    const informed = purpose === undefined ? _readCode(consentInformation, part) : undefined;
    if (purpose !== undefined) {
      if (!purposes.includes(purpose)) purposes.push(purpose);
    } else if (informed !== undefined) {
      if (!informedOf.includes(informed)) informedOf.push(informed);
    } else
      reporter.issue("TIPX702", { field: _CONSENT_COLUMN, list: consentPurposes.id }, at(place, _CONSENT_COLUMN, part));
  }
  if (purposes.length === 0 && informedOf.length === 0) return false;
  links.consent = { purposes, informedOf };
  return true;
}
