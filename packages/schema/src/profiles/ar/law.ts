import { _articleLabel, _defineInstruments, _sections } from "../law/instrument";

/**
 * The codes of Argentina's anti-trafficking instruments: Ley 26.364, the amending Ley 26.842 and the
 * Código Penal (arts. 145 bis and 145 ter, and art. 140, charged beside them).
 *
 * @example
 * ```ts
 * import { ARGENTINE_INSTRUMENT_CODES } from "@tipx/schema";
 * ARGENTINE_INSTRUMENT_CODES.includes("AR-CODIGO-PENAL"); // true
 * ```
 */
export const ARGENTINE_INSTRUMENT_CODES = ["AR-LEY-26364", "AR-LEY-26842", "AR-CODIGO-PENAL"] as const;

/** A code of an Argentine legal instrument. */
export type ArgentineInstrumentCode = (typeof ARGENTINE_INSTRUMENT_CODES)[number];

// The Código Penal's trafficking articles were read only in a secondary copy of the text, not in the
// official one, so what rests on them is reported, not verified.
const SECONDARY =
  "read only in a secondary copy of the Code's text, not yet checked against the official text (InfoLEG) (reported)";

/**
 * Argentina's anti-trafficking law as a code list. Ley 26.364 is described as amended by Ley 26.842:
 * trafficking needs no "means" and has no adult/child split. Charges for the offence cite the Código
 * Penal, arts. 145 bis and 145 ter (as substituted by Ley 26.842); art. 140 is listed so that a charge
 * beside them can cite it. What tipx knows of the Código Penal was read only in a secondary copy of its
 * text, or not at all (art. 140), so the Code and its articles are `verified: false`.
 *
 * @see Ley 26.364 as amended by Ley 26.842; Código Penal de la Nación arts. 145 bis and 145 ter
 * @example
 * ```ts
 * import { argentineLegalInstruments } from "@tipx/schema";
 * argentineLegalInstruments.meta["AR-CODIGO-PENAL"].sections.codes; // ["art140", "art145bis", "art145ter"]
 * ```
 */
export const argentineLegalInstruments = _defineInstruments({
  country: "AR",
  name: "Argentine anti-trafficking law",
  source: "Ley 26.364 (2008), Ley 26.842 (2012) and Código Penal de la Nación arts. 140 and 145 bis–145 ter",
  codes: ARGENTINE_INSTRUMENT_CODES,
  meta: {
    "AR-LEY-26364": {
      label: "Law 26.364 on the prevention and punishment of trafficking in persons and assistance to its victims",
      definition: "The national trafficking law, as amended by Ley 26.842 (2012).",
      country: "AR",
      kind: "act",
      citation: "Ley 26.364, Prevención y sanción de la trata de personas y asistencia a sus víctimas",
      dates: { enacted: "2008-04-09", published: "2008-04-30" },
      sections: _sections("AR-LEY-26364", "Ley 26.364, as amended by Ley 26.842", {
        art2: {
          label: _articleLabel("2"),
          definition:
            "Definition (as amended): offering, recruiting, transferring, receiving or harbouring persons for exploitation, within the country or to or from abroad, with no means element and no adult/child split. Exploitation: slavery or servitude; forced labour or services; promoting or trading in the prostitution of others or other sexual services; child pornography; forced marriage or union; forced or illegitimate removal of organs, fluids or tissues. The victim's consent never exempts the perpetrator.",
          source:
            "Ley 26.364 art. 2, as substituted by Ley 26.842 (2012); the 2008 original for the repealed adult/child split",
          verified: true,
        },
        art18: {
          label: _articleLabel("18"),
          definition:
            "Creates the Consejo Federal para la Lucha contra la Trata y Explotación de Personas y para la Protección y Asistencia a las Víctimas.",
          source: "Ley 26.364 art. 18, as amended by Ley 26.842",
          verified: true,
        },
        art21: {
          label: _articleLabel("21"),
          definition:
            "Creates the Comité Ejecutivo para la Lucha contra la Trata, in the Jefatura de Gabinete de Ministros, with one representative each of the Ministries of Security, Justice and Human Rights, Social Development, and Labour.",
          source: "Ley 26.364 art. 21, as amended by Ley 26.842; Jefatura de Gabinete de Ministros, Resolución 1/2023",
          verified: true,
        },
      }),
      source: "Ley 26.364, B.O. 30 April 2008 (InfoLEG); amended by Ley 26.842, B.O. 27 December 2012",
      verified: true,
    },
    "AR-LEY-26842": {
      label: "Law 26.842 amending Law 26.364 and the Criminal Code",
      definition:
        "Amended Ley 26.364 (removing the means element and the adult/child split) and substituted Código Penal arts. 145 bis and 145 ter (reported: read in a secondary copy of the Code's text); also created a Sistema Sincronizado de Denuncias in the Ministerio Público Fiscal.",
      country: "AR",
      kind: "amending-act",
      citation: "Ley 26.842",
      dates: { enacted: "2012-12-19", published: "2012-12-27" },
      amends: ["AR-LEY-26364", "AR-CODIGO-PENAL"],
      sections: _sections("AR-LEY-26842", "Ley 26.842 (2012)", {
        // Which article substitutes which was read only in a secondary copy of the Código Penal's text.
        art25: {
          label: _articleLabel("25"),
          definition: "Substitutes Código Penal art. 145 bis (reported only).",
          source: `Ley 26.842 art. 25; ${SECONDARY}`,
          verified: false,
        },
        art26: {
          label: _articleLabel("26"),
          definition: "Substitutes Código Penal art. 145 ter (reported only).",
          source: `Ley 26.842 art. 26; ${SECONDARY}`,
          verified: false,
        },
      }),
      source: "Ley 26.842, sanctioned 19 December 2012, B.O. 27 December 2012",
      verified: true,
    },
    "AR-CODIGO-PENAL": {
      label: "Argentine Criminal Code",
      definition:
        "The national criminal code; arts. 145 bis and 145 ter hold the trafficking offence and its aggravations (reported only: read in a secondary copy of the text).",
      country: "AR",
      kind: "code",
      citation: "Código Penal de la Nación Argentina",
      sections: _sections("AR-CODIGO-PENAL", "Código Penal de la Nación Argentina, as amended by Ley 26.842", {
        art140: {
          label: _articleLabel("140"),
          definition:
            "Not described in tipx's sources: its content is unverified until checked against the official text of the Code (InfoLEG).",
          source:
            "Código Penal de la Nación Argentina art. 140; not yet checked against the official text of the Code (InfoLEG) (unverified)",
          verified: false,
        },
        art145bis: {
          label: _articleLabel("145 bis"),
          definition:
            "Trafficking: 4–8 years' prison for offering, recruiting, transferring, receiving or harbouring persons for exploitation, even with the victim's consent.",
          source: `Código Penal art. 145 bis, as substituted by Ley 26.842 art. 25; ${SECONDARY}`,
          verified: false,
        },
        art145ter: {
          label: _articleLabel("145 ter"),
          definition:
            "Aggravations: 5–10 years when means were used, the victim is pregnant, over 70 or disabled, there are 3 or more victims or perpetrators, or the perpetrator is a relative, guardian, cleric or public official; 8–12 years if the exploitation took place; 10–15 years if the victim is under 18.",
          source: `Código Penal art. 145 ter, as substituted by Ley 26.842 art. 26; ${SECONDARY}`,
          verified: false,
        },
      }),
      source: `Código Penal de la Nación Argentina arts. 145 bis and 145 ter, as substituted by Ley 26.842; ${SECONDARY}`,
      verified: false,
    },
  },
});
