import { _defineInstruments, _noSections, _sectionLabel, _sections } from "../law/instrument";

const ATIPA = "TH-ATIPA-2551";

// The laws charged beside the trafficking Act are listed by title only: tipx's sources describe none of
// their sections, and none of them but the Labour Protection Act at all, so those are `verified: false`
// until checked against the text published in the Royal Thai Government Gazette.
const UNCHECKED = "not yet checked against the text published in the Royal Thai Government Gazette (unverified)";
const CHARGED_BESIDE =
  "Listed so that a charge under it can be cited beside the Anti-Trafficking in Persons Act. tipx's sources do not describe it: it is unverified until checked against the text published in the Royal Thai Government Gazette, and none of its sections is listed.";

/**
 * The codes of Thailand's legal instruments: the Anti-Trafficking in Persons Act of B.E. 2551 and the
 * three instruments that amended it, then the laws charged beside it (the Criminal Code and the
 * Prostitution Prevention and Suppression, Child Protection, Labour Protection and Immigration Acts).
 *
 * @example
 * ```ts
 * import { THAI_INSTRUMENT_CODES } from "@tipx/schema";
 * THAI_INSTRUMENT_CODES[0]; // "TH-ATIPA-2551"
 * THAI_INSTRUMENT_CODES.includes("TH-IA-2522"); // true
 * ```
 */
export const THAI_INSTRUMENT_CODES = [
  ATIPA,
  "TH-ATIPA-AMEND2-2558",
  "TH-ATIPA-AMEND3-2560",
  "TH-ATIPA-DECREE-2562",
  "TH-CRIMINAL-CODE",
  "TH-PPSA-2539",
  "TH-CPA-2546",
  "TH-LPA-2541",
  "TH-IA-2522",
] as const;

/** A code of a Thai legal instrument. */
export type ThaiInstrumentCode = (typeof THAI_INSTRUMENT_CODES)[number];

/**
 * Thailand's anti-trafficking law as a code list, with the laws charged beside it. Sections inserted or
 * replaced by an amendment are listed under the Act they now belong to (s.6/1 under `TH-ATIPA-2551`),
 * since charges cite the Act as amended; the amending instruments are cited as a whole. The laws charged
 * beside it are listed without sections, and all but the Labour Protection Act are `verified: false`.
 *
 * @see Anti-Trafficking in Persons Act B.E. 2551 (2008) and its amendments: Act (No. 2) B.E. 2558 (2015),
 * Act (No. 3) B.E. 2560 (2017), Emergency Decree B.E. 2562 (2019)
 * @example
 * ```ts
 * import { thaiLegalInstruments } from "@tipx/schema";
 * thaiLegalInstruments.meta["TH-ATIPA-2551"].sections.meta["s6/1"]?.verified; // false
 * thaiLegalInstruments.meta["TH-CRIMINAL-CODE"].verified; // false
 * ```
 */
