import { type Bundle, IDENTIFIER_SPECS, isIdentifierKind, listReferences, type PathSegment } from "@tipx/schema";
import { _LABELS, _Pseudonyms } from "./_pseudonyms";
import { _hmacKey, type PseudonymKey } from "./key";

/**
 * Options of `pseudonymize`.
 *
 * @example
 * ```ts
 * import { generatePseudonymKey, type PseudonymizeOptions } from "@tipx/privacy";
 * const options: PseudonymizeOptions = { key: generatePseudonymKey() };
 * ```
 */
export interface PseudonymizeOptions {
  /** The key: an HMAC SHA-256 `CryptoKey`, or at least 32 raw bytes. It is never logged nor returned. */
  readonly key: PseudonymKey;
}

/**
 * What `pseudonymize` replaced, as counts (never values).
 *
 * @example
 * ```ts
 * import type { PseudonymizeReport } from "@tipx/privacy";
 * const report: PseudonymizeReport = { ids: 3, identifiers: 1, documents: 2 };
 * ```
 */
export interface PseudonymizeReport {
  /** The entity ids replaced, one per entity (the references that follow them are not counted). */
  readonly ids: number;
  /** The local identifier values (`identifiers[].value`) replaced. */
  readonly identifiers: number;
  /** The identity document numbers replaced. */
  readonly documents: number;
}

/**
 * The result of `pseudonymize`: the pseudonymised copy of the bundle and what was replaced.
 *
 * @example
 * ```ts
 * import type { PseudonymizeResult } from "@tipx/privacy";
 * const count = (result: PseudonymizeResult): number => result.report.ids;
 * ```
 */
export interface PseudonymizeResult {
  /** The pseudonymised copy; the input bundle is left as it was. */
  readonly bundle: Bundle;
  /** How many values of each kind were replaced. */
  readonly report: PseudonymizeReport;
}

type Writable = Record<PathSegment, unknown>;

function isContainer(value: unknown): value is Writable {
  return typeof value === "object" && value !== null;
}

/** Replaces the string at `path` in `root` (a fresh copy, so writing into it is safe). */
function replaceAt(
  root: unknown,
  path: readonly PathSegment[],
  replace: (value: string) => Promise<string>,
  tasks: Promise<void>[],
): void {
  let parent: unknown = root;
  for (let i = 0; i < path.length - 1; i++) {
    const segment = path[i];
    if (segment === undefined || !isContainer(parent)) return;
    parent = parent[segment];
  }
  const last = path[path.length - 1];
  if (last === undefined || !isContainer(parent)) return;
  const value = parent[last];
  if (typeof value !== "string") return;
  const holder = parent;
  tasks.push(
    replace(value).then((pseudonym) => {
      holder[last] = pseudonym;
    }),
  );
}

