import { _articleLabel, _defineInstruments, _sectionLabel, _sections } from "../law/instrument";

/**
 * The codes of Liberia's anti-trafficking instruments: the 2005 Act, the 2021 Revised Act, and the
 * Decent Work Act 2015, which also prohibits forced labour.
 *
 * @example
 * ```ts
 * import { LIBERIAN_INSTRUMENT_CODES } from "@tipx/schema";
 * LIBERIAN_INSTRUMENT_CODES.includes("LR-ATIP-2021"); // true
 * ```
 */
export const LIBERIAN_INSTRUMENT_CODES = ["LR-ATIP-2005", "LR-ATIP-2021", "LR-DECENT-WORK-2015"] as const;

/** A code of a Liberian legal instrument. */
export type LiberianInstrumentCode = (typeof LIBERIAN_INSTRUMENT_CODES)[number];

/**
 * Liberia's anti-trafficking law as a code list. The official title and number of the 2021 Revised Act
 * are reported only, so that instrument is `verified: false`.
 *
 * @see DOMAIN.md §5.4
 * @example
 * ```ts
 * import { liberianLegalInstruments } from "@tipx/schema";
 * liberianLegalInstruments.meta["LR-ATIP-2021"].verified; // false
 * ```
 */
export const liberianLegalInstruments = _defineInstruments({
  country: "LR",
  name: "Liberian anti-trafficking law",
  codes: LIBERIAN_INSTRUMENT_CODES,
  meta: {
    "LR-ATIP-2005": {
      label: "An Act to Ban Trafficking in Persons within the Republic of Liberia (2005)",
      definition:
        "Enacted by the National Transitional Legislative Assembly. Minimum sentences of 1 year (adult victim) and 6 years (child victim), no maximum; force, fraud or coercion were required even for child sex trafficking.",
      country: "LR",
      kind: "act",
      citation: "An Act to Ban Trafficking in Persons within the Republic of Liberia",
      dates: { enacted: "2005-06-14" },
      sections: _sections("LR-ATIP-2005", "DOMAIN.md §5.4", {
        s2: {
          label: _sectionLabel("2"),
          definition:
            "One of the sections that criminalise trafficking; s.2(1)(A) is the basis of the National Anti-Human Trafficking Task Force.",
          source: "DOMAIN.md §5.4 [S12L][S33a]",
          verified: true,
        },
        s5: {
          label: _sectionLabel("5"),
          definition: "One of the sections that criminalise trafficking.",
          source: "DOMAIN.md §5.4 [S12L]",
          verified: true,
        },
        s7: {
          label: _sectionLabel("7"),
          definition: "One of the sections that criminalise trafficking.",
          source: "DOMAIN.md §5.4 [S12L]",
          verified: true,
        },
      }),
      source: "DOMAIN.md §5.4 [S33a][S12L][S33b]",
      verified: true,
    },
    "LR-ATIP-2021": {
      label: "Revised Act to Ban Trafficking in Persons within the Republic of Liberia (2021)",
      definition:
        "Passed and enacted in September 2021: covers all forms of sex and labour trafficking, removes the means element for child sex trafficking, and sets a minimum of 20 years' imprisonment. Its official title and number are reported only; its full penalty scheme is unverified.",
      country: "LR",
      kind: "act",
      citation: "Revised Act to Ban Trafficking in Persons within the Republic of Liberia",
      amends: ["LR-ATIP-2005"],
      sections: _sections("LR-ATIP-2021", "DOMAIN.md §5.4 [S33c][S20]", {
        "art1-104": {
          label: _articleLabel("1-104"),
          definition: "Definitions; paragraph (f) defines 'exploitation' to include child pornography.",
          source: "DOMAIN.md §5.4 [S33c][S20]",
          verified: true,
        },
      }),
      source: "DOMAIN.md §5.4 [S33c][S20]; title and number: DOMAIN.md §11 item 11 (reported only)",
      verified: false,
    },
    "LR-DECENT-WORK-2015": {
      label: "Decent Work Act 2015",
      definition: "Liberia's labour law; it applies to the formal and informal economy and to children.",
      country: "LR",
      kind: "act",
      citation: "Decent Work Act 2015",
      sections: _sections("LR-DECENT-WORK-2015", "DOMAIN.md §5.4, §3.2", {
        "s2.2": {
          label: _sectionLabel("2.2"),
          definition: "Prohibits forced labour; penalties are limited to fines of up to USD 500 and compliance orders.",
          source: "DOMAIN.md §5.4 [S12L]",
          verified: true,
        },
        "s21.4": {
          label: _sectionLabel("21.4"),
          definition: "Paragraph (a) sets 18 as the minimum age for hazardous work.",
          source: "DOMAIN.md §3.2 [S19]",
          verified: true,
        },
      }),
      source: "DOMAIN.md §5.4 [S12L]; §3.2 [S19][S19b]",
      verified: true,
    },
  },
});
