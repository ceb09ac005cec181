import { _articleLabel, _defineInstruments, _sections } from "../law/instrument";

/**
 * The codes of Argentina's anti-trafficking instruments: Ley 26.364, the amending Ley 26.842 and the
 * Código Penal (arts. 145 bis and 145 ter).
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

/**
 * Argentina's anti-trafficking law as a code list. Ley 26.364 is described as amended by Ley 26.842:
 * trafficking needs no "means" and has no adult/child split. Charges for the offence cite the Código
 * Penal, arts. 145 bis and 145 ter (as substituted by Ley 26.842).
 *
 * @see DOMAIN.md §5.2
 * @example
 * ```ts
 * import { argentineLegalInstruments } from "@tipx/schema";
 * argentineLegalInstruments.meta["AR-CODIGO-PENAL"].sections.codes; // ["art145bis", "art145ter"]
 * ```
 */
export const argentineLegalInstruments = _defineInstruments({
  country: "AR",
  name: "Argentine anti-trafficking law",
  codes: ARGENTINE_INSTRUMENT_CODES,
  meta: {
    "AR-LEY-26364": {
      label: "Law 26.364 on the prevention and punishment of trafficking in persons and assistance to its victims",
      definition: "The national trafficking law, as amended by Ley 26.842 (2012).",
      country: "AR",
      kind: "act",
      citation: "Ley 26.364, Prevención y sanción de la trata de personas y asistencia a sus víctimas",
      dates: { enacted: "2008-04-09", published: "2008-04-30" },
      sections: _sections("AR-LEY-26364", "DOMAIN.md §5.2", {
        art2: {
          label: _articleLabel("2"),
          definition:
            "Definition (as amended): offering, recruiting, transferring, receiving or harbouring persons for exploitation, within the country or to or from abroad, with no means element and no adult/child split. Exploitation: slavery or servitude; forced labour or services; promoting or trading in the prostitution of others or other sexual services; child pornography; forced marriage or union; forced or illegitimate removal of organs, fluids or tissues. The victim's consent never exempts the perpetrator.",
          source: "DOMAIN.md §5.2 [S31b][S31d]",
          verified: true,
        },
        art18: {
          label: _articleLabel("18"),
          definition:
            "Creates the Consejo Federal para la Lucha contra la Trata y Explotación de Personas y para la Protección y Asistencia a las Víctimas.",
          source: "DOMAIN.md §5.2 [S31f][S31g]",
          verified: true,
        },
        art21: {
          label: _articleLabel("21"),
          definition:
            "Creates the Comité Ejecutivo para la Lucha contra la Trata, in the Jefatura de Gabinete de Ministros, with one representative each of the Ministries of Security, Justice and Human Rights, Social Development, and Labour.",
          source: "DOMAIN.md §5.2 [S31f][S31g]",
          verified: true,
        },
      }),
      source: "DOMAIN.md §5.2 [S31a][S31b][S31c]",
      verified: true,
    },
    "AR-LEY-26842": {
      label: "Law 26.842 amending Law 26.364 and the Criminal Code",
      definition:
        "Amended Ley 26.364 (removing the means element and the adult/child split) and substituted Código Penal arts. 145 bis and 145 ter; also created a Sistema Sincronizado de Denuncias in the Ministerio Público Fiscal.",
      country: "AR",
      kind: "amending-act",
      citation: "Ley 26.842",
      dates: { enacted: "2012-12-19", published: "2012-12-27" },
      amends: ["AR-LEY-26364", "AR-CODIGO-PENAL"],
      sections: _sections("AR-LEY-26842", "DOMAIN.md §5.2 [S31e]", {
        art25: {
          label: _articleLabel("25"),
          definition: "Substitutes Código Penal art. 145 bis.",
          source: "DOMAIN.md §5.2 [S31e]",
          verified: true,
        },
        art26: {
          label: _articleLabel("26"),
          definition: "Substitutes Código Penal art. 145 ter.",
          source: "DOMAIN.md §5.2 [S31e]",
          verified: true,
        },
      }),
      source: "DOMAIN.md §5.2 [S31b][S31c]",
      verified: true,
    },
    "AR-CODIGO-PENAL": {
      label: "Argentine Criminal Code",
      definition:
        "The national criminal code; arts. 145 bis and 145 ter hold the trafficking offence and its aggravations.",
      country: "AR",
      kind: "code",
      citation: "Código Penal de la Nación Argentina",
      sections: _sections("AR-CODIGO-PENAL", "DOMAIN.md §5.2 [S31e]", {
        art145bis: {
          label: _articleLabel("145 bis"),
          definition:
            "Trafficking: 4–8 years' prison for offering, recruiting, transferring, receiving or harbouring persons for exploitation, even with the victim's consent.",
          source: "DOMAIN.md §5.2 [S31e] (secondary copy of the text)",
          verified: true,
        },
        art145ter: {
          label: _articleLabel("145 ter"),
          definition:
            "Aggravations: 5–10 years when means were used, the victim is pregnant, over 70 or disabled, there are 3 or more victims or perpetrators, or the perpetrator is a relative, guardian, cleric or public official; 8–12 years if the exploitation took place; 10–15 years if the victim is under 18.",
          source: "DOMAIN.md §5.2 [S31e] (secondary copy of the text)",
          verified: true,
        },
      }),
      source: "DOMAIN.md §5.2 [S31e]",
      verified: true,
    },
  },
});
