import type { ProfileIssueCode } from "../../issues/profile";
import type { ProfileCode } from "../profile-code";
import type { CountryDescriptor } from "../registry";
import type { Sourced } from "../sourced";
import type { IdentifierKind } from "./kinds";

/**
 * How a written identity number is reduced to the form its pattern and check digit apply to.
 *
 * @example
 * ```ts
 * import type { IdentifierNormalization } from "@tipx/schema";
 * const normalization: IdentifierNormalization = { remove: "[\\s.\\-]", thaiDigits: true, upperCase: false };
 * ```
 */
export interface IdentifierNormalization {
  /** A regular expression character class (source text) of the characters removed: separators. */
  readonly remove: string;
  /** Whether Thai digits (๐–๙, U+0E50–U+0E59) are read as the ASCII digits 0–9. */
  readonly thaiDigits: boolean;
  /** Whether letters are upper-cased. */
  readonly upperCase: boolean;
}

/**
 * A check-digit scheme, described as data so that other languages can implement it.
 *
 * @example
 * ```ts
 * import { thaiPin } from "@tipx/schema";
 * thaiPin.checkDigit?.weights; // [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]
 * ```
 */
export interface CheckDigitScheme extends Sourced {
  /** A stable name for the scheme, such as `"th-pin-mod11"`. */
  readonly name: string;
  /** The weights applied to the digits before the check digit, in `weightOrder`. */
  readonly weights: readonly number[];
  /** Whether `weights` apply from the first digit on, or from the digit just before the check digit backwards. */
  readonly weightOrder: "left-to-right" | "right-to-left";
  /** The formula, in plain words. */
  readonly formula: string;
  /** The single-digit changes and adjacent swaps the scheme cannot detect, in plain words. */
  readonly blindSpots: string;
}

/**
 * The outcome of checking one identity number. When `ok` is false, `code` is the profile issue code
 * that says which rule failed; when `ok` is true, `info` may carry an `info`-severity code worth
 * showing (such as a Thai number that begins with 0).
 *
 * @example
 * ```ts
 * import { checkIdentifier, type IdentifierCheck } from "@tipx/schema";
 * const result: IdentifierCheck = checkIdentifier("TH-PIN", "1-1120-34563-56-2");
 * result.ok; // true
 * ```
 */
export type IdentifierCheck =
  | {
      /** The number is acceptable. */
      readonly ok: true;
      /** The number without separators, digits in ASCII, letters upper-cased. */
      readonly normalized: string;
      /** An `info` issue code about an accepted number, such as `"TIPX304"`. */
      readonly info?: ProfileIssueCode;
    }
  | {
      /** The number failed a rule. */
      readonly ok: false;
      /** The number without separators, when the kind is known. */
      readonly normalized?: string;
      /** The profile issue code of the rule that failed. */
      readonly code: ProfileIssueCode;
    };

/**
 * What tipx knows about one kind of identity number: country, format, normalisation, check digit,
 * and where each fact comes from.
 *
 * @example
 * ```ts
 * import { IDENTIFIER_SPECS } from "@tipx/schema";
 * IDENTIFIER_SPECS["AR-DNI"].pattern; // "^\\d{7,8}$"
 * ```
 */
export interface IdentifierSpec extends Sourced {
  /** The kind, as `IdentityDocument.kind` spells it. */
  readonly kind: IdentifierKind;
  /** The issuing country, or `null` for kinds every country issues (passports). */
  readonly country: ProfileCode | null;
  /** The document's name in English (catalogues translate it as the identity document kind's label). */
  readonly label: string;
  /** How the number is usually printed (`X` a digit, `A` a letter or digit). */
  readonly printedForm: string;
  /**
   * A regular expression (source text, ECMA-262 as JSON Schema uses it) that the **normalized** number
   * matches. It covers length and the characters allowed, not prefixes or the check digit.
   */
  readonly pattern: string;
  /**
   * A regular expression (source text) that the number **as written** matches exactly when its
   * normalized form passes the format and prefix rules: separators and Thai digits allowed. The
   * JSON Schema overlays use it, so JSON Schema and `validate()` agree.
   */
  readonly inputPattern: string;
  /** How a written number is normalized. */
  readonly normalization: IdentifierNormalization;
  /** The check-digit scheme, when the number has one. */
  readonly checkDigit?: CheckDigitScheme;
  /** Reduces a written number to its normalized form. */
  readonly normalize: (value: string) => string;
  /** Checks a normalized number (format, prefix, check digit) and says which rule failed, if any. */
  readonly check: (normalized: string) => IdentifierCheck;
}

/**
 * A country's own identity number kinds, keyed by kind: a spec for each kind the country's descriptor
 * (`profiles/<cc>/country.ts`) lists, so that the compiler names a kind left without one.
 *
 * @typeParam D - The country's descriptor.
 */
export type NationalIdentifiers<D extends CountryDescriptor> = {
  readonly [K in keyof D["identityDocuments"]]: IdentifierSpec;
};
