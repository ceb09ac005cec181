// Runs the examples: the two bundles, the TypeScript program and the NDJSON demo file.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Bundle, type Entity, validate } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { makeNdjson, NDJSON_FILE } from "./scripts/make-ndjson";

const REPO = fileURLToPath(new URL("../", import.meta.url));
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));
const codes = (issues: readonly { code: string }[]): string[] => [...new Set(issues.map((i) => i.code))].sort();

function ofType<T extends Entity["type"]>(bundle: Bundle, type: T): Extract<Entity, { type: T }>[] {
  return bundle.entities.filter((e): e is Extract<Entity, { type: T }> => e.type === type);
}

describe("examples/bundles/mae-sot-interception.json", () => {
  const input = read("bundles/mae-sot-interception.json");

  // One TIPX603 per rescued person (entities 3 to 13), naming the HTCDS core fields their records lack: a
  // mailing address below the province, e-mail and phones (examples/bundles/README.md).
  const rescuedPaths = Array.from({ length: 11 }, (_, i) => `/entities/${i + 3}`);
  const missingCoreFields = [
    "prs_Email",
    "prs_HomePhone",
    "prs_MobilePhone",
    "prs_MailingCity",
    "prs_MailingStreet",
    "prs_MailingPostalCode",
  ];

  it("is valid under the TH profile, with one core-field warning per rescued person and nothing else", () => {
    for (const level of ["standard", "lenient"] as const) {
      const result = validate(input, { level, profile: "TH" });
      expect(result.ok).toBe(true);
      expect(result.issues.map((i) => `${i.code} ${i.severity} ${i.path}`)).toEqual(
        rescuedPaths.map((path) => `TIPX603 warning ${path}`),
      );
      for (const issue of result.issues) expect(issue.params).toEqual({ field: "Person", htcds: missingCoreFields });
    }
  });

  it("is invalid under level strict, which makes those warnings errors", () => {
    const result = validate(input, { level: "strict", profile: "TH" });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => `${i.code} ${i.severity} ${i.path}`)).toEqual(
      rescuedPaths.map((path) => `TIPX603 error ${path}`),
    );
  });

  it("warns about the rescued persons only", () => {
    const bundle = validate(input).value;
    if (!bundle) throw new Error("the example bundle did not parse");
    const [operation] = ofType(bundle, "Operation");
    const warned = rescuedPaths.map((path) => bundle.entities[Number(path.split("/")[2])]?.id);
    expect(warned).toEqual(operation?.rescued?.persons);
  });

  it("tells the Mae Sot interception of 29 March 2022", () => {
    const bundle = validate(input).value;
    if (!bundle) throw new Error("the example bundle did not parse");
    expect(bundle.profile).toBe("TH");
    expect(bundle.createdAt > "2022-03-29").toBe(true);

    const [operation, ...otherOperations] = ofType(bundle, "Operation");
    expect(otherOperations).toEqual([]);
    expect(operation).toMatchObject({
      kind: "interception",
      date: "2022-03-29",
      place: { country: "TH", subdivision: "TH-63", locality: "Mae Sot" },
    });
    expect(operation?.rescued?.count).toBe(11);
    expect(operation?.rescued?.persons).toHaveLength(11);
    expect(operation?.arrested?.count).toBe(2);
    expect(operation?.arrested?.persons).toHaveLength(2);

    const lead = ofType(bundle, "Organization").find((o) => o.id === operation?.leadAgency);
    expect(lead).toMatchObject({ agency: "TH-DOPA", organizationType: "CentralGovernmentOrganisation" });

    const persons = new Map(ofType(bundle, "Person").map((p) => [p.id, p]));
    for (const id of operation?.rescued?.persons ?? []) expect(persons.get(id)?.citizenships).toEqual(["TH"]);
    for (const id of operation?.arrested?.persons ?? []) {
      expect(persons.get(id)?.citizenships).not.toContain("TH");
      expect(persons.get(id)?.names).toBeUndefined();
    }

    const [kase] = ofType(bundle, "Case");
    const victims = kase?.parties.filter((p) => p.roles.includes("presumed-victim")) ?? [];
    expect(victims).toHaveLength(11);
    for (const party of victims) {
      expect(party.victim?.exploitationTypes).toContain("ForcedCriminality");
      expect(party.victim?.exploitationPlace?.country).toBe("MM");
    }

    // Every victim consented to case management and referral; every referral cites that consent.
    const consents = ofType(bundle, "Consent");
    for (const party of victims) {
      expect(consents.find((c) => c.person === party.person)?.purposes).toEqual(["case-management", "referral"]);
    }
    const referrals = ofType(bundle, "Referral");
    expect(referrals.length).toBeGreaterThan(0);
    for (const referral of referrals) {
      expect(consents.find((c) => c.id === referral.consent)?.person).toBe(referral.person);
    }

    const [proceeding] = ofType(bundle, "LegalProceeding");
    expect(proceeding?.charges).toEqual([
      { instrument: "TH-ATIPA-2551", section: "s6", against: operation?.arrested?.persons },
    ]);
  });

  it("uses model 1.1: perpetrator links, the border leg, scoped and interview consents", () => {
    const bundle = validate(input).value;
    if (!bundle) throw new Error("the example bundle did not parse");
    expect(bundle.tipx).toBe("1.1");
    const [operation] = ofType(bundle, "Operation");
    const rescued = operation?.rescued?.persons ?? [];
    const suspects = operation?.arrested?.persons ?? [];
    const [kase] = ofType(bundle, "Case");
    const victims = kase?.parties.filter((p) => p.roles.includes("presumed-victim")) ?? [];
    for (const party of victims) {
      expect(party.victim?.perpetrators?.map((link) => link.person)).toEqual(suspects);
      expect(party.victim?.forcedCriminalityTypes).toEqual(["OnlineFraudAndScams"]);
      expect(party.victim?.identification).toMatchObject({
        decision: "pending",
        protectionPeriod: { start: "2022-03-29" },
      });
    }

    const legs = kase?.events?.filter((event) => event.from !== undefined) ?? [];
    expect(legs).toHaveLength(1);
    const [leg] = legs;
    expect(leg).toMatchObject({
      eventType: "Transit",
      date: "2022-03-29",
      transportMode: "road",
      from: { country: "TH", subdivision: "TH-63" },
      to: { country: "MM" },
    });
    expect(leg?.borderCrossing).toBeUndefined(); // intercepted before the crossing
    const on = (role: string): string[] => leg?.participants?.filter((p) => p.role === role).map((p) => p.person) ?? [];
    expect(on("traveller")).toEqual(rescued);
    expect(on("transporter")).toEqual(suspects);

    const organizations = ofType(bundle, "Organization").map((o) => o.id);
    const consents = ofType(bundle, "Consent");
    for (const person of rescued) {
      expect(consents.find((c) => c.person === person)).toMatchObject({ recipients: organizations, countries: ["TH"] });
    }
    for (const person of suspects) {
      expect(consents.filter((c) => c.person === person)).toEqual([
        expect.objectContaining({ kind: "interview", decision: "given", purposes: [], language: "mya" }),
      ]);
    }
  });
});

