import { TIPX_VERSION } from "../model/bundle";
import { AGENCIES } from "./agencies/agencies";
import { IDENTIFIER_SPECS } from "./identifiers/specs";
import { LEGAL_INSTRUMENTS } from "./law/instruments";
import { PROFILE_CODES, type ProfileCode } from "./profile-code";
import { SUBDIVISIONS } from "./subdivisions/subdivisions";

/** A JSON Schema (draft 2020-12) as a plain object. */
export type JsonSchemaObject = { readonly [keyword: string]: unknown };

const GENERATOR = "packages/schema/scripts/generate/json-schema.ts";

/** `{ if: <value has property = constant>, then }`. */
function _when(property: string, constant: string, then: JsonSchemaObject): JsonSchemaObject {
  return { if: { properties: { [property]: { const: constant } }, required: [property] }, then };
}

function _codesOf(lists: readonly { readonly codes: readonly string[] }[]): string[] {
  return lists.flatMap((list) => [...list.codes]);
}

/**
 * Builds the JSON Schema overlay of a country profile: the part of the profile's rules JSON Schema
 * can express, to be applied together with the base bundle schema (a payload must satisfy both).
 *
 * It holds, for the profile's country: the subdivision enum for every place whose subdivision has the
 * country's prefix (TIPX310); the written-form pattern of each identity number kind whose format is
 * verified (TIPX301, TIPX303; check digits cannot be expressed); the agency enum (TIPX340); and the
 * instruments a charge may cite by jurisdiction (TIPX330). Warnings and check digits are left to
 * `validate()`: JSON Schema has no warnings, so kinds whose format is unverified (PY-CI, LR-NIN,
 * passports) get no pattern here.
 *
 * @param code - The profile country.
 * @returns A draft 2020-12 schema with `$id` `https://tipx.dev/schema/1.1/profiles/<code>.json` (the model version).
 * @example
 * ```ts
 * import { profileJsonSchemaOverlay } from "@tipx/schema";
 * profileJsonSchemaOverlay("TH").$id; // "https://tipx.dev/schema/1.1/profiles/th.json"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function profileJsonSchemaOverlay(code: ProfileCode): JsonSchemaObject {
  const lower = code.toLowerCase();
  const others = PROFILE_CODES.filter((other) => other !== code);
  const ownInstruments = [...LEGAL_INSTRUMENTS[code].codes];
  const otherInstruments = _codesOf(others.map((other) => LEGAL_INSTRUMENTS[other]));
  const place = { $ref: "#/$defs/place" };
  const documentRules = Object.values(IDENTIFIER_SPECS)
    .filter((spec) => spec.country === code && spec.verified)
    .map((spec) =>
      _when("kind", spec.kind, { properties: { number: { type: "string", pattern: spec.inputPattern } } }),
    );

  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://tipx.dev/schema/${TIPX_VERSION}/profiles/${lower}.json`,
    title: `tipx ${TIPX_VERSION} country profile ${code}: JSON Schema overlay`,
    description:
      `Validate a bundle against the base schema (bundle.json) and this overlay. It carries the ${code} profile ` +
      "rules that JSON Schema can express (subdivision codes, identity number formats, agency codes, the law a " +
      "charge cites); check digits and warnings need validate() with the profile.",
    type: "object",
    properties: { entities: { type: "array", items: { $ref: "#/$defs/entity" } } },
    $defs: {
      subdivision: { enum: [...SUBDIVISIONS[code].codes] },
      place: {
        type: "object",
        properties: {
          subdivision: { if: { type: "string", pattern: `^${code}-` }, then: { $ref: "#/$defs/subdivision" } },
        },
      },
      // JSON Schema refuses an empty allOf: Liberia has no kind with a verified format.
      identityDocument: documentRules.length > 0 ? { type: "object", allOf: documentRules } : { type: "object" },
      agency: {
        type: "object",
        allOf: [
          {
            properties: {
              agency: { if: { type: "string", pattern: `^${code}-` }, then: { enum: [...AGENCIES[code].codes] } },
            },
          },
          _when("country", code, {
            properties: { agency: { enum: _codesOf(PROFILE_CODES.map((profile) => AGENCIES[profile])) } },
          }),
        ],
      },
      legalProceeding: {
        type: "object",
        if: {
          properties: { jurisdiction: { properties: { country: { const: code } }, required: ["country"] } },
          required: ["jurisdiction"],
        },
        then: {
          properties: { charges: { items: { properties: { instrument: { not: { enum: otherInstruments } } } } } },
        },
        else: { properties: { charges: { items: { properties: { instrument: { not: { enum: ownInstruments } } } } } } },
      },
      entity: {
        allOf: [
          _when("type", "Person", {
            properties: { address: place, identityDocuments: { items: { $ref: "#/$defs/identityDocument" } } },
          }),
          _when("type", "Organization", { properties: { address: place }, $ref: "#/$defs/agency" }),
          _when("type", "Operation", { properties: { place } }),
          _when("type", "Case", {
            properties: {
              jurisdiction: place,
              events: { items: { properties: { place } } },
              parties: {
                items: {
                  properties: { victim: { properties: { recruitmentPlace: place, exploitationPlace: place } } },
                },
              },
            },
          }),
          _when("type", "LegalProceeding", { properties: { jurisdiction: place }, $ref: "#/$defs/legalProceeding" }),
        ],
      },
    },
  };
}

/**
 * The overlay files of every profile (`profiles/th.json`, `profiles/lr.json`, ...) with the banner naming
 * their generator; `generateJsonSchemas()` lists them after the base files.
 */
export function _profileOverlayFiles(): { readonly fileName: string; readonly schema: Record<string, unknown> }[] {
  return PROFILE_CODES.map((code) => {
    const { $schema, $id, ...rest } = profileJsonSchemaOverlay(code);
    const schema = {
      $schema,
      $id,
      $comment: `Generated by ${GENERATOR} from the ${code} country profile of @tipx/schema (packages/schema/src/profiles). Do not edit by hand.`,
      ...rest,
    };
    return { fileName: `profiles/${code.toLowerCase()}.json`, schema };
  });
}
