/**
 * The HXL hashtags of the CTDC and HTCDS columns that have one in the HXL 1.1 hashtag dictionary
 * (https://hxlstandard.org/standard/1-1final/dictionary/). Columns not listed get an empty cell in the
 * hashtag row: a per-person gender, age band or flag has no standard hashtag (`+f`, `+m`, `+children`
 * qualify counts such as `#affected`, not one person's row). Attributes `+origin` and `+perpetrator` are
 * our own, as HXL allows; `#country+code` on the 2017 CTDC and HTCDS columns holds ISO 3166-1 alpha-2
 * codes, not the alpha-3 codes HXL datasets usually carry.
 *
 * @example
 * ```ts
 * import { HXL_TAGS } from "@tipx/convert";
 * HXL_TAGS.yearOfRegistration; // "#date+year"
 * ```
 */
export const HXL_TAGS: Readonly<Record<string, string>> = {
  // CTDC, both codebooks
  yearOfRegistration: "#date+year",
  CountryofExploitation: "#country+code",
  CountryOfExploitation: "#country+code",
  // CTDC victim–perpetrator layout
  yearRegister: "#date+year",
  UN_COE_Region: "#region+name",
  UN_COO_Region: "#region+name+origin",
  IP_citizen_UNRegion: "#region+name+perpetrator",
  // HTCDS 2.0 trafficking events
  hte_Date: "#date",
  hte_Country: "#country+code",
  hte_State: "#adm1+code",
  hte_City: "#loc+name",
  hte_Latitude: "#geo+lat",
  hte_Longitude: "#geo+lon",
  hte_Type: "#event+type",
};
