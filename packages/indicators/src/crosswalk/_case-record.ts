import type { Bundle, Case, CaseParty, Person, TraffickingEvent } from "@tipx/schema";

/** A person of a bundle in one case: where each is, for the evidence's JSON pointers. */
export interface _PersonInCase {
  readonly personIndex: number;
  readonly person: Person;
  readonly caseIndex: number;
  readonly case: Case;
  readonly partyIndex: number;
  readonly party: CaseParty;
}

/**
 * Whether a case party is a victim or a presumed victim: by role, or by a victim context whose trafficking
 * status says a possible or actual victim. A suspect only is not.
 */
export function _isVictimParty(party: CaseParty): boolean {
  if (party.roles.includes("victim") || party.roles.includes("presumed-victim")) return true;
  const status = party.victim?.traffickingStatus;
  return status === "PossibleVictimOfTrafficking" || status === "ActualVictimOfTrafficking";
}

/**
 * Whether an event of a case concerns a person: its participants or its persons name them, or it names
 * no one (HTCDS: an event without persons concerns all the victims of the case).
 */
export function _eventConcerns(event: TraffickingEvent, personId: string): boolean {
  if (event.participants?.some((participant) => participant.person === personId)) return true;
  if (event.persons?.includes(personId)) return true;
  return event.participants === undefined && event.persons === undefined;
}

/**
 * Finds a person and the case to read for them: the case given, or else the first case in which they are
 * a victim or presumed victim, or else the first case they are a party of.
 *
 * @throws {TypeError} For an unknown person id, a person in no case, or a case that is not theirs.
 */
export function _locate(bundle: Bundle, personId: string, caseId: string | undefined, caller: string): _PersonInCase {
  const personIndex = bundle.entities.findIndex((entity) => entity.type === "Person" && entity.id === personId);
  const person = bundle.entities[personIndex];
  if (person?.type !== "Person")
    throw new TypeError(`${caller}: the bundle has no Person with id ${JSON.stringify(personId)}.`);
  const found: _PersonInCase[] = [];
  bundle.entities.forEach((entity, caseIndex) => {
    if (entity.type !== "Case" || (caseId !== undefined && entity.id !== caseId)) return;
    const partyIndex = entity.parties.findIndex((party) => party.person === personId);
    const party = entity.parties[partyIndex];
    if (party) found.push({ personIndex, person, caseIndex, case: entity, partyIndex, party });
  });
  const chosen = found.find((entry) => _isVictimParty(entry.party)) ?? found[0];
  if (!chosen)
    throw new TypeError(
      caseId === undefined
        ? `${caller}: the Person ${JSON.stringify(personId)} is a party of no Case of the bundle.`
        : `${caller}: the Person ${JSON.stringify(personId)} is not a party of a Case ${JSON.stringify(caseId)} of the bundle.`,
    );
  return chosen;
}
