import { describe, expect, it } from "vitest";
import { identityDocumentKinds } from "../codelists/identity-documents";
import type { Catalogue } from "../i18n/catalogue";
import { explain } from "../i18n/explain";
import { codeLabel, issueTexts, namesIn } from "../i18n/text";
import { es } from "../locales/es/index";
import { th } from "../locales/th/index";
import { findField } from "../model/field-index";
import {
  CONVERSION_VALUE_KINDS,
  MALFORMED_ROW_REASONS,
  MAPPING_PROBLEMS,
  UNREADABLE_FILE_REASONS,
  VALUE_CHANGES,
} from "./conversion";
import { UNSAFE_JOSE_REASONS } from "./exchange";
import { ISSUE_CODES, ISSUES, type IssueCode, type IssueParams, issueFamily } from "./issues";

/**
 * Params for every issue code, several variants where a param picks a wording. Typed per code, so a
 * code missing here, an unknown param or a param of the wrong type fails to compile.
 */
const SAMPLES: { readonly [C in IssueCode]: readonly IssueParams<C>[] } = {
  TIPX100: [{}],
  TIPX101: [{}, { detail: "บรรทัด 3" }],
  TIPX102: [
    { field: "PersonNames.given", expected: "string", received: "number" },
    { field: "Bundle.entities", expected: "array", received: "object" },
    { field: "Person.birthDate", expected: "allowed-types", received: "boolean" },
    { field: "Person.gender", expected: "valid-value", received: "undefined" },
    { field: "AgeEstimate.years", expected: "integer", received: "null" },
  ],
  TIPX103: [{ field: "Entity.id" }, { field: "Person" }, { field: "Bundle" }],
  TIPX104: [{ field: "Person", key: "nickname" }, { field: "Entity.extensions" }],
  TIPX105: [
    { field: "Entity.id", format: "uuid" },
    { field: "Person.birthDate", format: "partial-date" },
    { field: "Phone.number", format: "e164" },
    { field: "Bundle.createdAt", format: "date-time" },
  ],
  TIPX106: [{ expected: "1.0, 1.1" }],
  TIPX107: [{ expected: ["Person", "Organization", "Case"] }],
  TIPX108: [
    { field: "Person.citizenships", relation: "min", limit: 1, unit: "items" },
    { field: "PersonNames.given", relation: "max", limit: 200, unit: "characters" },
    { field: "AgeEstimate.years", relation: "max", limit: 130 },
    { field: "OperationHeadcount.count", relation: "multiple-of", limit: 1 },
  ],
  TIPX109: [{ field: "Entity.extensions" }, { field: "Entity.extensions", key: "nickname" }],
  TIPX110: [{ omitted: 3999900, limit: 100 }],
  TIPX111: [{ field: "Entity.extensions" }],
  TIPX112: [
    { field: "Bundle.createdAt", reason: "not-a-plain-object" },
    { field: "Person", reason: "accessor" },
    { field: "Bundle", reason: "cycle" },
    { field: "AgeEstimate.years", reason: "non-finite-number" },
    { field: "Person.citizenships", reason: "array-hole" },
    { field: "PersonNames.given", reason: "undefined" },
    { field: "PersonNames.given", reason: "function" },
    { field: "PersonNames.given", reason: "symbol" },
    { field: "AgeEstimate.years", reason: "bigint" },
  ],
  TIPX201: [
    {
      field: "Organization.organizationType",
      list: "htcds.organization-type",
      received: "ngo",
      suggestions: ["NGO"],
      allowed: ["CentralGovernmentOrganisation", "NGO", "Other"],
    },
    { field: "Person.gender", list: "htcds.gender", allowed: ["Feminine", "Masculine", "Unknown"] },
    {
      field: "VictimContext.forcedLabourIndustries",
      list: "tipx.isic-code",
      received: "Agricultre",
      suggestions: ["A", "01"],
    },
    { field: "VictimContext.exploitationTypes", list: "htcds.exploitation-type" },
    { field: "Bundle.profile", received: "BR", allowed: ["TH", "LR", "PY", "AR"] },
    { field: "Person.gender" },
  ],
  TIPX202: [{ field: "VictimContext.methodsOfControl" }],
  TIPX301: [{ kind: "TH-PIN", country: "TH", expected: "X-XXXX-XXXXX-XX-X" }],
  TIPX302: [{ kind: "AR-CUIT", country: "AR" }],
  TIPX303: [{ kind: "AR-CUIT", country: "AR" }],
  TIPX304: [{ kind: "TH-PIN", country: "TH" }],
  TIPX305: [{ kind: "AR-CUIT", country: "AR" }],
  TIPX306: [{ kind: "PY-CI", kindCountry: "PY" }],
  TIPX307: [{ kind: "passport", country: "LR" }],
  TIPX308: [{ kind: "LR-NIN", country: "LR", expected: "12345678" }],
  TIPX310: [{ country: "TH" }],
  TIPX320: [{ country: "TH", callingCode: "66" }],
  TIPX321: [{ country: "LR", callingCode: "231" }],
  TIPX322: [{ country: "PY", callingCode: "595", lengths: "9" }],
  TIPX323: [{ country: "AR", callingCode: "54", trunkPrefix: "0" }],
  TIPX330: [{ country: "PY" }],
  TIPX331: [{ country: "AR" }],
  TIPX332: [{ country: "TH" }],
  TIPX340: [{ country: "LR" }],
  TIPX341: [{ agencyCountry: "TH" }],
  TIPX350: [
    { field: "Operation.date", offset: 543, commonEraYear: 2022 },
    { field: "Person.birthDate", offset: 543 },
  ],
  TIPX351: [{ country: "AR" }],
  TIPX352: [{ days: 21, limit: 15 }],
  TIPX401: [{ first: "/entities/0" }],
  TIPX402: [
    { field: "Case.owner", expected: ["Organization"] },
    { field: "Referral.person", expected: ["Person"] },
  ],
  TIPX403: [{ field: "Case.owner", received: "Person", expected: ["Organization"] }],
  TIPX404: [{ field: "Case.closedOn", otherField: "Case.openedOn", otherPath: "/entities/4/openedOn" }],
  TIPX405: [{ field: "Person.birthDate", otherField: "Operation.date", otherPath: "/entities/3/date" }],
  TIPX406: [{ field: "Person.majorityStatus" }],
  TIPX407: [{ field: "Place.subdivision" }],
  TIPX408: [
    { field: "Referral.status", status: "completed", list: "tipx.referral-status", missing: "Referral.closedOn" },
    { field: "Case.closedOn", status: "Active", list: "htcds.case-status" },
  ],
  TIPX409: [{ field: "OperationHeadcount.count" }],
  TIPX410: [{ field: "Case.openedOn" }],
  TIPX411: [
    { field: "CaseParty.victim", expected: ["victim", "presumed-victim"] },
    { field: "CaseParty.perpetrator", expected: ["suspect"] },
  ],
  TIPX412: [{ field: "PerpetratorLink.person" }],
  TIPX413: [{ field: "LegParticipant.person" }],
  TIPX414: [{ field: "VictimContext.forcedCriminalityTypes" }],
  TIPX415: [{ field: "Case.parties", otherPath: "/entities/2/parties/0" }],
  TIPX416: [{ field: "VictimContext.traffickingStatus" }],
  TIPX417: [{ field: "VictimContext.traffickingStatus" }],
  TIPX418: [{ field: "Consent.purposes" }],
  TIPX501: [{}],
  TIPX502: [
    { reason: "person" },
    { reason: "kind" },
    { reason: "refused" },
    { reason: "purpose" },
    { reason: "withdrawn" },
    { reason: "expired" },
    { reason: "recipient" },
    { reason: "country" },
  ],
  TIPX503: [{ field: "IdentityDocument.number", purpose: "statistics" }],
  TIPX504: [{ field: "Person", purpose: "referral" }],
  TIPX505: [
    { field: "Person", purpose: "referral" },
    { field: "Person", purpose: "cross-border-transfer" },
  ],
  TIPX506: [
    { field: "Person", purpose: "referral", reason: "expired" },
    { field: "Person", purpose: "cross-border-transfer", reason: "recipient" },
    { field: "Person", purpose: "cross-border-transfer", reason: "country" },
  ],
  TIPX520: [{ kid: "dopa-2025" }],
  TIPX521: [{ kid: "unknown-key" }],
  TIPX522: [
    { kid: "dopa-2024", signer: "Department of Provincial Administration", reason: "expired", date: "2024-12-31" },
    {
      kid: "dopa-2026",
      signer: "Department of Provincial Administration",
      reason: "not-yet-valid",
      date: "2026-01-01",
    },
  ],
  TIPX523: [{ kid: "msdhs-2025", signer: "Ministry of Social Development and Human Security" }],
  TIPX524: UNSAFE_JOSE_REASONS.map((reason) => ({ reason })),
  TIPX525: [{}],
  TIPX526: [{ reason: "not-a-recipient" }, { reason: "failed" }],
  TIPX601: [{ field: "Case.parties" }],
  TIPX602: [{ field: "Person" }],
  TIPX603: [
    { field: "CaseParty.victim", htcds: ["vic_TraffickingStatus"] },
    { field: "Person", htcds: ["prs_HomePhone", "prs_MobilePhone", "con_Consent"] },
    { field: "Case", htcds: ["cas_Status", "cas_CaseOwner"] },
  ],
  TIPX604: [{ field: "VictimContext.vulnerabilities" }],
  TIPX701: [
    { column: "prs_Nickname", format: "htcds-2.0" },
    { column: "Apodo", format: "mapped" },
  ],
  TIPX702: [{ field: "prs_Gender", list: "htcds.gender" }],
  TIPX703: CONVERSION_VALUE_KINDS.map((expected) => ({ field: "Person.birthDate", expected })),
  TIPX704: MALFORMED_ROW_REASONS.map((reason) => ({ reason })),
  TIPX705: [
    { field: "Person.names", format: "ctdc-2024" },
    { field: "Observaciones", format: "mapped" },
  ],
  TIPX706: [{ k: 11, columns: ["ageBroad", "gender", "citizenship"] }],
  TIPX707: [{ format: "htcds-workbook", expected: ["prs_Gender", "prs_Citizenship", "vic_TraffickingStatus"] }],
  TIPX708: UNREADABLE_FILE_REASONS.map((reason) => ({ reason })),
  TIPX709: [
    ...VALUE_CHANGES.map((change) => ({ field: "Person.phones", change })),
    { field: "Person", change: "generated" },
  ],
  TIPX710: MAPPING_PROBLEMS.map((problem) => ({ problem })),
  TIPX711: [{ field: "Case.status" }],
  TIPX712: [{ field: "con_Consent", needs: "Consent.givenOn" }],
  TIPX900: [{}],
};

