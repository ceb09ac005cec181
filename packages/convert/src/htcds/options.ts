import type { ConsentPurpose, Party } from "@tipx/schema";
import type { ConvertOptions } from "../report/index";

/**
 * Options of the HTCDS readers ({@link fromHtcdsRows}, {@link streamFromHtcdsRows},
 * {@link readHtcdsWorkbook}): the bundle's sender (the organisation that keeps the rows), purpose and
 * creation time, how new ids are made, and the day the rows' consents were given.
 *
 * @example
 * ```ts
 * import type { FromHtcdsOptions } from "@tipx/convert";
 * const options: FromHtcdsOptions = {
 *   sender: { name: "Provincial Office (Test)", country: "TH" },
 *   consentGivenOn: "2024-03",
 * };
 * ```
 */
export interface FromHtcdsOptions extends ConvertOptions {
  /**
   * Who sends the bundle; `{ name: "HTCDS import" }` by default. It is also the case owner of the rows'
   * referrals (HTCDS does not name the organisation that keeps the rows): an Organization with its name
   * (and its `organization` id, if given) is the receiver of incoming and the sender of outgoing
   * referrals.
   */
  readonly sender?: Party;
  /** Why the bundle is shared; `"case-management"` by default. */
  readonly purpose?: ConsentPurpose;
  /** The bundle's `createdAt`; the current time by default. */
  readonly createdAt?: string;
  /**
   * Makes the UUID of a record the rows give no id for (`crypto.randomUUID` by default). Rows that carry
   * `cas_Id` and `prs_Id` (written by {@link toHtcdsRows} with `ids: true`) keep their ids instead.
   */
  readonly uuid?: () => string;
  /**
   * The day the consents of the rows were given (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), which HTCDS does
   * not record and a tipx Consent needs. With it, a row's `con_Consent` values become a Consent of the
   * victim with those purposes (and a referral of the row can cite it); without it, they are not
   * carried (TIPX712). Any other text throws a RangeError.
   */
  readonly consentGivenOn?: string;
}

/**
 * Options of the HTCDS writers ({@link toHtcdsRows}, {@link writeHtcdsWorkbook}).
 *
 * @example
 * ```ts
 * import type { ToHtcdsOptions } from "@tipx/convert";
 * const options: ToHtcdsOptions = { ids: true };
 * ```
 */
export interface ToHtcdsOptions extends ConvertOptions {
  /**
   * Adds the columns `cas_Id` and `prs_Id` (the Case's and the Person's UUIDs, which HTCDS does not
   * have) so that the rows of one case join again when read back. Off by default.
   */
  readonly ids?: boolean;
}
