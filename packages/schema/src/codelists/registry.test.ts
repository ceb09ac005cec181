import { describe, expect, it } from "vitest";
import {
  CaseStatus,
  Classification,
  CODE_LISTS,
  ConsentMethod,
  ConsentPurpose,
  EducationLevel,
  ExploitationType,
  ForcedLabourIndustry,
  Gender,
  getCodeList,
  HTCDS_PICKLISTS,
  IdentityDocumentKind,
  IndustrySubdivision,
  IsicSection,
  LegalOutcome,
  LegalStage,
  MaritalStatus,
  MethodOfControl,
  OperationKind,
  OrganizationType,
  PartyRole,
  PerpetratorRole,
  RecruitmentMethod,
  ReferralReason,
  ReferralService,
  ReferralStatus,
  RelationshipToTrafficker,
  SexExploitationType,
  SupportPlanType,
  TraffickingEventType,
  TraffickingStatus,
  TraffickingStatusDecider,
  Vulnerability,
  WebsiteOrApp,
} from "../index";
import type { CodeList } from "./codelist";

const lists: readonly [string, CodeList][] = Object.entries(CODE_LISTS);

describe("CODE_LISTS", () => {
  it("holds the 21 HTCDS picklists, 3 ISIC lists, 23 tipx lists, countries and languages, keyed by id", () => {
    expect(lists).toHaveLength(49);
    for (const [id, list] of lists) expect(list.id).toBe(id);
    for (const list of HTCDS_PICKLISTS) expect(CODE_LISTS[list.id]).toBe(list);
    expect(CODE_LISTS["iso3166-1"]).toBeDefined();
    expect(CODE_LISTS["iso639-3"]).toBeDefined();
  });

  it("has 21 HTCDS picklists, each for its own HTCDS field", () => {
    expect(HTCDS_PICKLISTS).toHaveLength(21);
    expect(new Set(HTCDS_PICKLISTS.map((list) => list.id)).size).toBe(21);
    expect(new Set(HTCDS_PICKLISTS.map((list) => list.htcdsField)).size).toBe(21);
    for (const list of HTCDS_PICKLISTS)
      expect(list.htcdsField, list.id).toMatch(/^(org|prs|vic|per|cas|hte|spl)_[A-Za-z]+$/);
  });

  describe.each(lists)("%s", (_id, list) => {
    it("names itself in English and cites a source", () => {
      expect(list.source.trim()).not.toBe("");
      expect(list.name.trim()).not.toBe("");
    });

    it("has unique codes, each with metadata, and no metadata without a code", () => {
      expect(new Set(list.codes).size).toBe(list.codes.length);
      expect(Object.keys(list.meta).sort()).toEqual([...list.codes].sort());
    });

    it("labels every code in English (the catalogue test checks the translations)", () => {
      const empty = list.codes.filter((code) => (list.meta[code]?.label ?? "").trim() === "");
      expect(empty).toEqual([]);
    });

    it("says what replaces each deprecated code, or why it is deprecated", () => {
      for (const code of list.codes) {
        const meta = list.meta[code];
        if (meta?.status !== "deprecated") continue;
        if (meta.replacedBy !== undefined) expect(list.codes, code).toContain(meta.replacedBy);
        else expect(meta.definition, code).toMatch(/deprecated/i);
      }
    });

    it("has no alias that is also a code of the list", () => {
      const codes = new Set<string>(list.codes);
      const clashes = list.codes.flatMap((code) =>
        (list.meta[code]?.aliases ?? []).filter((alias) => codes.has(alias)),
      );
      expect(clashes).toEqual([]);
    });
  });
});

describe("getCodeList", () => {
  it.each([
    ["an HTCDS list", "htcds.gender", "htcds.gender"],
    ["a tipx list", "tipx.referral-status", "tipx.referral-status"],
    ["countries", "iso3166-1", "iso3166-1"],
    ["an unknown id", "htcds.genders", undefined],
    ["an Object.prototype key", "toString", undefined],
    ["__proto__", "__proto__", undefined],
  ])("%s (%s)", (_title, given, want) => {
    expect(getCodeList(given)?.id).toBe(want);
  });
});

interface Parser {
  safeParse(value: unknown): { success: boolean };
}

