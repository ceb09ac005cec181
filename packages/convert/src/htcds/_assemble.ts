// Joins the records of HTCDS rows into tipx entities: one Person per row (or per prs_Id), one Case per
// row (or per cas_Id) with the person as a party, the consents, referrals and organisations of the rows
// (`_assemble-links.ts`), and the bundle around them.
import { TIPX_VERSION } from "@tipx/schema";
import type { _Reporter } from "../report/_reporter";
import { type _LinkState, _linker } from "./_assemble-links";
import type { _Needs } from "./_needs";
import type { _RowRecords } from "./_read-row";
import type { FromHtcdsOptions } from "./options";

type Json = Record<string, unknown>;

const DEFAULT_SENDER = { name: "HTCDS import" } as const;

/** Builds entities from rows, one case or person at a time, and the bundle that holds them. */
export interface _Assembler {
  add(records: _RowRecords): void;
  entities(): Json[];
  bundle(entities: readonly Json[]): Json;
}

function newUuid(options: FromHtcdsOptions): string {
  return options.uuid === undefined ? globalThis.crypto.randomUUID() : options.uuid();
}

function roles(victim: Json, perpetrator: Json): string[] {
  const out = [victim["traffickingStatus"] === "ActualVictimOfTrafficking" ? "victim" : "presumed-victim"];
  if (Object.keys(perpetrator).length > 0) out.push("suspect");
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function getPath(record: Json, path: readonly string[]): unknown {
  let node: unknown = record;
  for (const key of path) node = typeof node === "object" && node !== null ? (node as Json)[key] : undefined;
  return node;
}

/** A new state for the entities of one conversion (shared by the bundles of a stream). */
export function _linkState(): _LinkState {
  return { organizations: new Map(), generated: new Set() };
}

/**
 * An assembler reporting to `reporter`; `state` holds the kinds of ids it made (TIPX709, once each) and
 * the organisations it named, across the bundles of a stream.
 */
export function _assembler(
  reporter: _Reporter,
  options: FromHtcdsOptions,
  needs: _Needs,
  state: _LinkState = _linkState(),
): _Assembler {
  const cases = new Map<string, Json>();
  const persons = new Map<string, Json>();
  const order: Json[] = [];
  const generated = state.generated;

  const id = (given: string | undefined, kind: string): string => {
    if (given !== undefined) return given;
    if (!generated.has(kind)) {
      generated.add(kind);
      reporter.issue("TIPX709", { field: kind, change: "generated" }, {});
    }
    return newUuid(options);
  };

  const addPerson = (records: _RowRecords): string => {
    const personId = id(records.personId, "Person");
    const known = persons.get(personId);
    if (known === undefined) {
      const person = { type: "Person", id: personId, ...records.records.person };
      persons.set(personId, person);
      order.push(person);
      return personId;
    }
    for (const [key, value] of Object.entries(records.records.person)) {
      if (known[key] === undefined) known[key] = value;
      else if (!same(known[key], value)) reporter.issue("TIPX711", { field: `Person.${key}` }, { row: records.row });
    }
    return personId;
  };

  const addCaseFields = (target: Json, records: _RowRecords, isNew: boolean): void => {
    for (const [dotted, column] of records.caseColumns) {
      const path = dotted.split(".");
      const value = getPath(records.records.case, path);
      const existing = getPath(target, path);
      if (isNew || existing === undefined) {
        let node = target;
        for (const key of path.slice(0, -1)) {
          if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
          node = node[key] as Json;
        }
        node[path.at(-1) ?? ""] = value;
        reporter.carried();
      } else if (same(existing, value)) reporter.carried();
      else {
        reporter.issue("TIPX711", { field: column }, { row: records.row, column });
        reporter.notCarried();
      }
    }
  };

  const links = _linker(
    reporter,
    options.sender ?? DEFAULT_SENDER,
    options.consentGivenOn,
    state,
    needs,
    (given, kind) => id(given, kind),
    (entity) => order.push(entity),
  );

  const pushUnique = (target: Json, key: string, item: Json): void => {
    if (Object.keys(item).length === 0) return;
    const list = Array.isArray(target[key]) ? (target[key] as Json[]) : [];
    if (!list.some((known) => same(known, item))) list.push(item);
    target[key] = list;
  };

  return {
    add(records) {
      const personId = addPerson(records);
      const { victim, perpetrator, event, plan, comment } = records.records;
      const party: Json = { person: personId, roles: roles(victim, perpetrator) };
      if (Object.keys(victim).length > 0) party["victim"] = victim;
      if (Object.keys(perpetrator).length > 0) party["perpetrator"] = perpetrator;
      const caseId = id(records.caseId, "Case");
      let target = cases.get(caseId);
      const isNew = target === undefined;
      if (target === undefined) {
        target = { type: "Case", id: caseId, parties: [] };
        cases.set(caseId, target);
        order.push(target);
      }
      addCaseFields(target, records, isNew);
      const parties = target["parties"] as Json[];
      if (!parties.some((p) => p["person"] === personId)) parties.push(party);
      pushUnique(target, "events", event);
      pushUnique(target, "supportPlans", plan);
      pushUnique(target, "comments", comment);
      links.add(records, personId, caseId);
    },
    entities() {
      return order;
    },
    bundle(entities) {
      return {
        tipx: TIPX_VERSION,
        id: id(undefined, "Bundle"),
        createdAt: options.createdAt ?? new Date().toISOString(),
        sender: links.sender(),
        purpose: options.purpose ?? "case-management",
        entities: [...entities],
      };
    },
  };
}
