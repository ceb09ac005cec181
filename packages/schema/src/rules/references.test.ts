import { describe, expect, it } from "vitest";
import { listFields } from "../metadata/list-fields";
import type { Bundle } from "../model/bundle";
import { Bundle as BundleSchema } from "../model/bundle";
import { listReferences } from "./references";

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** A bundle in which every reference field of the model holds a value. */
const everyReference: Bundle = {
  tipx: "1.1",
  id: id(0),
  createdAt: "2022-04-01T00:00:00Z",
  sender: { name: "S", organization: id(1) },
  recipients: [{ name: "R", organization: id(1) }],
  purpose: "case-management",
  entities: [
    { type: "Person", id: id(9), position: { title: "Labour inspector", organization: id(1) } },
    {
      type: "Case",
      id: id(2),
      owner: id(1),
      caseWorker: { person: id(3), organization: id(1) },
      relatedCases: [id(2)],
      parties: [
        {
          person: id(3),
          roles: ["victim"],
          victim: { identification: { organization: id(1) }, perpetrators: [{ person: id(3) }] },
        },
      ],
      events: [{ eventType: "Transit", persons: [id(3)], participants: [{ person: id(3), role: "traveller" }] }],
      comments: [{ text: "c", author: id(1) }],
      supportPlans: [{ planType: "Health", person: id(3) }],
    },
    {
      type: "Operation",
      id: id(4),
      kind: "raid",
      date: "2022",
      leadAgency: id(1),
      otherAgencies: [id(1)],
      rescued: { persons: [id(3)] },
      arrested: { persons: [id(3)] },
      cases: [id(2)],
    },
    {
      type: "Referral",
      id: id(5),
      from: id(1),
      to: id(1),
      person: id(3),
      case: id(2),
      consent: id(6),
      status: "proposed",
    },
    {
      type: "Consent",
      id: id(6),
      person: id(3),
      guardian: id(3),
      recordedBy: id(1),
      recipients: [id(1)],
      purposes: ["referral"],
      givenOn: "2022",
    },
    { type: "Assessment", id: id(7), instrument: "x", subject: id(3), case: id(2), assessor: id(1), answers: [] },
    {
      type: "LegalProceeding",
      id: id(8),
      case: id(2),
      jurisdiction: { country: "TH" },
      charges: [{ instrument: "x", against: [id(3)] }],
    },
  ],
};

const normalize = (path: readonly (string | number)[]): string =>
  path
    .map((s) => (typeof s === "number" ? "[]" : `.${s}`))
    .join("")
    .replace(/^\./, "")
    .replace(/\.\[\]/g, "[]");

describe("reference fields", () => {
  it("are the fields the registry marks with `references`, each with the same target", () => {
    expect(BundleSchema.safeParse(everyReference).success).toBe(true);
    const visited = new Map(listReferences(everyReference).map((r) => [normalize(r.path), r.target]));
    const registered = new Map<string, string>();
    for (const field of listFields(BundleSchema)) {
      const targets = field.meta?.references;
      if (targets) registered.set(field.path, targets.join("|"));
    }
    // a list of ids is registered as the list field ("cases"), visited item by item ("cases[]")
    const visitedShapes = new Map([...visited].map(([path, target]) => [path.replace(/\[\]$/, ""), target]));
    expect(new Set(visitedShapes.keys())).toEqual(new Set(registered.keys()));
    for (const [path, target] of visitedShapes) expect([path, registered.get(path)]).toEqual([path, target]);
  });
});