// [title, { schema, valid, nearMiss }]: each schema accepts a code and rejects a plausible misspelling.
const enums: readonly [string, { schema: Parser; valid: string; nearMiss: string }][] = [
  ["OrganizationType", { schema: OrganizationType, valid: "LawEnforcement", nearMiss: "Law Enforcement" }],
  ["Gender", { schema: Gender, valid: "Feminine", nearMiss: "feminine" }],
  ["MaritalStatus", { schema: MaritalStatus, valid: "RegisteredPartnership", nearMiss: "Registered Partnership" }],
  [
    "EducationLevel",
    { schema: EducationLevel, valid: "BachelorsOrEquivalentLevel", nearMiss: "BachelorsOrEquivalent" },
  ],
  [
    "TraffickingStatus",
    { schema: TraffickingStatus, valid: "NotAVictimOfTrafficking", nearMiss: "NotVictimOfTrafficking" },
  ],
  ["TraffickingStatusDecider", { schema: TraffickingStatusDecider, valid: "NGO", nearMiss: "Ngo" }],
  [
    "RelationshipToTrafficker (HTCDS spelling)",
    { schema: RelationshipToTrafficker, valid: "Unaquainted", nearMiss: "Unacquainted" },
  ],
  ["WebsiteOrApp", { schema: WebsiteOrApp, valid: "4Sale", nearMiss: "4sale" }],
  [
    "RecruitmentMethod",
    { schema: RecruitmentMethod, valid: "ThroughANewspaperAdvert", nearMiss: "ThroughANewspaperAd" },
  ],
  ["MethodOfControl", { schema: MethodOfControl, valid: "PsychoactiveSubstance", nearMiss: "PsychoactiveSubstances" }],
  [
    "ExploitationType (tipx extension)",
    { schema: ExploitationType, valid: "ForcedCriminality", nearMiss: "ForcedCrime" },
  ],
  ["ExploitationType (HTCDS)", { schema: ExploitationType, valid: "ForcedLabour", nearMiss: "ForcedLabor" }],
  ["ForcedLabourIndustry", { schema: ForcedLabourIndustry, valid: "C_Manufacturing", nearMiss: "Manufacturing" }],
  [
    "SexExploitationType",
    { schema: SexExploitationType, valid: "RemoteInteractiveServices", nearMiss: "RemoteInteractiveService" },
  ],
  ["Vulnerability", { schema: Vulnerability, valid: "AbuseSocialMedia", nearMiss: "Abuse - social media" }],
  ["PerpetratorRole", { schema: PerpetratorRole, valid: "HarbouredIndividual", nearMiss: "HarboredIndividual" }],
  ["CaseStatus", { schema: CaseStatus, valid: "ClosedReferred", nearMiss: "Closed Referred" }],
  ["ReferralReason", { schema: ReferralReason, valid: "MigrationOrChangeOfLocation", nearMiss: "Migration" }],
  ["TraffickingEventType", { schema: TraffickingEventType, valid: "Exploitation", nearMiss: "exploitation" }],
  ["SupportPlanType", { schema: SupportPlanType, valid: "RightsBasedTraining", nearMiss: "Rights-basedTraining" }],
  ["IsicSection", { schema: IsicSection, valid: "U", nearMiss: "V" }],
  ["IndustrySubdivision", { schema: IndustrySubdivision, valid: "563", nearMiss: "56" }],
  ["IdentityDocumentKind", { schema: IdentityDocumentKind, valid: "PY-RUC", nearMiss: "PY_RUC" }],
  ["ReferralStatus", { schema: ReferralStatus, valid: "withdrawn", nearMiss: "cancelled" }],
  ["ConsentPurpose", { schema: ConsentPurpose, valid: "cross-border-transfer", nearMiss: "cross-border" }],
  ["ConsentMethod", { schema: ConsentMethod, valid: "by-guardian", nearMiss: "guardian" }],
  ["PartyRole", { schema: PartyRole, valid: "presumed-victim", nearMiss: "presumed_victim" }],
  ["OperationKind", { schema: OperationKind, valid: "border-screening", nearMiss: "screening" }],
  ["LegalStage", { schema: LegalStage, valid: "enforcement", nearMiss: "execution" }],
  ["LegalOutcome", { schema: LegalOutcome, valid: "convicted", nearMiss: "conviction" }],
  ["ReferralService", { schema: ReferralService, valid: "legal-aid", nearMiss: "legal" }],
  ["Classification", { schema: Classification, valid: "restricted", nearMiss: "secret" }],
];

describe("code list schemas", () => {
  it.each(enums)("%s accepts a code and rejects a near miss", (_title, { schema, valid, nearMiss }) => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse(nearMiss).success).toBe(false);
    expect(schema.safeParse(undefined).success).toBe(false);
  });
});
