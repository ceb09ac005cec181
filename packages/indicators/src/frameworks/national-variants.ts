import { PROFILE_CODES, type ProfileCode } from "@tipx/schema";

/**
 * When a country's trafficking offence needs one of the means of the Palermo Protocol art. 3(a): for
 * adults only (the Protocol's rule, art. 3(c)), or never.
 */
export type MeansRequirement = "adults-only" | "never";

/** A country's trafficking offence, as far as the elements go. */
export interface NationalVariant {
  /** The profile country. */
  readonly country: ProfileCode;
  /** The law and article that define the offence. */
  readonly law: string;
  /** The profile's legal-instrument code of that law. */
  readonly instrument: string;
  /** Whose trafficking needs a means. */
  readonly means: MeansRequirement;
  /** The age under which a person is a child for the offence. */
  readonly childUnder: number;
  /** The rule, in a sentence, as the engine cites it. */
  readonly rule: string;
  /** The source of the rule. */
  readonly source: string;
  /** `false` when the rule could not be checked against the law's text. */
  readonly verified: boolean;
  /** What is unverified, or how the law differs from the Protocol. */
  readonly note: string;
}

/** Thailand's trafficking offence. */
const THAILAND = {
  country: "TH",
  law: "Anti-Trafficking in Persons Act B.E. 2551 (2008), s.6 (as replaced by the Emergency Decree B.E. 2562 (2019))",
  instrument: "TH-ATIPA-2551",
  means: "adults-only",
  childUnder: 18,
  rule: "Under Thai law, trafficking an adult needs one of the means the Act lists (threat, force, abduction, fraud, deception, abuse of power, or payments to a person in control); trafficking a child needs none.",
  source:
    "Anti-Trafficking in Persons Act B.E. 2551 (2008), s.6(1) (by means of threat, force, abduction, fraud, deception, abuse of power, or payments to a person in control) and s.6(2) (a child: no means)",
  verified: false,
  note: "The structure of s.6 is verified; the definition of a child as a person under 18 in s.4 is not (check the Act's s.4 in the Royal Gazette text). The separate forced labour or services offence of s.6/1 (2019) is not encoded: its wording is unverified.",
} as const satisfies NationalVariant;

/** Argentina's trafficking offence. */
const ARGENTINA = {
  country: "AR",
  law: "Ley 26.364, art. 2, as amended by Ley 26.842 (2012)",
  instrument: "AR-LEY-26364",
  means: "never",
  childUnder: 18,
  rule: "Under Argentine law, offering, recruiting, transferring, receiving or harbouring a person for exploitation is trafficking at any age, with no means needed; a means only makes the penalty heavier.",
  source:
    "Ley 26.364, art. 2, as amended by Ley 26.842 (B.O. 27 Dec 2012): offering, recruiting, transferring, receiving or harbouring persons for exploitation, with no means element and no adult/child distinction; the victim's consent never exempts",
  verified: true,
  note: "Means (Código Penal art. 145 ter) aggravate the penalty but are not an element of the offence.",
} as const satisfies NationalVariant;

/** Paraguay's trafficking offence. */
const PARAGUAY = {
  country: "PY",
  law: "Ley N° 4788/2012 Integral contra la trata de personas, art. 5",
  instrument: "PY-LEY-4788-2012",
  means: "adults-only",
  childUnder: 18,
  rule: "For Paraguay the Palermo Protocol's rule is applied: a means is needed for an adult, none for a child under 18.",
  source: "UN Palermo Protocol (2000), art. 3, to which Paraguay is party (22 Sep 2004); Ley N° 4788/2012, art. 5",
  verified: false,
  note: "The offence structure of Ley 4788/2012 arts. 5-7 (whether a means is required) is unverified; the Protocol's rule is applied. Check arts. 5-7 in the official text (BACN).",
} as const satisfies NationalVariant;

/** Liberia's trafficking offence. */
const LIBERIA = {
  country: "LR",
  law: "Revised Act to Ban Trafficking in Persons within the Republic of Liberia (2021)",
  instrument: "LR-ATIP-2021",
  means: "adults-only",
  childUnder: 18,
  rule: "For Liberia the Palermo Protocol's rule is applied: a means is needed for an adult, none for a child under 18.",
  source:
    "UN Palermo Protocol (2000), art. 3, to which Liberia is party (22 Sep 2004); Revised Act to Ban Trafficking in Persons (2021), which removed the means element for child sex trafficking",
  verified: false,
  note: "The Revised Act's official citation and its rule for children trafficked for other purposes than sex are unverified; the Protocol's rule is applied. Check the Act's text.",
} as const satisfies NationalVariant;

/**
 * The trafficking offences of the profile countries, one per country.
 *
 * @example
 * ```ts
 * import { NATIONAL_VARIANT_LIST } from "@tipx/indicators";
 * NATIONAL_VARIANT_LIST.map((variant) => variant.means); // ["adults-only", "never", "adults-only", "adults-only"]
 * ```
 */
export const NATIONAL_VARIANT_LIST = [THAILAND, ARGENTINA, PARAGUAY, LIBERIA] as const;

/** The legal-instrument code of a country's trafficking offence: the key of its texts in the catalogues. */
export type NationalVariantInstrument = (typeof NATIONAL_VARIANT_LIST)[number]["instrument"];

function byCountry(variants: readonly NationalVariant[]): { readonly [K in ProfileCode]: NationalVariant } {
  const found = Object.fromEntries(variants.map((variant) => [variant.country, variant]));
  for (const code of PROFILE_CODES) if (!found[code]) throw new Error(`No trafficking offence for profile ${code}.`);
  return found as { readonly [K in ProfileCode]: NationalVariant };
}

/**
 * How the profile countries define trafficking, beside the Palermo Protocol: Argentina needs no means for
 * anyone; Thailand needs one for an adult only; for Paraguay and Liberia only the Protocol's rule is known
 * to apply, so it is used and marked unverified.
 *
 * @example
 * ```ts
 * import { NATIONAL_VARIANTS } from "@tipx/indicators";
 * NATIONAL_VARIANTS.AR.means; // "never"
 * NATIONAL_VARIANTS.TH.means; // "adults-only"
 * ```
 */
export const NATIONAL_VARIANTS: { readonly [K in ProfileCode]: NationalVariant } =
  /* @__PURE__ */ byCountry(NATIONAL_VARIANT_LIST);
