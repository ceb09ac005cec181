import type { Bundle } from "@tipx/schema";
import { _reporter } from "../report/_reporter";
import type { Conversion } from "../report/index";
import { _ID_COLUMNS, type _Target } from "./_column-map";
import { _leaves } from "./_not-carried";
import { type _Indexed, _ownerOf, _ROW_COLUMNS, _writeLinks } from "./_write-links";
import { type _RowSources, _writeRow } from "./_write-row";
import type { HtcdsRow } from "./columns";
import type { ToHtcdsOptions } from "./options";

type Json = Record<string, unknown>;

const VICTIM_ROLES: ReadonlySet<string> = new Set(["victim", "presumed-victim"]);

const asJson = (value: unknown): Json | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : undefined;

const firstOf = (value: unknown): Json | undefined => (Array.isArray(value) ? asJson(value[0]) : undefined);

const ORDER: readonly string[] = [_ID_COLUMNS.case, _ID_COLUMNS.person, ..._ROW_COLUMNS];

/** The cells of a row in the order of its columns. */
function ordered(cells: Record<string, string>): HtcdsRow {
  const row: Record<string, string> = {};
  for (const column of ORDER) {
    const cell = cells[column];
    if (cell !== undefined) row[column] = cell;
  }
  return row;
}

/**
 * Writes a bundle as HTCDS 2.0 rows: one row per victim (or presumed victim) party of each Case, with
 * the person's `prs_` fields, the party's `vic_` (and, for a victim who is also a suspect, `per_`)
 * fields, the case's `cas_` fields and its first event (`hte_`), support plan (`spl_`) and comment
 * (`cco_`), the case's first incoming and first outgoing Referral of the person (incoming: to the case
 * owner, which is the case's `owner`, its case worker's organisation or the bundle's sender; outgoing:
 * from it) with the other organisation by name, and the person's first given consent to the use of
 * data as `con_Consent` (its purposes and what the person was told). Names are the exact 2.0 field names, multi-selects are joined with `;`, languages are
 * ISO 639-2 codes, and ISIC sections are written as the standard's picklist codes
 * (`A_AgricultureForestryAndFishing`). Every value of the bundle that no row holds is reported once,
 * with its field and JSON Pointer (TIPX705), so the report lists exactly what HTCDS does not carry.
 * The report's rows are the bundle's entities: converted when a row holds some of them, else skipped
 * (an organisation, a suspect who is no victim). Entity types, ids and party references are structure,
 * not values, and are neither counted nor reported.
 *
 * @param bundle - A tipx bundle (1.0 or 1.1).
 * @param options - `ids: true` adds `cas_Id` and `prs_Id`; the report's language.
 * @returns The rows and the report.
 *
 * @example
 * ```ts
 * import { toHtcdsRows } from "@tipx/convert";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundle: Bundle;
 * const { value: rows, report } = toHtcdsRows(bundle);
 * rows[0]?.["prs_Citizenship"]; // "TH"
 * report.issues.filter((i) => i.code === "TIPX705").map((i) => i.path); // what HTCDS does not carry
 * ```
 */
export function toHtcdsRows(bundle: Bundle, options: ToHtcdsOptions = {}): Conversion<HtcdsRow[]> {
  const reporter = _reporter("tipx", "htcds-2.0", options);
  const entities = bundle.entities as readonly unknown[] as readonly Json[];
  const indexById = new Map<string, number>();
  entities.forEach((entity, index) => {
    if (typeof entity["id"] === "string") indexById.set(entity["id"], index);
  });
  const byId = new Map<string, _Indexed>();
  const referrals: _Indexed[] = [];
  const consents: _Indexed[] = [];
  entities.forEach((entity, index) => {
    if (typeof entity["id"] === "string") byId.set(entity["id"], { entity, index });
    if (entity["type"] === "Referral") referrals.push({ entity, index });
    if (entity["type"] === "Consent") consents.push({ entity, index });
  });
  const senderOrganization = (bundle.sender as { organization?: string }).organization;
  const used = new Set<string>();
  const contributed = new Set<number>();
  const rows: HtcdsRow[] = [];
  entities.forEach((entity, caseIndex) => {
    if (entity["type"] !== "Case" || !Array.isArray(entity["parties"])) return;
    const casePointer = `/entities/${caseIndex}`;
    (entity["parties"] as Json[]).forEach((party, partyIndex) => {
      const roles = Array.isArray(party["roles"]) ? (party["roles"] as string[]) : [];
      if (!roles.some((role) => VICTIM_ROLES.has(role))) return;
      const personIndex = typeof party["person"] === "string" ? indexById.get(party["person"]) : undefined;
      const person = personIndex === undefined ? undefined : entities[personIndex];
      const partyPointer = `${casePointer}/parties/${partyIndex}`;
      const sources: _RowSources = {
        person: { record: person?.["type"] === "Person" ? person : undefined, pointer: `/entities/${personIndex}` },
        victim: { record: asJson(party["victim"]), pointer: `${partyPointer}/victim` },
        perpetrator: { record: asJson(party["perpetrator"]), pointer: `${partyPointer}/perpetrator` },
        case: { record: entity, pointer: casePointer },
        event: { record: firstOf(entity["events"]), pointer: `${casePointer}/events/0` },
        plan: { record: firstOf(entity["supportPlans"]), pointer: `${casePointer}/supportPlans/0` },
        comment: { record: firstOf(entity["comments"]), pointer: `${casePointer}/comments/0` },
      } satisfies { readonly [T in _Target]: unknown };
      const ids =
        options.ids === true && typeof party["person"] === "string"
          ? { case: String(entity["id"]), person: party["person"] }
          : undefined;
      const use = (pointer: string) => used.add(pointer);
      const cells = { ..._writeRow(sources, ids, use) };
      if (typeof party["person"] === "string") {
        const links = _writeLinks(
          {
            byId,
            referrals,
            consents,
            owner: _ownerOf(entity, senderOrganization),
            caseId: String(entity["id"]),
            personId: party["person"],
          },
          use,
        );
        Object.assign(cells, links);
      }
      rows.push(ordered(cells));
      contributed.add(caseIndex);
      if (personIndex !== undefined) contributed.add(personIndex);
    });
  });
  for (const leaf of _leaves(bundle as unknown as Json)) {
    if (used.has(leaf.pointer)) reporter.carried();
    else {
      reporter.issue("TIPX705", { field: leaf.field, format: "htcds-2.0" }, { path: leaf.pointer });
      reporter.notCarried();
    }
  }
  entities.forEach((_, index) => {
    reporter.row();
    if (contributed.has(index)) reporter.converted();
    else reporter.skipped();
  });
  return { value: rows, report: reporter.report() };
}
