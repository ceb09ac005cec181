import { _defineIdentification } from "../identification/identification";

/**
 * How Liberia identifies victims, as far as tipx's sources go: a national referral mechanism is reported
 * to exist (promulgated about 2019–2020), with no title, procedure or protection period given, so the
 * procedures are empty and there is no protection period.
 *
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.LR.identification.referralMechanisms.codes; // ["LR-NRM"]
 * profiles.LR.identification.procedures.codes; // []
 * ```
 */
export const liberianIdentification = _defineIdentification({
  country: "LR",
  countryName: "Liberian",
  source:
    "ILO CEACR comment on C29 (Liberia, 2022); US Department of State, Trafficking in Persons Report 2020 (Liberia)",
  referralMechanisms: {
    "LR-NRM": {
      label: "National referral mechanism",
      definition:
        "Liberia's national referral mechanism for victims of trafficking, reported as promulgated around 2019–2020. Its title and content are not known to tipx.",
      country: "LR",
      source:
        "Reported by the ILO CEACR comment on C29 (Liberia, 2022) and the US Department of State, Trafficking in Persons Report 2020 (Liberia); the mechanism's own text not seen",
      verified: false,
      verifyAgainst: "The instrument that promulgated the mechanism, whose title is not known to tipx",
    },
  },
  procedures: {},
});
