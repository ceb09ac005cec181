import type { Bundle } from "@tipx/schema";
import * as z from "zod";

/**
 * The extension key under which `checkConsent` records an override in each overridden Person entity:
 * an array of {@link RecordedConsentOverride}. The model has no extension point on the bundle itself, and
 * recording it on the person keeps it beside the data it concerns when a bundle is split or merged.
 *
 * @example
 * ```ts
 * import { CONSENT_OVERRIDE_EXTENSION } from "@tipx/privacy";
 * CONSENT_OVERRIDE_EXTENSION; // "tipx.dev/consent-override"
 * ```
 */
export const CONSENT_OVERRIDE_EXTENSION = "tipx.dev/consent-override";

/**
 * A caller's decision to share data despite a refusal: who decided, why, and when (an RFC 3339
 * date-time with its offset). `by` and `reason` are written into the bundle: they should name an
 * authority and a legal ground, not the person.
 *
 * @example
 * ```ts
 * import { ConsentOverride } from "@tipx/privacy";
 * ConsentOverride.parse({
 *   by: "074db274-244e-40f7-9de3-61d5adb94f61",
 *   reason: "Anti-Trafficking in Persons Act B.E. 2551, section 33: immediate danger",
 *   at: "2022-04-05T10:00:00+07:00",
 * });
 * ```
 */
export const ConsentOverride = z.strictObject({
  /** The person or organisation that decided (an Organization id, a role, a staff number). */
  by: z.string().trim().min(1),
  /** The ground of the decision. */
  reason: z.string().trim().min(1),
  /** When it was decided: an RFC 3339 date-time with its offset. */
  at: z.iso.datetime({ offset: true }),
});
/** A caller's decision to share data despite a refusal. */
export type ConsentOverride = z.infer<typeof ConsentOverride>;

/**
 * An override as recorded in a Person entity: the override, the purpose it was for, and the recipient
 * and country of the sharing when they were given. It allows only that sharing again.
 *
 * @example
 * ```ts
 * import type { RecordedConsentOverride } from "@tipx/privacy";
 * const recorded: RecordedConsentOverride = {
 *   purpose: "referral",
 *   recipient: "88f15896-52d7-4c96-a01b-4a584bec9dd3",
 *   by: "074db274-244e-40f7-9de3-61d5adb94f61",
 *   reason: "court order 2022/118",
 *   at: "2022-04-05T10:00:00+07:00",
 * };
 * ```
 */
export const RecordedConsentOverride = z.strictObject({
  ...ConsentOverride.shape,
  /** The purpose of the sharing. */
  purpose: z.string().min(1),
  /** The Organization id of the recipient, when the check named one. */
  recipient: z.string().min(1).exactOptional(),
  /** The country of the sharing, when the check named one. */
  country: z.string().min(1).exactOptional(),
});
/** An override as recorded in a Person entity. */
export type RecordedConsentOverride = z.infer<typeof RecordedConsentOverride>;

const RecordedOverrides = z.array(z.unknown());

/**
 * The well-formed overrides recorded in an extension value; anything else under the key is ignored, so
 * that a malformed record never allows a sharing.
 */
export function _recordedOverrides(value: unknown): RecordedConsentOverride[] {
  const list = RecordedOverrides.safeParse(value);
  if (!list.success) return [];
  return list.data.flatMap((entry) => {
    const parsed = RecordedConsentOverride.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Whether `recorded` allows the same sharing: same purpose, and the same recipient and country (or neither). */
export function _coversSharing(
  recorded: RecordedConsentOverride,
  purpose: string,
  recipient: string | undefined,
  country: string | undefined,
): boolean {
  return recorded.purpose === purpose && recorded.recipient === recipient && recorded.country === country;
}

/**
 * The bundle with `recorded` appended to the override extension of each Person in `persons`. The input
 * bundle is left unchanged.
 */
export function _withOverrides(
  bundle: Bundle,
  persons: ReadonlySet<string>,
  recorded: RecordedConsentOverride,
): Bundle {
  return {
    ...bundle,
    entities: bundle.entities.map((entity) => {
      if (entity.type !== "Person" || !persons.has(entity.id)) return entity;
      const extensions = entity.extensions ?? {};
      // What is already recorded is kept as it is, even what this version cannot read.
      const previous: unknown = extensions[CONSENT_OVERRIDE_EXTENSION];
      const list = previous === undefined ? [] : Array.isArray(previous) ? previous : [previous];
      return { ...entity, extensions: { ...extensions, [CONSENT_OVERRIDE_EXTENSION]: [...list, recorded] } };
    }),
  };
}