describe("examples/bundles/invalid-intake.json", () => {
  it("is invalid and shows nine different issue codes", () => {
    const result = validate(read("bundles/invalid-intake.json"));
    expect(result.ok).toBe(false);
    expect(codes(result.issues)).toEqual([
      "TIPX202",
      "TIPX401",
      "TIPX402",
      "TIPX404",
      "TIPX405",
      "TIPX406",
      "TIPX407",
      "TIPX501",
      "TIPX603",
    ]);
    expect(result.issues.map((i) => `${i.code} ${i.severity} ${i.path}`).sort()).toEqual([
      "TIPX202 warning /entities/6/parties/0/victim/methodsOfControl",
      "TIPX401 error /entities/5/id",
      "TIPX402 error /entities/6/parties/3/person",
      "TIPX404 error /entities/6/closedOn",
      "TIPX405 error /entities/3/birthDate",
      "TIPX406 error /entities/2/majorityStatus",
      "TIPX407 error /entities/4/address/subdivision",
      "TIPX501 error /entities/7",
      "TIPX603 warning /entities/2",
      "TIPX603 warning /entities/3",
      "TIPX603 warning /entities/4",
      "TIPX603 warning /entities/5",
      "TIPX603 warning /entities/6",
      "TIPX603 warning /entities/6/parties/0/victim",
      "TIPX603 warning /entities/6/parties/1/victim",
      "TIPX603 warning /entities/6/parties/2/victim",
      "TIPX603 warning /entities/7",
    ]);
    // Among the HTCDS core fields TIPX603 names, the presumed victim at parties/1 lacks types of exploitation.
    const [untyped] = result.issues.filter((i) => i.code === "TIPX603" && i.path === "/entities/6/parties/1/victim");
    expect(untyped?.params["htcds"]).toContain("vic_TypeOfExploitation");
  });
});

describe("examples/build-and-validate.ts", () => {
  it("builds a valid bundle and exits 0", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "--conditions=@tipx/source", "examples/build-and-validate.ts"],
      {
        cwd: REPO,
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/: valid \(6 entities\)/);
  });
});

describe("examples/mae-sot.ndjson", () => {
  it("is what examples/scripts/make-ndjson.ts writes", () => {
    expect(readFileSync(NDJSON_FILE, "utf8")).toBe(makeNdjson());
  });

  it("holds a valid bundle, an invalid bundle and a malformed line", () => {
    const lines = readFileSync(NDJSON_FILE, "utf8").split("\n");
    expect(lines).toHaveLength(4); // three records and the final newline
    expect(validate(JSON.parse(lines[0] ?? "")).ok).toBe(true);
    expect(validate(JSON.parse(lines[1] ?? "")).ok).toBe(false);
    expect(() => JSON.parse(lines[2] ?? "")).toThrow(SyntaxError);
    expect(lines[3]).toBe("");
  });
});
