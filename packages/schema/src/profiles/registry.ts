// The registry of profile countries: the one hand-kept list of them. Apart from types it imports only
// the data-only descriptors (`<cc>/country.ts`), so the code lists, the model and the CLI (through the
// light `@tipx/schema/profile-codes` entry) can read it without loading the profiles themselves.

import type { CodeMeta } from "../codelists/codelist";
import type { CountryCode } from "../codelists/countries";
import { argentina } from "./ar/country";
import { liberia } from "./lr/country";
import { paraguay } from "./py/country";
import { thailand } from "./th/country";

/**
 * What the layers below the profiles (the code lists, the model, the CLI) need to know about a profile
 * country, as plain data: its code and the identity documents it issues. Each country states it in
 * `profiles/<cc>/country.ts`, which imports nothing, so that this registry and every list derived from it
 * stay light.
 */
export interface CountryDescriptor {
  /** The profile code: the country's ISO 3166-1 alpha-2 code. */
  readonly code: CountryCode;
  /**
   * The country's own identity documents whose numbers its profile checks, keyed by kind
   * (`<code>-<ABBREVIATION>`, as `IdentityDocument.kind` spells it), with the label and definition the
   * identity document code list shows. The country's `identifiers.ts` gives a spec for each.
   */
  readonly identityDocuments: { readonly [kind: `${string}-${string}`]: CodeMeta };
}

/**
 * The profile countries, one descriptor each, in profile order. Adding a country is a folder
 * `profiles/<cc>/` and one entry here (and the line in `profile-data.ts` the compiler then asks for):
 * the profile codes, the identity document kinds, the CLI's `--profile` choices, the JSON Schema
 * overlays and every table keyed by country derive from it.
 *
 * @example
 * ```ts
 * import { PROFILE_COUNTRIES } from "@tipx/schema/profile-codes";
 * PROFILE_COUNTRIES.map((country) => Object.keys(country.identityDocuments)); // [["TH-PIN"], ["LR-NIN"], ...]
 * ```
 */
export const PROFILE_COUNTRIES = [
  thailand,
  liberia,
  paraguay,
  argentina,
] as const satisfies readonly CountryDescriptor[];

/** The codes of the descriptors, as a tuple in their order. */
/* @__NO_SIDE_EFFECTS__ */
function _codesOf<const T extends readonly CountryDescriptor[]>(
  countries: T,
): { readonly [I in keyof T]: T[I]["code"] } {
  return countries.map((country) => country.code) as unknown as { readonly [I in keyof T]: T[I]["code"] };
}

/** The kinds a descriptor lists, as a union (distributes over a union of descriptors). */
type _KindsOf<D> = D extends CountryDescriptor ? keyof D["identityDocuments"] & string : never;

/* @__NO_SIDE_EFFECTS__ */
function _documentKindsOf<const T extends readonly CountryDescriptor[]>(countries: T): readonly _KindsOf<T[number]>[] {
  return countries.flatMap((country) => Object.keys(country.identityDocuments) as _KindsOf<T[number]>[]);
}

/**
 * The countries tipx has a profile for: Thailand, Liberia, Paraguay and Argentina.
 *
 * @example
 * ```ts
 * import { PROFILE_CODES } from "@tipx/schema";
 * PROFILE_CODES.includes("PY"); // true
 * ```
 */
export const PROFILE_CODES = /* @__PURE__ */ _codesOf(PROFILE_COUNTRIES);

/** A country profile code (the country's ISO 3166-1 alpha-2 code): `"TH"`, `"LR"`, `"PY"` or `"AR"`. */
export type ProfileCode = (typeof PROFILE_CODES)[number];

/**
 * The identity document kinds the profile countries issue, each country's in the order its descriptor
 * lists them. `IDENTITY_DOCUMENT_KINDS` and `IDENTIFIER_KINDS` start with these.
 *
 * @example
 * ```ts
 * import { PROFILE_DOCUMENT_KINDS } from "@tipx/schema/profile-codes";
 * PROFILE_DOCUMENT_KINDS.includes("PY-RUC"); // true
 * ```
 */
export const PROFILE_DOCUMENT_KINDS = /* @__PURE__ */ _documentKindsOf(PROFILE_COUNTRIES);

/** An identity document kind a profile country issues, such as `"TH-PIN"` or `"AR-CUIT"`. */
export type ProfileDocumentKind = (typeof PROFILE_DOCUMENT_KINDS)[number];

/** The metadata of every kind the profile countries list, keyed by kind. */
/* @__NO_SIDE_EFFECTS__ */
function _documents(): { readonly [K in ProfileDocumentKind]: CodeMeta } {
  const documents: Partial<Record<ProfileDocumentKind, CodeMeta>> = {};
  for (const country of PROFILE_COUNTRIES) Object.assign(documents, country.identityDocuments);
  return documents as { readonly [K in ProfileDocumentKind]: CodeMeta };
}

/**
 * The label and definition of each identity document kind a profile country issues, keyed by kind:
 * the identity document code list's metadata for these kinds.
 *
 * @example
 * ```ts
 * import { PROFILE_DOCUMENTS } from "@tipx/schema/profile-codes";
 * PROFILE_DOCUMENTS["AR-DNI"].definition; // "Argentina's Documento Nacional de Identidad, ..."
 * ```
 */
export const PROFILE_DOCUMENTS = /* @__PURE__ */ _documents();