export const thaiLegalInstruments = _defineInstruments({
  country: "TH",
  name: "Thai anti-trafficking law",
  source:
    "Anti-Trafficking in Persons Act B.E. 2551 (2008) and its amendments of B.E. 2558 (2015), B.E. 2560 (2017) and B.E. 2562 (2019); the Criminal Code and the Acts charged beside them, by title",
  codes: THAI_INSTRUMENT_CODES,
  meta: {
    [ATIPA]: {
      label: "Anti-Trafficking in Persons Act B.E. 2551 (2008)",
      definition:
        "Thailand's trafficking law (also translated Anti-Human Trafficking Act). It replaced the B.E. 2540 (1997) Act on trafficking in women and children and came into force 120 days after publication in the Gazette; an MSDHS guideline gives 5 June 2008 as its enactment date.",
      country: "TH",
      kind: "act",
      citation: "Anti-Trafficking in Persons Act B.E. 2551 (2008)",
      dates: { enacted: "2008-01-30" },
      sections: _sections(ATIPA, "Anti-Trafficking in Persons Act B.E. 2551 (2008), as amended", {
        // One section, one flag: s.4 holds the verified definitions of 'exploitation' and 'forced labour or
        // service' and the unverified one of 'child', so the section is `verified: false` and its text says
        // which part is checked. (A made-up code for the child definition would be a section no law has.)
        s4: {
          label: _sectionLabel("4"),
          definition:
            "Definitions. 'Exploitation' covers gaining from prostitution, pornography or other sexual exploitation, slavery, forced begging, forced labour or service, coerced organ removal for trade and similar practices, whatever the person's consent; 'forced labour or service' is work compelled through fear of harm to life, body, liberty, reputation or property, by intimidation, force or other means the person cannot resist. Extended by Amendment No. 3 (2017). These two definitions are checked against the Act's text; its definition of 'child' (under 18) is unverified.",
          source:
            "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.4; extended by the Act (No. 3) B.E. 2560 (2017); the definition of 'child' (under 18) not yet checked against the Act's text (unverified)",
          verified: false,
        },
        s5: {
          label: _sectionLabel("5"),
          definition:
            "Who administers the Act: since the 2019 Emergency Decree replaced it, the President of the Supreme Court, the Minister of Social Development and Human Security and the Minister of Labour.",
          source:
            "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.5, as replaced by the Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019)",
          verified: true,
        },
        s6: {
          label: _sectionLabel("6"),
          definition:
            "The trafficking offence: for exploitation, procuring, buying, selling, bringing in or sending out, detaining, confining, harbouring or receiving a person (1) by threat or force, abduction, fraud, deception, abuse of power or payment to a person in control of the victim, or (2) when the person is a child, with no means required. Replaced by the 2019 Emergency Decree.",
          source:
            "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.6, as replaced by the Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019)",
          verified: true,
        },
        "s6/1": {
          label: _sectionLabel("6/1"),
          definition:
            "The stand-alone offence of forced labour or services, inserted by the 2019 Emergency Decree; it carries significantly lower penalties than the trafficking offence. Its exact wording and penalty are unverified.",
          source:
            "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.6/1, inserted by the Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019); lower penalties: US Department of State, Trafficking in Persons Report 2020 (Thailand); wording and penalty unverified",
          verified: false,
        },
        s52: {
          label: _sectionLabel("52"),
          definition:
            "Penalties for the trafficking offence. The 2008 text: 4–10 years and a fine of 80,000–200,000 baht; a child aged 15–18, 6–12 years and 120,000–240,000 baht; a child of 15 or under, 8–15 years and 160,000–300,000 baht. Amendment No. 2 (2015) raised them (up to 20 years for serious injury, life or death if the victim dies); the ranges in force now are reported only.",
          source:
            "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.52 (2008 text); raised by the Act (No. 2) B.E. 2558 (2015), as summarised in the ILO CEACR comment on C29 (Thailand, 2017); current ranges reported only",
          verified: false,
        },
        s53: {
          label: _sectionLabel("53"),
          definition: "Penalty for a juristic person: a fine of 200,000–1,000,000 baht (2008 text).",
          source: "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.53 (2008 text)",
          verified: true,
        },
      }),
      source:
        "Anti-Trafficking in Persons Act B.E. 2551 (2008) ss.1–5; enactment date: MSDHS Operational Guideline on trafficking for labour purposes",
      verified: true,
    },
    "TH-ATIPA-AMEND2-2558": {
      label: "Anti-Trafficking in Persons Act (No. 2) B.E. 2558 (2015)",
      definition:
        "Raised the penalties of s.52: up to 20 years if the victim is seriously injured, life imprisonment or death if the victim dies.",
      country: "TH",
      kind: "amending-act",
      citation: "Anti-Trafficking in Persons Act (No. 2) B.E. 2558 (2015)",
      amends: [ATIPA],
      sections: _noSections("TH-ATIPA-AMEND2-2558", "Anti-Trafficking in Persons Act (No. 2) B.E. 2558 (2015)"),
      source:
        "Anti-Trafficking in Persons Act (No. 2) B.E. 2558 (2015), as summarised in the ILO CEACR comment on C29 (Thailand, 2017)",
      verified: true,
    },
    "TH-ATIPA-AMEND3-2560": {
      label: "Anti-Trafficking in Persons Act (No. 3) B.E. 2560 (2017)",
      definition:
        "Extended 'exploitation' to practices similar to slavery and 'forced labour or service' to confiscating identity documents and debt bondage, and created offences of making children under 15 do dangerous work.",
      country: "TH",
      kind: "amending-act",
      citation: "Anti-Trafficking in Persons Act (No. 3) B.E. 2560 (2017)",
      dates: { inForce: "2017-01-28" },
      amends: [ATIPA],
      sections: _noSections("TH-ATIPA-AMEND3-2560", "Anti-Trafficking in Persons Act (No. 3) B.E. 2560 (2017)"),
      source: "Anti-Trafficking in Persons Act (No. 3) B.E. 2560 (2017); ILO CEACR comment on C29 (Thailand, 2017)",
      verified: true,
    },
    "TH-ATIPA-DECREE-2562": {
      label: "Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019)",
      definition:
        "Replaced s.5 (adding the Minister of Labour to those who administer the Act) and s.6, and inserted the forced labour or services offence, s.6/1.",
      country: "TH",
      kind: "emergency-decree",
      citation: "Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019)",
      dates: { enacted: "2019-04-06", published: "2019-04-07", inForce: "2019-04-08" },
      amends: [ATIPA],
      sections: _noSections(
        "TH-ATIPA-DECREE-2562",
        "Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019)",
      ),
      source:
        "Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019), Royal Gazette 7 April 2019",
      verified: true,
    },
    "TH-CRIMINAL-CODE": {
      label: "Criminal Code",
      definition: CHARGED_BESIDE,
      country: "TH",
      kind: "code",
      citation: "Criminal Code",
      sections: _noSections("TH-CRIMINAL-CODE", "Criminal Code (Thailand)"),
      source: `Criminal Code (Thailand); ${UNCHECKED}`,
      verified: false,
    },
    "TH-PPSA-2539": {
      label: "Prostitution Prevention and Suppression Act B.E. 2539 (1996)",
      definition: CHARGED_BESIDE,
      country: "TH",
      kind: "act",
      citation: "Prostitution Prevention and Suppression Act B.E. 2539 (1996)",
      sections: _noSections("TH-PPSA-2539", "Prostitution Prevention and Suppression Act B.E. 2539 (1996)"),
      source: `Prostitution Prevention and Suppression Act B.E. 2539 (1996); ${UNCHECKED}`,
      verified: false,
    },
    "TH-CPA-2546": {
      label: "Child Protection Act B.E. 2546 (2003)",
      definition: CHARGED_BESIDE,
      country: "TH",
      kind: "act",
      citation: "Child Protection Act B.E. 2546 (2003)",
      sections: _noSections("TH-CPA-2546", "Child Protection Act B.E. 2546 (2003)"),
      source: `Child Protection Act B.E. 2546 (2003); ${UNCHECKED}`,
      verified: false,
    },
    "TH-LPA-2541": {
      label: "Labour Protection Act B.E. 2541 (1998)",
      definition:
        "Thailand's labour law: employing a child under 15 is prohibited. It covers employees only, so self-employed and informal work by children falls outside it. Listed so that a charge under it can be cited beside the Anti-Trafficking in Persons Act; tipx's sources give none of its section numbers.",
      country: "TH",
      kind: "act",
      citation: "Labour Protection Act B.E. 2541 (1998)",
      sections: _noSections("TH-LPA-2541", "Labour Protection Act B.E. 2541 (1998)"),
      source:
        "Labour Protection Act B.E. 2541 (1998), as described in the US Department of State Country Report on Human Rights Practices (Thailand, s.7c) and the ILO CEACR comment on C138 (Thailand, 2019)",
      verified: true,
    },
    "TH-IA-2522": {
      label: "Immigration Act B.E. 2522 (1979)",
      definition: CHARGED_BESIDE,
      country: "TH",
      kind: "act",
      citation: "Immigration Act B.E. 2522 (1979)",
      sections: _noSections("TH-IA-2522", "Immigration Act B.E. 2522 (1979)"),
      source: `Immigration Act B.E. 2522 (1979); ${UNCHECKED}`,
      verified: false,
    },
  },
});
