/** The codes of {@link PrivacyOptionsError}: which option of `kAnonymity` or `privateCounts` was wrong. */
export type PrivacyOptionsErrorCode =
  | "no-columns"
  | "duplicate-column"
  | "invalid-k"
  | "invalid-l"
  | "l-without-sensitive"
  | "sensitive-is-quasi-identifier"
  | "invalid-epsilon"
  | "invalid-random"
  | "too-many-cells";

/**
 * The error `kAnonymity` and `privateCounts` throw on options they cannot honour: a stable `code`, and a
 * message that says what was expected and names the option, never a row value.
 *
 * @example
 * ```ts
 * import { kAnonymity, PrivacyOptionsError } from "@tipx/privacy";
 * try {
 *   kAnonymity([], { quasiIdentifiers: ["gender"], k: 0 });
 * } catch (error) {
 *   if (error instanceof PrivacyOptionsError) error.code; // "invalid-k"
 * }
 * ```
 */
export class PrivacyOptionsError extends RangeError {
  override readonly name = "PrivacyOptionsError";
  /** The stable code of the error. */
  readonly code: PrivacyOptionsErrorCode;
  /** The option that was wrong, e.g. `"k"`. */
  readonly option: string;

  constructor(code: PrivacyOptionsErrorCode, option: string, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
    this.option = option;
  }
}
