// Writes the referral and consent cells of a victim's row: the case's first incoming and first outgoing
// referral of the person (incoming: to the case owner; outgoing: from it), the organisation on the other
// side by name, and the person's consent to the use of their data as the consent checkbox. Records the
// JSON Pointer of every value it wrote, as `_write-row.ts` does.
import { _MULTI_SEPARATOR } from "./_cells";
import { _COLUMN_SPECS } from "./_column-map";
import { _CONSENT_COLUMN, _ORGANIZATION_KEY, _REFERRAL_COLUMNS, _REFERRAL_SIDES, type _ReferralSide } from "./_links";

type Json = Record<string, unknown>;

/** An entity of the bundle with its index. */
export interface _Indexed {
  readonly entity: Json;
  readonly index: number;
}

/** What the cells of one row are written from. */
export interface _LinkSources {
  /** The bundle's entities by id. */
  readonly byId: ReadonlyMap<string, _Indexed>;
  /** The bundle's referrals and consents. */
  readonly referrals: readonly _Indexed[];
  readonly consents: readonly _Indexed[];
  /** The case owner's Organization id: the case's owner, its case worker's organisation, or the sender's. */
  readonly owner: string | undefined;
  readonly caseId: string;
  readonly personId: string;
}

/** The columns of a row, in the order they are written: the referral details after the case's fields. */
export const _ROW_COLUMNS: readonly string[] = _COLUMN_SPECS
  .flatMap((spec) =>
    spec.column === "cas_CaseOwner" ? [spec.column, ..._REFERRAL_COLUMNS.map((c) => c.column)] : [spec.column],
  )
  .concat(_CONSENT_COLUMN);

/** The case owner of a case: its `owner`, its case worker's organisation, or the bundle's sender's. */
export function _ownerOf(kase: Json, senderOrganization: string | undefined): string | undefined {
  const worker = kase["caseWorker"];
  const workerOrganization =
    typeof worker === "object" && worker !== null ? (worker as Json)["organization"] : undefined;
  for (const candidate of [kase["owner"], workerOrganization, senderOrganization]) {
    if (typeof candidate === "string") return candidate;
  }
  return undefined;
}

/** The person's consent the checkbox holds: the first given (not withdrawn) consent to the use of data. */
function consentOf(sources: _LinkSources): _Indexed | undefined {
  return sources.consents.find(
    ({ entity }) =>
      entity["person"] === sources.personId &&
      entity["decision"] !== "refused" &&
      entity["kind"] !== "interview" &&
      entity["withdrawnOn"] === undefined,
  );
}

function referralOf(sources: _LinkSources, side: _ReferralSide): _Indexed | undefined {
  const owner = sources.owner;
  if (owner === undefined) return undefined;
  return sources.referrals.find(({ entity }) => {
    if (entity["person"] !== sources.personId) return false;
    if (entity["case"] !== undefined && entity["case"] !== sources.caseId) return false;
    return side === "incoming"
      ? entity["to"] === owner && entity["from"] !== owner
      : entity["from"] === owner && entity["to"] !== owner;
  });
}

function cellOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(String).join(_MULTI_SEPARATOR);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The referral and consent cells of one row; `used` receives the pointer of each value written. */
export function _writeLinks(sources: _LinkSources, used: (pointer: string) => void): Record<string, string> {
  const row: Record<string, string> = {};
  const consent = consentOf(sources);
  let consentId: unknown;
  if (consent !== undefined) {
    const pointer = `/entities/${consent.index}`;
    const purposes = Array.isArray(consent.entity["purposes"]) ? (consent.entity["purposes"] as unknown[]) : [];
    const informed = Array.isArray(consent.entity["informedOf"]) ? (consent.entity["informedOf"] as unknown[]) : [];
    const cell = cellOf([...purposes, ...informed]);
    if (cell !== undefined) {
      row[_CONSENT_COLUMN] = cell;
      consentId = consent.entity["id"];
      used(`${pointer}/person`);
      if (purposes.length > 0) used(`${pointer}/purposes`);
      if (informed.length > 0) used(`${pointer}/informedOf`);
    }
  }
  for (const side of _REFERRAL_SIDES) {
    const referral = referralOf(sources, side);
    if (referral === undefined) continue;
    const key = _ORGANIZATION_KEY[side];
    const other = sources.byId.get(String(referral.entity[key]));
    const name = other?.entity["type"] === "Organization" ? other.entity["name"] : undefined;
    if (other === undefined || typeof name !== "string") continue;
    const pointer = `/entities/${referral.index}`;
    // The owner's side is the row's own organisation; the person and the case are the row's.
    used(`${pointer}/${key === "from" ? "to" : "from"}`);
    used(`${pointer}/person`);
    if (referral.entity["case"] !== undefined) used(`${pointer}/case`);
    if (consentId !== undefined && referral.entity["consent"] === consentId) used(`${pointer}/consent`);
    for (const spec of _REFERRAL_COLUMNS) {
      if (spec.side !== side) continue;
      if (spec.read.kind === "organization") {
        row[spec.column] = name;
        used(`${pointer}/${key}`);
        used(`/entities/${other.index}/name`);
        continue;
      }
      let value: unknown = referral.entity;
      for (const step of spec.path)
        value = typeof value === "object" && value !== null ? (value as Json)[step] : undefined;
      const cell = cellOf(value);
      if (cell === undefined) continue;
      row[spec.column] = cell;
      used(`${pointer}/${spec.path.join("/")}`);
    }
  }
  return row;
}