/** The acronyms and standard names a Thai message may keep in Latin script. */
const LATIN_IN_THAI =
  /\b(?:JSON|JWS|JWE|UUID|HTCDS|ISO|RFC|E\.164|ISIC Rev\.4|ISIC|tipx (?:codes|explain)|tipx|TIPX\d{3}|YYYY|MM|DD|NGO|CTDC|NDJSON|XLSForm|CSV|XLSX|Excel|xlsx|__proto__|constructor|prototype|getter|undefined|Date|symbol|bigint|NaN|Infinity|proxy)\b/g;

/**
 * What a Thai message may show in Latin script because it comes from the params: codes, keys, pointers
 * and numbers as they are, and the names of identity documents (`(CUIT)`, `(cédula)`), which are names.
 */
function rawValues(params: object): string[] {
  const values = Object.values(params).flatMap((value) => (Array.isArray(value) ? value.map(String) : [String(value)]));
  return [...values.map((value) => codeLabel(identityDocumentKinds, value, th)), ...values];
}

function render<C extends IssueCode>(code: C, params: IssueParams<C>, locale?: Catalogue): string {
  return issueTexts(code, locale).message(params, namesIn(locale));
}

const LANGUAGES: readonly (readonly [string, Catalogue | undefined])[] = [
  ["en", undefined],
  ["th", th],
  ["es", es],
];

