import { type Bundle, TIPX_VERSION } from "@tipx/schema";
import type { _TargetRecord } from "./_targets";
import type { ColumnMapping } from "./mapping";

type Json = Record<string, unknown>;

/** One row's person and victim context, while its case is being read. */
interface _Member {
  readonly id: string;
  readonly person: Json;
  readonly victim: Json;
}

/** The rows of one case, read so far. */
export interface _Group {
  /** The case number, when the mapping groups rows by one. */
  readonly caseNumber: string | undefined;
  readonly caseRecord: Json;
  readonly members: _Member[];
}

/** What writing a value did: added, already there, or in conflict with a value of an earlier row. */
export type _PutOutcome = "added" | "conflict";

/** Starts a case. */
export function _group(caseNumber: string | undefined): _Group {
  return { caseNumber, caseRecord: {}, members: [] };
}

/** Adds a row's person to a case; its id comes from `newId`. */
export function _addMember(group: _Group, id: string): number {
  group.members.push({ id, person: {}, victim: {} });
  return group.members.length - 1;
}

/** The JSON Pointer, in the bundle, of a field of a record of the case's `member`-th row. */
export function _pointerBase(record: _TargetRecord, member: number): readonly (string | number)[] {
  if (record === "person") return ["entities", member + 1];
  if (record === "victim") return ["entities", 0, "parties", member, "victim"];
  return ["entities", 0];
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Writes a value at `path` in `record`: appended to a list, or set; a subdivision also sets its
 * place's country when the place has none.
 */
export function _put(record: Json, path: readonly string[], value: unknown, multiple: boolean): _PutOutcome {
  let parent = record;
  for (const key of path.slice(0, -1)) {
    const child = parent[key];
    if (typeof child === "object" && child !== null && !Array.isArray(child)) {
      parent = child as Json;
    } else {
      const created: Json = {};
      parent[key] = created;
      parent = created;
    }
  }
  const key = path.at(-1) ?? "";
  if (key === "subdivision" && typeof value === "string" && parent["country"] === undefined) {
    parent["country"] = value.slice(0, 2);
  }
  const existing = parent[key];
  if (multiple) {
    const list: unknown[] = Array.isArray(existing) ? existing : [];
    if (!list.some((item) => sameValue(item, value))) list.push(value);
    parent[key] = list;
    return "added";
  }
  if (existing !== undefined && !sameValue(existing, value)) return "conflict";
  parent[key] = value;
  return "added";
}

/** The envelope and entities of the bundle of one case. */
export function _bundle(
  group: _Group,
  mapping: ColumnMapping,
  ids: { readonly bundle: string; readonly caseId: string },
  createdAt: string,
): Bundle {
  const { sheet, records } = mapping;
  const role = sheet.victimRole ?? "presumed-victim";
  const caseEntity = {
    type: "Case",
    id: ids.caseId,
    ...(records && group.caseNumber !== undefined
      ? { identifiers: [{ system: records.system, value: group.caseNumber }] }
      : {}),
    ...group.caseRecord,
    parties: group.members.map((member) => ({
      person: member.id,
      roles: [role],
      ...(Object.keys(member.victim).length > 0 ? { victim: member.victim } : {}),
    })),
  };
  const persons = group.members.map((member) => ({ type: "Person", id: member.id, ...member.person }));
  // Built from checked parts: the mapping's targets write only fields of the model, with values read
  // and checked against their lists; the tests validate every bundle the examples give.
  return {
    tipx: TIPX_VERSION,
    id: ids.bundle,
    createdAt,
    sender: sheet.sender,
    purpose: sheet.purpose ?? "case-management",
    ...(sheet.profile ? { profile: sheet.profile } : {}),
    entities: [caseEntity, ...persons],
  } as Bundle;
}
