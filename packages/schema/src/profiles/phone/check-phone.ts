import type { ProfileIssueCode } from "../../issues/profile";
import type { ProfileCode } from "../profile-code";
import { PHONE_PLANS } from "./plans";

/**
 * The outcome of checking a telephone number against a country's numbering facts. When `ok` is
 * false, `code` says which rule failed; its severity (see `PROFILE_ISSUES`) says how much it matters
 * (TIPX322 and TIPX323 are warnings).
 *
 * @example
 * ```ts
 * import { checkPhone, type PhoneCheck } from "@tipx/schema";
 * const result: PhoneCheck = checkPhone("TH", "+66812345678");
 * result.ok; // true
 * ```
 */
export type PhoneCheck =
  | {
      /** The number passed every rule. */
      readonly ok: true;
      /** The number in E.164 form, without spaces or punctuation. */
      readonly normalized: string;
      /** The national significant number: the digits after the calling code. */
      readonly nationalNumber: string;
    }
  | {
      /** A rule failed. */
      readonly ok: false;
      /** The number without spaces or punctuation, when it was a string. */
      readonly normalized?: string;
      /** The profile issue code of the rule that failed. */
      readonly code: ProfileIssueCode;
    };

// E.164: a leading +, a calling code that does not start with 0, at most 15 digits in all.
const E164 = /^\+[1-9]\d{1,14}$/;

/**
 * Checks an E.164 telephone number against a profile country's calling code, trunk prefix and
 * national number lengths. Spaces, dots, dashes and parentheses are ignored. Never throws.
 *
 * Length rules are what the schema package can check without a phone library; a maintained library
 * (libphonenumber) knows each number range and is stricter.
 *
 * Codes: `TIPX320` not E.164, `TIPX321` calling code of another country, `TIPX323` the trunk prefix
 * kept after the calling code (warning, unverified), `TIPX322` national number length (warning).
 *
 * @param country - The profile country the number should belong to.
 * @param e164 - The number, such as `"+66812345678"`.
 * @see ITU-T Recommendation E.164; libphonenumber metadata (libphonenumber-js 1.13.16)
 * @example
 * ```ts
 * import { checkPhone } from "@tipx/schema";
 * checkPhone("AR", "+54 11 1234 5678"); // { ok: true, normalized: "+541112345678", nationalNumber: "1112345678" }
 * checkPhone("TH", "+660812345678"); // { ok: false, normalized: "+660812345678", code: "TIPX323" }
 * ```
 */
export function checkPhone(country: ProfileCode, e164: string): PhoneCheck {
  // Typed callers cannot pass another country, but JavaScript callers can.
  const plan = PHONE_PLANS[country] as (typeof PHONE_PLANS)[ProfileCode] | undefined;
  if (plan === undefined) return { ok: false, code: "TIPX321" };
  if (typeof e164 !== "string") return { ok: false, code: "TIPX320" };
  const normalized = e164.replace(/[\s.()-]/g, "");
  if (!E164.test(normalized)) return { ok: false, normalized, code: "TIPX320" };
  if (!normalized.startsWith(`+${plan.callingCode}`)) return { ok: false, normalized, code: "TIPX321" };
  const nationalNumber = normalized.slice(plan.callingCode.length + 1);
  if (nationalNumber.startsWith(plan.trunkPrefix)) return { ok: false, normalized, code: "TIPX323" };
  if (!plan.nationalNumberLengths.includes(nationalNumber.length)) return { ok: false, normalized, code: "TIPX322" };
  return { ok: true, normalized, nationalNumber };
}
