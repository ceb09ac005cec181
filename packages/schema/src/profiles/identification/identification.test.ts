import { describe, expect, it } from "vitest";
import { IDENTIFICATION_PROCEDURES } from "../../codelists/identification";
import { codeLabel } from "../../i18n/text";
import { es } from "../../locales/es/index";
import { th } from "../../locales/th/index";
import { PROFILE_CODES } from "../profile-code";
import { profiles } from "../profiles";

describe("identification facts", () => {
  it("give Thailand its referral mechanism, its two procedures and the 15-day protection period, all unverified", () => {
    const { referralMechanisms, procedures, protectionPeriod } = profiles.TH.identification;
    expect(referralMechanisms.id).toBe("referral-mechanisms.TH");
    expect(referralMechanisms.codes).toEqual(["TH-NRM-2565"]);
    expect(referralMechanisms.meta["TH-NRM-2565"]).toMatchObject({
      country: "TH",
      citation: expect.stringContaining("National Referral Mechanism, Litigation Management and Assistance"),
      issuedBy: "TH-ATP-CSC",
      approved: "2022-03",
      verified: false,
    });
    expect(procedures.id).toBe("identification-procedures.TH");
    expect(procedures.codes).toEqual(["multidisciplinary-team", "labour-screening"]);
    expect(procedures.meta["multidisciplinary-team"]).toMatchObject({
      instrument: { code: "TH-NRM-2565" },
      requiredForVictimServices: true,
      verified: false,
    });
    expect(procedures.meta["labour-screening"]).toMatchObject({
      instrument: { code: "TH-ATIPA-2551", section: "s6/1" },
      conductedBy: ["TH-MOL"],
      form: "Ror.Bor. 1",
      verified: false,
    });
    expect(protectionPeriod).toMatchObject({ days: 15, instrument: { code: "TH-NRM-2565" }, verified: false });
  });

  it("say for every unverified fact what would verify it, and cite the Notification or the Act, not a report alone", () => {
    const { referralMechanisms, procedures, protectionPeriod } = profiles.TH.identification;
    const facts = [...Object.values(referralMechanisms.meta), ...Object.values(procedures.meta), protectionPeriod];
    for (const fact of facts) {
      expect(fact?.verified).toBe(false);
      expect(fact?.verifyAgainst).toMatch(/Notification/);
      expect(fact?.source).toMatch(/^(?:Notification of the Anti-Trafficking|Anti-Trafficking in Persons Act)/);
    }
  });

  it("record only Liberia's reported referral mechanism, and nothing for Paraguay and Argentina", () => {
    expect(profiles.LR.identification.referralMechanisms.codes).toEqual(["LR-NRM"]);
    expect(profiles.LR.identification.referralMechanisms.meta["LR-NRM"]?.verified).toBe(false);
    for (const code of ["LR", "PY", "AR"] as const) {
      expect(profiles[code].identification.procedures.codes, code).toEqual([]);
      expect(profiles[code].identification, code).not.toHaveProperty("protectionPeriod");
    }
    for (const code of ["PY", "AR"] as const) {
      expect(profiles[code].identification.referralMechanisms.codes, code).toEqual([]);
    }
  });

  it.each(PROFILE_CODES)("%s: keeps its facts under its own code and refers only to codes tipx lists", (code) => {
    const { referralMechanisms, procedures, protectionPeriod, ...rest } = profiles[code].identification;
    expect(rest).toEqual({});
    expect([referralMechanisms.id, procedures.id]).toEqual([
      `referral-mechanisms.${code}`,
      `identification-procedures.${code}`,
    ]);
    for (const mechanism of referralMechanisms.codes) {
      expect(mechanism.startsWith(`${code}-`), mechanism).toBe(true);
      expect(referralMechanisms.meta[mechanism]?.country).toBe(code);
      const issuer = referralMechanisms.meta[mechanism]?.issuedBy;
      if (issuer !== undefined) expect(profiles[code].agencies.codes).toContain(issuer);
    }
    const law = profiles[code].law;
    const instruments = [
      ...procedures.codes.map((procedure) => procedures.meta[procedure]?.instrument),
      ...(protectionPeriod ? [protectionPeriod.instrument] : []),
    ];
    for (const instrument of instruments) {
      const ref = instrument?.code;
      if (ref === undefined) continue;
      if (referralMechanisms.codes.includes(ref)) {
        expect(instrument?.section, ref).toBeUndefined();
        continue;
      }
      expect(law.codes, ref).toContain(ref);
      const section = instrument?.section;
      if (section !== undefined) expect(law.meta[ref]?.sections.codes, `${ref} ${section}`).toContain(section);
    }
    for (const procedure of procedures.codes) {
      expect(IDENTIFICATION_PROCEDURES, procedure).toContain(procedure);
      for (const agency of procedures.meta[procedure]?.conductedBy ?? []) {
        expect(profiles[code].agencies.codes).toContain(agency);
      }
    }
  });

  it("name the Thai procedures and mechanism in Thai and Spanish", () => {
    const { referralMechanisms, procedures } = profiles.TH.identification;
    expect(
      [undefined, th, es].map((locale) => [
        codeLabel(referralMechanisms, "TH-NRM-2565", locale),
        codeLabel(procedures, "multidisciplinary-team", locale),
        codeLabel(procedures, "labour-screening", locale),
      ]),
    ).toMatchInlineSnapshot(`
      [
        [
          "National Referral Mechanism (NRM) B.E. 2565 (2022)",
          "Identification interview by a multidisciplinary team (MDT)",
          "Screening for forced labour or services (form Ror.Bor. 1)",
        ],
        [
          "กลไกการส่งต่อระดับชาติ พ.ศ. 2565",
          "การสัมภาษณ์คัดแยกผู้เสียหายโดยทีมสหวิชาชีพ",
          "การคัดกรองการบังคับใช้แรงงานหรือบริการ ตามมาตรา 6/1",
        ],
        [
          "Mecanismo Nacional de Derivación B.E. 2565 (2022)",
          "Entrevista de identificación por un equipo multidisciplinario",
          "Detección de trabajo o servicios forzosos (formulario Ror.Bor. 1)",
        ],
      ]
    `);
  });
});