/**
 * Replaces a bundle's identifying keys with keyed HMAC-SHA-256 pseudonyms, computed with WebCrypto so
 * the same code runs in browsers and Node: entity ids and every reference to them (including the
 * envelope's sender and recipient organisations), each holder's local `identifiers[].value` (keeping
 * `system`), and identity document numbers (keeping `kind`, `issuingCountry` and `expiresOn`). Under
 * one key the same value always gets the same pseudonym, in every bundle, so partners who share the
 * key can link records without exchanging identities; without the key a pseudonym can be neither
 * reversed nor recomputed from a guessed value.
 *
 * - Entity ids stay UUIDs: the first 16 bytes of the HMAC with the version 4 and RFC 4122 variant bits
 *   set. They look like random version 4 UUIDs but are keyed, not random. The bundle's own `id` is
 *   replaced the same way (under its own label), so the copy is not mistaken for the original.
 * - Local identifiers and document numbers become 32 lower-case hex characters (128 bits of the HMAC).
 *   A document number of a kind the profiles know is normalised first (`normalizeIdentifier`), so
 *   `1-1120-34563-56-2` and `1112034563562` get the same pseudonym.
 * - Each kind of value has its own HMAC label ("tipx/entity-id", "tipx/identifier:<system>",
 *   "tipx/document:<kind>:<country>"), so an equal string of two kinds gets two unrelated pseudonyms.
 * - Names, phones, addresses, staff ids, free text and other direct identifiers are not touched:
 *   remove or generalise them with `redact` before sharing.
 * - A `signature` is dropped: it signed the original content, which the copy no longer has.
 *
 * Each pseudonymised document is marked `pseudonymous: true` (model 1.1), so country profiles do not
 * check its number as a printed one (a pseudonym is not a valid Thai PIN, and tipx does not fake one
 * that would look like a real person's number). The copy validates with `@tipx/schema`'s `validate` with
 * the same issues as the input.
 *
 * @param bundle - The bundle; it is not changed.
 * @param options - `key`: the pseudonym key (a `CryptoKey` or at least 32 raw bytes).
 * @returns The pseudonymised copy and the counts of what was replaced.
 * @throws TypeError when the key is not an HMAC SHA-256 `CryptoKey` or is fewer than 32 bytes, or when
 * the environment has no WebCrypto.
 * @example
 * ```ts
 * import { generatePseudonymKey, pseudonymize } from "@tipx/privacy";
 * import type { Bundle } from "@tipx/schema";
 * const bundle: Bundle = {
 *   tipx: "1.0",
 *   id: "c0ffee00-1234-4abc-8def-0123456789ab",
 *   createdAt: "2022-04-01T09:00:00Z",
 *   sender: { name: "X" },
 *   purpose: "statistics",
 *   entities: [{ type: "Organization", id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01", name: "Shelter" }],
 * };
 * const { bundle: shared, report } = await pseudonymize(bundle, { key: generatePseudonymKey() });
 * report; // { ids: 1, identifiers: 0, documents: 0 }
 * shared.entities[0]?.id === bundle.entities[0]?.id; // false
 * ```
 */
export async function pseudonymize(bundle: Bundle, options: PseudonymizeOptions): Promise<PseudonymizeResult> {
  const pseudonyms = new _Pseudonyms(await _hmacKey(options.key));
  const { signature: _signature, ...rest } = structuredClone(bundle);
  const copy: Bundle = rest;
  const tasks: Promise<void>[] = [];
  const entityId = (value: string) => pseudonyms.uuid(_LABELS.entityId(), value);
  let ids = 0;
  let identifiers = 0;
  let documents = 0;

  replaceAt(copy, ["id"], (value) => pseudonyms.uuid(_LABELS.bundleId(), value), tasks);
  for (const { path } of listReferences(bundle)) replaceAt(copy, path, entityId, tasks);
  copy.entities.forEach((entity, n) => {
    ids += 1;
    replaceAt(copy, ["entities", n, "id"], entityId, tasks);
    entity.identifiers?.forEach((identifier, i) => {
      identifiers += 1;
      const label = _LABELS.identifier(identifier.system);
      replaceAt(copy, ["entities", n, "identifiers", i, "value"], (value) => pseudonyms.text(label, value), tasks);
    });
    if (entity.type !== "Person") return;
    entity.identityDocuments?.forEach((document, i) => {
      documents += 1;
      const known = isIdentifierKind(document.kind) ? IDENTIFIER_SPECS[document.kind] : undefined;
      // A national kind implies its country, so a missing issuingCountry does not change the pseudonym.
      const country = document.issuingCountry ?? known?.country ?? undefined;
      const label = _LABELS.document(document.kind, country);
      const path = ["entities", n, "identityDocuments", i, "number"];
      replaceAt(copy, path, (value) => pseudonyms.text(label, known ? known.normalize(value) : value), tasks);
      // Marked, so that country profiles do not check the pseudonym as a printed number.
      const written = (copy["entities"] as Writable[])[n]?.["identityDocuments"] as Writable[] | undefined;
      const target = written?.[i];
      if (target) target["pseudonymous"] = true;
    });
  });
  await Promise.all(tasks);
  return { bundle: copy, report: { ids, identifiers, documents } };
}
