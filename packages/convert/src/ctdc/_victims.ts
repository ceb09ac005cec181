import type { Bundle, Case, CaseParty, Person, VictimContext } from "@tipx/schema";

/** One victim of one case, with the JSON Pointers of the records its values come from. */
export interface _Victim {
  readonly case: Case;
  readonly casePath: string;
  readonly party: CaseParty;
  readonly partyPath: string;
  readonly victim: VictimContext;
  readonly person: Person | undefined;
  readonly personPath: string;
  /** The people of the bundle by id, with their pointers (for the suspects a victim links to). */
  readonly people: ReadonlyMap<string, { readonly person: Person; readonly path: string }>;
}

/** The prefix of the extension keys that keep CTDC values the model has no field for. */
export const _CTDC_EXTENSION = "org.ctdatacollaborative/";

const VICTIM_ROLES: ReadonlySet<string> = new Set(["victim", "presumed-victim"]);

/** Every victim or presumed victim of every case of a bundle, in bundle order. */
export function _victims(bundle: Bundle): _Victim[] {
  const people = new Map<string, { person: Person; path: string }>();
  bundle.entities.forEach((entity, index) => {
    if (entity.type === "Person") people.set(entity.id, { person: entity, path: `/entities/${index}` });
  });
  const out: _Victim[] = [];
  bundle.entities.forEach((entity, index) => {
    if (entity.type !== "Case") return;
    (entity.parties ?? []).forEach((party, p) => {
      if (!party.victim && !party.roles.some((role) => VICTIM_ROLES.has(role))) return;
      const found = people.get(party.person);
      out.push({
        case: entity,
        casePath: `/entities/${index}`,
        party,
        partyPath: `/entities/${index}/parties/${p}`,
        victim: party.victim ?? {},
        person: found?.person,
        personPath: found?.path ?? "",
        people,
      });
    });
  });
  return out;
}
