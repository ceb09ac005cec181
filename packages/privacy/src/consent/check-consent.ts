import type { Bundle, Consent } from "@tipx/schema";
import { _refusalReason, _victims } from "./_consent-reasons";
import {
  _coversSharing,
  _recordedOverrides,
  _withOverrides,
  CONSENT_OVERRIDE_EXTENSION,
  ConsentOverride,
  type RecordedConsentOverride,
} from "./consent-override";
import { CONSENTED_PURPOSES, type ConsentRefusal } from "./consent-refusal";

/** Where and when the data is to be shared, and an override if the caller decided to share despite refusals. */
export interface CheckConsentOptions {
  /** The Organization id of the recipient; a consent that lists recipients covers only those. */
  readonly recipient?: string;
  /** The country the data goes to (ISO 3166-1 alpha-2); a consent that lists countries covers only those. */
  readonly country?: string;
  /**
   * The day of the sharing (`YYYY-MM-DD`, or a partial date), against which expiry and withdrawal are
   * judged. Default: today (UTC), since a consent must hold when the data leaves, not when the bundle was
   * made (its `createdAt` can be months old).
   */
  readonly on?: string;
  /** Share despite the refusals: recorded in each refused person's Person entity (see {@link CONSENT_OVERRIDE_EXTENSION}). */
  readonly override?: ConsentOverride;
}

/** What `checkConsent` found. */
export interface ConsentCheck {
  /** Whether the data may be shared: no refusal, or each refusal overridden (now or by a recorded override). */
  readonly allowed: boolean;
  /** Every victim whose consents do not allow the sharing, overridden or not, in bundle order. */
  readonly refusals: readonly ConsentRefusal[];
  /** The ids of the refused persons whose refusal an override lifts (given now, or recorded in the bundle). */
  readonly overridden: readonly string[];
  /** The bundle, with the override recorded when one was given and used; the input bundle otherwise. */
  readonly bundle: Bundle;
}

/** A checked override option, or a `TypeError` naming the field (never its value, which may be personal). */
function parseOverride(override: unknown): ConsentOverride {
  const parsed = ConsentOverride.safeParse(override);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".") || "override"))];
  throw new TypeError(
    `checkConsent: override needs "by" and "reason" (non-empty) and "at" (an RFC 3339 date-time with its offset); wrong: ${fields.join(", ")}`,
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Checks that every victim and presumed victim of the bundle's cases consented to sharing their data
 * for `purpose`, with this recipient, to this country, on this day. Only `referral` and
 * `cross-border-transfer` need consent ({@link CONSENTED_PURPOSES}); any other purpose is allowed.
 *
 * A person's consent covers the sharing when it is their own, to the use of data (not only to an
 * interview), given, names the purpose, is neither withdrawn nor expired on the day, and lists the
 * recipient and the country when it lists any. A refusal naming the purpose, or no purpose, stands
 * unless such a consent was certainly given after it. Each refusal names the person by id and the
 * purpose, nothing else.
 *
 * With `override`, the sharing is allowed despite the refusals and the override is recorded in each
 * refused person's Person entity (`extensions["tipx.dev/consent-override"]`); a later check of the
 * returned bundle for the same purpose, recipient and country finds it and allows. The bundle still
 * validates: the override is an extension, not a change to the model.
 *
 * @param bundle - a validated bundle.
 * @param purpose - the purpose of the sharing (a consent purpose).
 * @param options - the recipient, the country, the day, and an override.
 * @returns whether the sharing is allowed, the refusals, the overridden persons and the bundle.
 * @throws {TypeError} when `override` is given without `by`, `reason` or a valid `at`.
 *
 * @example
 * ```ts
 * import { checkConsent } from "@tipx/privacy";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundle: Bundle;
 * const check = checkConsent(bundle, "referral", {
 *   recipient: "88f15896-52d7-4c96-a01b-4a584bec9dd3",
 *   country: "TH",
 * });
 * if (!check.allowed) for (const r of check.refusals) console.log(r.person, r.purpose, r.reason);
 * ```
 * @see packages/schema/src/rules/privacy.ts, TIPX504-506, whose rules these follow for a given sharing.
 */
export function checkConsent(bundle: Bundle, purpose: string, options: CheckConsentOptions = {}): ConsentCheck {
  const override = options.override === undefined ? undefined : parseOverride(options.override);
  if (!(CONSENTED_PURPOSES as readonly string[]).includes(purpose))
    return { allowed: true, refusals: [], overridden: [], bundle };
  const scope = { recipient: options.recipient, country: options.country, on: options.on ?? today() };
  const consents = bundle.entities.filter((entity): entity is Consent => entity.type === "Consent");
  const recorded = new Map<string, RecordedConsentOverride[]>();
  for (const entity of bundle.entities)
    if (entity.type === "Person")
      recorded.set(entity.id, _recordedOverrides(entity.extensions?.[CONSENT_OVERRIDE_EXTENSION]));

  const refusals: ConsentRefusal[] = [];
  const overridden: string[] = [];
  const toRecord = new Set<string>();
  for (const person of _victims(bundle)) {
    const reason = _refusalReason(consents, person, purpose, scope);
    if (reason === undefined) continue;
    refusals.push({ person, purpose, reason });
    const earlier = (recorded.get(person) ?? []).some((r) =>
      _coversSharing(r, purpose, scope.recipient, scope.country),
    );
    if (earlier) overridden.push(person);
    else if (override !== undefined) {
      overridden.push(person);
      toRecord.add(person);
    }
  }
  const allowed = overridden.length === refusals.length;
  if (override === undefined || toRecord.size === 0) return { allowed, refusals, overridden, bundle };
  const record: RecordedConsentOverride = {
    purpose,
    ...(scope.recipient === undefined ? {} : { recipient: scope.recipient }),
    ...(scope.country === undefined ? {} : { country: scope.country }),
    ...override,
  };
  return { allowed, refusals, overridden, bundle: _withOverrides(bundle, toRecord, record) };
}
