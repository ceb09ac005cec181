import { _articleLabel, _defineInstruments, _sections } from "../law/instrument";

/**
 * The codes of Paraguay's anti-trafficking instruments: Ley 4788/2012 and the Código Penal.
 *
 * @example
 * ```ts
 * import { PARAGUAYAN_INSTRUMENT_CODES } from "@tipx/schema";
 * PARAGUAYAN_INSTRUMENT_CODES[0]; // "PY-LEY-4788-2012"
 * ```
 */
export const PARAGUAYAN_INSTRUMENT_CODES = ["PY-LEY-4788-2012", "PY-CODIGO-PENAL"] as const;

/** A code of a Paraguayan legal instrument. */
export type ParaguayanInstrumentCode = (typeof PARAGUAYAN_INSTRUMENT_CODES)[number];

// The sources place the offence in art. 5 but do not give the content of arts. 5–7.
const ARTS_5_7_UNVERIFIED =
  "Ley 4788/2012 arts. 5–7; the offence's place in art. 5 (with Código Penal art. 129) per the Antislavery in Domestic Legislation database; content unverified";

/**
 * Paraguay's anti-trafficking law as a code list. The trafficking offence is in art. 5 of Ley
 * 4788/2012 (with Código Penal art. 129); what arts. 5–7 say in detail (types, penalties,
 * aggravations) is unverified, so those sections are `verified: false`.
 *
 * @see Ley N° 4788/2012 Integral contra la trata de personas
 * @example
 * ```ts
 * import { paraguayanLegalInstruments } from "@tipx/schema";
 * paraguayanLegalInstruments.meta["PY-LEY-4788-2012"].sections.meta["art5"]?.verified; // false
 * ```
 */
export const paraguayanLegalInstruments = _defineInstruments({
  country: "PY",
  name: "Paraguayan anti-trafficking law",
  source: "Ley 4788/2012 and Código Penal art. 129",
  codes: PARAGUAYAN_INSTRUMENT_CODES,
  meta: {
    "PY-LEY-4788-2012": {
      label: "Law 4788/2012, comprehensive law against trafficking in persons",
      definition:
        "Prevents and punishes trafficking in all its forms, in Paraguay and abroad, and protects and assists victims.",
      country: "PY",
      kind: "act",
      citation: "Ley N° 4788/2012 Integral contra la trata de personas",
      dates: { published: "2012-12-13" },
      sections: _sections("PY-LEY-4788-2012", "Ley N° 4788/2012 Integral contra la trata de personas", {
        art1: {
          label: _articleLabel("1"),
          definition:
            "Object of the law: to prevent and punish trafficking in all its forms, in Paraguay and abroad, and to protect and assist victims.",
          source: "Ley 4788/2012 art. 1 (Biblioteca y Archivo del Congreso Nacional)",
          verified: true,
        },
        art5: {
          label: _articleLabel("5"),
          definition:
            "The offence of trafficking in persons (cited with Código Penal art. 129). Its elements, means requirement and penalties are unverified.",
          source: ARTS_5_7_UNVERIFIED,
          verified: false,
        },
        art6: {
          label: _articleLabel("6"),
          definition:
            "One of arts. 5–7, which set out the offence's types, penalties and aggravations; its exact content is unverified.",
          source: ARTS_5_7_UNVERIFIED,
          verified: false,
        },
        art7: {
          label: _articleLabel("7"),
          definition:
            "One of arts. 5–7, which set out the offence's types, penalties and aggravations; its exact content is unverified.",
          source: ARTS_5_7_UNVERIFIED,
          verified: false,
        },
        art48: {
          label: _articleLabel("48"),
          definition:
            "The National Policy for preventing and combating trafficking (approved by Decree 8309/2012) is the basis for departmental and municipal plans.",
          source: "Ley 4788/2012 art. 48; Decree 8309/2012",
          verified: true,
        },
      }),
      source: "Ley 4788/2012, promulgated 13 December 2012 (Biblioteca y Archivo del Congreso Nacional)",
      verified: true,
    },
    "PY-CODIGO-PENAL": {
      label: "Paraguayan Criminal Code",
      definition: "The criminal code; art. 129 is cited with art. 5 of Ley 4788/2012 for the trafficking offence.",
      country: "PY",
      kind: "code",
      citation: "Código Penal (Paraguay)",
      sections: _sections("PY-CODIGO-PENAL", "Código Penal (Paraguay)", {
        art129: {
          label: _articleLabel("129"),
          definition:
            "Cited with art. 5 of Ley 4788/2012 for the trafficking offence; its text is not in tipx's sources.",
          source:
            "Código Penal (Paraguay) art. 129, cited with Ley 4788/2012 art. 5 per the Antislavery in Domestic Legislation database",
          verified: true,
        },
      }),
      source:
        "Código Penal (Paraguay), as cited with Ley 4788/2012 per the Antislavery in Domestic Legislation database",
      verified: true,
    },
  },
});