describe("issue codes", () => {
  it("numbers codes TIPX1xx to TIPX7xx and TIPX9xx, each in its family", () => {
    for (const code of ISSUE_CODES) expect(code).toMatch(/^TIPX[1-79]\d\d$/);
    expect([
      issueFamily("TIPX101"),
      issueFamily("TIPX201"),
      issueFamily("TIPX310"),
      issueFamily("TIPX402"),
      issueFamily("TIPX501"),
      issueFamily("TIPX601"),
      issueFamily("TIPX701"),
      issueFamily("TIPX900"),
    ]).toEqual([
      "structure",
      "code-lists",
      "country-profiles",
      "consistency",
      "privacy",
      "data-quality",
      "conversion",
      "internal",
    ]);
  });

  it.each(ISSUE_CODES.map((code) => [code]))("renders %s in every language with every sample of its params", (code) => {
    for (const [lang, locale] of LANGUAGES) {
      const texts = issueTexts(code, locale);
      expect(texts.title.trim().length, `${code} ${lang} title`).toBeGreaterThan(2);
      expect(texts.explanation.trim().length, `${code} ${lang} explanation`).toBeGreaterThan(20);
      for (const params of SAMPLES[code] as readonly IssueParams<typeof code>[]) {
        const message = render(code, params, locale);
        const where = `${code} ${lang} ${JSON.stringify(params)}: ${message}`;
        expect(message.trim().length, where).toBeGreaterThan(5);
        // A placeholder that read a missing or misspelt param, or an empty one.
        // (TIPX112 names undefined and NaN values on purpose.)
        const broken =
          code === "TIPX112" ? /\[object |\(\)|""|\s[,.;:]|\s{2}/ : /undefined|NaN|\[object |\(\)|""|\s[,.;:]|\s{2}/;
        expect(message, where).not.toMatch(broken);
        // A field's label is a quoted name inside the sentence, never glued in as it is (checked where
        // words are set apart by spaces: Thai writes none between words).
        for (const key of ["field", "otherField", "missing"] as const) {
          const ref = (params as Readonly<Record<string, unknown>>)[key];
          const label = typeof ref === "string" && findField(ref) ? namesIn(locale).field(ref) : undefined;
          if (label === undefined || lang === "th") continue;
          const [open, close] = lang === "es" ? ["«", "»"] : ["“", "”"];
          const unquoted = message.split(`${open}${label}${close}`).join("");
          const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          expect(unquoted, where).not.toMatch(new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, "u"));
        }
        // Whole sentences: English and Spanish end with a full stop (or a question), Thai without one.
        if (lang === "th") expect(message, where).not.toMatch(/\.$/);
        else expect(message, where).toMatch(/[.?]$/);
        if (lang === "th") {
          let rest = message;
          // Longest first, so that a short value ("Case") does not cut into a longer one ("cas_CaseOwner").
          const values = [...rawValues(params)].sort((a, b) => b.length - a.length);
          for (const value of values) rest = rest.split(value).join("");
          rest = rest.replace(LATIN_IN_THAI, "");
          expect(rest.match(/[A-Za-z]{2,}/g) ?? [], where).toEqual([]);
        }
      }
    }
  });

  it("gives advice a user of the published packages can follow, in every language", () => {
    // No repository paths, build scripts or internal briefs, and no package tipx does not publish: the
    // advice points to `tipx explain`, `tipx codes`, the issue-code page, or the standard or law.
    const internal =
      /packages\/|src\/|scripts\/|shared\/|\.ts\b|pnpm (?:run|test)|DOMAIN\.md|@tipx\/(?!schema|cli|exchange|convert)/;
    for (const code of ISSUE_CODES) {
      for (const [lang, locale] of LANGUAGES) {
        const texts = issueTexts(code, locale);
        const messages = (SAMPLES[code] as readonly IssueParams<typeof code>[]).map((params) =>
          render(code, params, locale),
        );
        for (const text of [texts.title, texts.explanation, ...messages])
          expect(text, `${code} ${lang}`).not.toMatch(internal);
      }
    }
  });

  it("says in each language that a rule rests on an unverified fact", () => {
    const unverified = ISSUE_CODES.filter((code) => explain(code)?.verified === false);
    expect(unverified).toEqual(["TIPX304", "TIPX305", "TIPX308", "TIPX323", "TIPX352", "TIPX415"]);
    for (const code of unverified) expect(explain(code, th)?.verified).toBe(false);
    expect(ISSUE_CODES.filter((code) => "verified" in ISSUES[code] && ISSUES[code].verified === false)).toEqual(
      unverified,
    );
  });

  it("explains a code in the requested language and accepts short forms", () => {
    expect(explain("TIPX402", th)?.title).toBe(th.issues.TIPX402.title);
    expect(explain("402")?.code).toBe("TIPX402");
    expect(explain("tipx402")?.code).toBe("TIPX402");
    expect(explain("TIPX999")).toBeUndefined();
  });

  it("reads like this in each language (one message per family)", () => {
    const lines = (["TIPX102", "TIPX201", "TIPX321", "TIPX402", "TIPX502", "TIPX603"] as const).flatMap((code) =>
      LANGUAGES.map(([lang, locale]) => `${code} ${lang}: ${render(code, SAMPLES[code][0] as never, locale)}`),
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "TIPX102 en: “Given name” must be text, but it is a number.",
        "TIPX102 th: ฟิลด์ “ชื่อ” ต้องเป็นข้อความ แต่ค่าที่ได้รับเป็นตัวเลข",
        "TIPX102 es: El campo «Nombre» debe ser un texto, pero es un número.",
        "TIPX201 en: “Organisation type” holds "ngo", which is not a code of the list “Organisation type”. Did you mean "NGO"? It must be "CentralGovernmentOrganisation", "NGO" or "Other".",
        "TIPX201 th: ฟิลด์ “ประเภทหน่วยงาน” มีค่า "ngo" ซึ่งไม่ใช่รหัสในรายการ “ประเภทองค์กร” หมายถึง "NGO" หรือไม่ ค่าต้องเป็น "CentralGovernmentOrganisation", "NGO" หรือ "Other"",
        "TIPX201 es: El campo «Tipo de organización» tiene el valor "ngo", que no es un código de la lista «Tipo de organización». ¿Quiso decir "NGO"? Debe ser "CentralGovernmentOrganisation", "NGO" o "Other".",
        "TIPX321 en: The telephone number does not begin with the calling code of Liberia (+231).",
        "TIPX321 th: หมายเลขโทรศัพท์ไม่ได้ขึ้นต้นด้วยรหัสโทรศัพท์ของประเทศไลบีเรีย (+231)",
        "TIPX321 es: El número de teléfono no empieza con el código de llamada de Liberia (+231).",
        "TIPX402 en: “Responsible organisation”: there is no organisation with this id in the bundle.",
        "TIPX402 th: ไม่มีองค์กรที่มีรหัสตามฟิลด์ “หน่วยงานเจ้าของกรณี” ในชุดข้อมูล",
        "TIPX402 es: No hay en el paquete ninguna entidad de tipo organización con el id del campo «Organización titular del caso».",
        "TIPX502 en: The referral's consent is another person's.",
        "TIPX502 th: ความยินยอมที่การส่งต่ออ้างถึงเป็นของบุคคลอื่น",
        "TIPX502 es: El consentimiento de la derivación es de otra persona.",
        "TIPX603 en: “Victim context” lacks the recommended HTCDS core field vic_TraffickingStatus.",
        "TIPX603 th: ฟิลด์ “ข้อมูลผู้เสียหาย” ขาดฟิลด์หลักของ HTCDS ที่แนะนำ vic_TraffickingStatus",
        "TIPX603 es: El campo «Contexto de víctima» no tiene el campo básico recomendado de HTCDS vic_TraffickingStatus.",
      ]
    `);
  });
});
