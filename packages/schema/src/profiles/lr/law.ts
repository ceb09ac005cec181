import { _articleLabel, _defineInstruments, _noSections, _sectionLabel, _sections } from "../law/instrument";

/**
 * The codes of Liberia's anti-trafficking instruments: the 2005 Act, the 2021 Revised Act, and the
 * Decent Work Act 2015, which also prohibits forced labour; then the laws charged beside them, the
 * Penal Law and the Children's Law.
 *
 * @example
 * ```ts
 * import { LIBERIAN_INSTRUMENT_CODES } from "@tipx/schema";
 * LIBERIAN_INSTRUMENT_CODES.includes("LR-ATIP-2021"); // true
 * LIBERIAN_INSTRUMENT_CODES.includes("LR-PENAL-LAW"); // true
 * ```
 */
export const LIBERIAN_INSTRUMENT_CODES = [
  "LR-ATIP-2005",
  "LR-ATIP-2021",
  "LR-DECENT-WORK-2015",
  "LR-PENAL-LAW",
  "LR-CHILDRENS-LAW",
] as const;

/** A code of a Liberian legal instrument. */
export type LiberianInstrumentCode = (typeof LIBERIAN_INSTRUMENT_CODES)[number];

// tipx's sources do not describe the laws charged beside the trafficking Acts: they are listed by title
// only, without sections, and `verified: false` until checked against their official published text.
const CHARGED_BESIDE =
  "Listed so that a charge under it can be cited beside the Act to Ban Trafficking in Persons. tipx's sources do not describe it: it is unverified until checked against its official published text, and none of its sections is listed.";
const UNCHECKED = "not yet checked against the official published text (unverified)";

/**
 * Liberia's anti-trafficking law as a code list, with the laws charged beside it. The official title and
 * number of the 2021 Revised Act are reported only, so that instrument is `verified: false`; so are the
 * Penal Law and the Children's Law, which tipx's sources do not describe.
 *
 * @see An Act to Ban Trafficking in Persons within the Republic of Liberia (2005); the Revised Act (2021);
 * Decent Work Act 2015
 * @example
 * ```ts
 * import { liberianLegalInstruments } from "@tipx/schema";
 * liberianLegalInstruments.meta["LR-ATIP-2021"].verified; // false
 * ```
 */
export const liberianLegalInstruments = _defineInstruments({
  country: "LR",
  name: "Liberian anti-trafficking law",
  source:
    "An Act to Ban Trafficking in Persons within the Republic of Liberia (2005), the Revised Act (2021) and the Decent Work Act 2015; the Penal Law and the Children's Law, by title",
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
      sections: _sections(
        "LR-ATIP-2005",
        "An Act to Ban Trafficking in Persons within the Republic of Liberia (2005)",
        {
          s2: {
            label: _sectionLabel("2"),
            definition:
              "One of the sections that criminalise trafficking; s.2(1)(A) is the basis of the National Anti-Human Trafficking Task Force.",
            source:
              "Act to Ban Trafficking in Persons (2005) s.2, per the Antislavery in Domestic Legislation database; s.2(1)(A): Ministry of Labour of Liberia",
            verified: true,
          },
          s5: {
            label: _sectionLabel("5"),
            definition: "One of the sections that criminalise trafficking.",
            source:
              "Act to Ban Trafficking in Persons (2005) s.5, per the Antislavery in Domestic Legislation database",
            verified: true,
          },
          s7: {
            label: _sectionLabel("7"),
            definition: "One of the sections that criminalise trafficking.",
            source:
              "Act to Ban Trafficking in Persons (2005) s.7, per the Antislavery in Domestic Legislation database",
            verified: true,
          },
        },
      ),
      source:
        "An Act to Ban Trafficking in Persons within the Republic of Liberia (2005), enacted 14 June 2005; penalties: US Department of State, Trafficking in Persons Report 2021 (Liberia)",
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
      sections: _sections(
        "LR-ATIP-2021",
        "Revised Act to Ban Trafficking in Persons within the Republic of Liberia (2021)",
        {
          "art1-104": {
            label: _articleLabel("1-104"),
            definition: "Definitions; paragraph (f) defines 'exploitation' to include child pornography.",
            source:
              "Revised Act (2021) art. 1-104(f), per the US Trafficking in Persons Report 2022 (Liberia) and US DOL, 2021 Findings on the Worst Forms of Child Labor: Liberia",
            verified: true,
          },
        },
      ),
      source:
        "Revised Act to Ban Trafficking in Persons (September 2021), per the US Trafficking in Persons Report 2022 (Liberia) and US DOL, 2021 Findings: Liberia; official title and number reported only",
      verified: false,
    },
    "LR-DECENT-WORK-2015": {
      label: "Decent Work Act 2015",
      definition: "Liberia's labour law; it applies to the formal and informal economy and to children.",
      country: "LR",
      kind: "act",
      citation: "Decent Work Act 2015",
      sections: _sections("LR-DECENT-WORK-2015", "Decent Work Act 2015 (Liberia)", {
        "s2.2": {
          label: _sectionLabel("2.2"),
          definition: "Prohibits forced labour; penalties are limited to fines of up to USD 500 and compliance orders.",
          source: "Decent Work Act 2015 s.2.2, per the Antislavery in Domestic Legislation database",
          verified: true,
        },
        "s21.4": {
          label: _sectionLabel("21.4"),
          definition: "Paragraph (a) sets 18 as the minimum age for hazardous work.",
          source: "Decent Work Act 2015 s.21.4(a), cited in the ILO CEACR comment on C182 (Liberia)",
          verified: true,
        },
      }),
      source: "Decent Work Act 2015 (Liberia) ss.1.5, 2.2 and 21.4(a); ILO CEACR comments on C182 and C138 (Liberia)",
      verified: true,
    },
    "LR-PENAL-LAW": {
      label: "Penal Law",
      definition: CHARGED_BESIDE,
      country: "LR",
      kind: "code",
      citation: "Penal Law",
      sections: _noSections("LR-PENAL-LAW", "Penal Law (Liberia)"),
      source: `Penal Law (Liberia); ${UNCHECKED}`,
      verified: false,
    },
    "LR-CHILDRENS-LAW": {
      label: "Children's Law",
      definition: CHARGED_BESIDE,
      country: "LR",
      kind: "act",
      citation: "Children's Law",
      sections: _noSections("LR-CHILDRENS-LAW", "Children's Law (Liberia)"),
      source: `Children's Law (Liberia); ${UNCHECKED}`,
      verified: false,
    },
  },
});
