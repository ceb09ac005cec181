// One record checked as the page shows it: validated with the chosen catalogue and profile, and, when its
// shape is valid, each victim and presumed victim screened with the Palermo checklist.
import { assessBundle, type IndicatorCatalogue } from "@tipx/indicators";
import {
  type Bundle,
  type Catalogue,
  isProfileCode,
  type ProfileCode,
  type ValidationResult,
  validate,
  validateJson,
} from "@tipx/schema";
import type { ShownRecord } from "./protocol";
import type { FileRecord } from "./read-records";

/** The languages' catalogues and the profile chosen on the page. */
export interface CheckOptions {
  readonly locale: Catalogue | undefined;
  readonly indicatorLocale: IndicatorCatalogue | undefined;
  readonly profile: ProfileCode | undefined;
}

/** A record's result: what the page shows, and the bundle when its shape is valid. */
export interface CheckedRecord {
  readonly shown: ShownRecord;
  readonly bundle: Bundle | undefined;
}

/** The profile a record's own `profile` field names, read from data whose shape may be invalid. */
function ownProfile(data: unknown): ProfileCode | undefined {
  if (typeof data !== "object" || data === null || !Object.hasOwn(data, "profile")) return undefined;
  const profile: unknown = (data as Record<string, unknown>)["profile"];
  return isProfileCode(profile) ? profile : undefined;
}

function parsed(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Validates one record (the `validate` of the package, with its catalogue), without screening it. */
export function validateRecord(
  record: FileRecord,
  options: Pick<CheckOptions, "locale" | "profile">,
): {
  readonly result: ValidationResult;
  readonly data: unknown;
} {
  const settings = {
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  };
  if (record.text === undefined) return { result: validate(record.bundle, settings), data: record.bundle };
  const json = parsed(record.text);
  if (!json.ok) return { result: validateJson(record.text, settings), data: undefined };
  return { result: validateJson(record.text, { ...settings, parsed: json.value }), data: json.value };
}

/**
 * Checks one record.
 *
 * @param record - The record, as read from the file.
 * @param index - Its number in the file, from 1.
 * @param options - The catalogues and the profile.
 */
export function checkRecord(record: FileRecord, index: number, options: CheckOptions): CheckedRecord {
  const { result, data } = validateRecord(record, options);
  const bundle = result.value;
  const profile = options.profile ?? ownProfile(data);
  const screenings =
    bundle === undefined
      ? []
      : assessBundle(bundle, {
          instrument: "palermo",
          ...(options.profile === undefined ? {} : { profile: options.profile }),
          ...(options.indicatorLocale === undefined ? {} : { locale: options.indicatorLocale }),
        }).map(({ person, outcome }) => ({
          person,
          classification: outcome.classification,
          explanation: outcome.explanation,
        }));
  const id =
    typeof data === "object" && data !== null && Object.hasOwn(data, "id") ? (data as { id: unknown }).id : undefined;
  return {
    bundle,
    shown: {
      index,
      where: record.where,
      id: typeof id === "string" ? id.slice(0, 80) : undefined,
      ok: result.ok,
      profile,
      issues: result.issues.map(({ code, severity, path, message }) => ({ code, severity, path, message })),
      screenings,
    },
  };
}
