import { ISO639_1_TO_3, type Iso6391Code, type Iso6393Code, LANGUAGE_CODES, LANGUAGE_DETAILS } from "./languages";

/**
 * The scope of a language code: ISO 639-3's `individual`, `macrolanguage` (such as `"grn"`, Guarani,
 * which covers `"gug"`, Paraguayan Guaraní) and `special` (`mis`, `mul`, `und`, `zxx`), or `collective`
 * for an ISO 639-2 code of a collection of languages (such as `"kar"`, Karen languages).
 */
export type LanguageScope = "individual" | "macrolanguage" | "special" | "collective";

/** The ISO 639-3 type of a language: in use today, or not (extinct, historical, ancient), or made up. */
export type LanguageType = "living" | "extinct" | "historical" | "ancient" | "constructed" | "special";

/** What ISO 639 says about one language code. */
export interface LanguageDetails {
  /** The code, as tipx writes it: ISO 639-3, or ISO 639-2 for a collective. */
  readonly code: Iso6393Code;
  /** The scope. */
  readonly scope: LanguageScope;
  /** The ISO 639-3 type; absent for a collective code, which ISO 639-3 does not have. */
  readonly type?: LanguageType;
  /** The ISO 639-1 two-letter code, when the language has one. */
  readonly alpha2?: Iso6391Code;
  /** The ISO 639-2/T (terminology) code, when the language is in ISO 639-2: the code itself. */
  readonly terminologic?: Iso6393Code;
  /**
   * The ISO 639-2/B (bibliographic) code, when the language is in ISO 639-2: the same as the
   * terminology code but for 20 languages (`"bur"` for Burmese, `"mya"`).
   */
  readonly bibliographic?: string;
}

interface Lookups {
  /** Every code, ISO 639-1 code and ISO 639-2/B code, with the code it stands for. */
  readonly codes: ReadonlyMap<string, Iso6393Code>;
  readonly alpha2: ReadonlyMap<Iso6393Code, Iso6391Code>;
  readonly scope: ReadonlyMap<string, LanguageScope>;
  readonly type: ReadonlyMap<string, LanguageType>;
  readonly iso6392: ReadonlySet<string>;
  readonly bibliographic: Readonly<Record<string, string>>;
}

// Built on first use, not at import, so that a bundle that never converts codes pays nothing for it.
let lookups: Lookups | undefined;

function _lookups(): Lookups {
  if (lookups === undefined) {
    const codes = new Map<string, Iso6393Code>(LANGUAGE_CODES.map((code) => [code, code]));
    const alpha2 = new Map<Iso6393Code, Iso6391Code>();
    for (const [two, code] of Object.entries(ISO639_1_TO_3) as [Iso6391Code, Iso6393Code][]) {
      codes.set(two, code);
      alpha2.set(code, two);
    }
    const bibliographic: Readonly<Record<string, string>> = LANGUAGE_DETAILS.bibliographic;
    for (const [code, b] of Object.entries(bibliographic)) codes.set(b, code as Iso6393Code);
    const byValue = <V extends string>(groups: Readonly<Record<V, readonly string[]>>): Map<string, V> =>
      new Map(
        (Object.entries(groups) as [V, readonly string[]][]).flatMap(([value, members]) =>
          members.map((code) => [code, value] as const),
        ),
      );
    lookups = {
      codes,
      alpha2,
      scope: byValue(LANGUAGE_DETAILS.scope),
      type: byValue(LANGUAGE_DETAILS.type),
      iso6392: new Set(LANGUAGE_DETAILS.iso6392),
      bibliographic,
    };
  }
  return lookups;
}

/**
 * Converts a language code to the form tipx writes: an ISO 639-1 code (`"th"`, as tipx 1.0 recorded
 * languages) or an ISO 639-2/B code (`"bur"`, as library and some HTCDS data have them) to its ISO 639-3
 * code, or to the ISO 639-2 code of a collective (`"bh"` to `"bih"`); an ISO 639-3 or collective code is
 * returned as it is. Letter case and surrounding spaces are ignored, since data from spreadsheets often
 * has both.
 *
 * @param code - A language code, such as `"th"`, `"tha"`, `"bur"` or `"kar"`.
 * @returns The code, one of `LANGUAGE_CODES`, or `undefined` when `code` is no ISO 639 language code.
 * @example
 * ```ts
 * import { toIso6393 } from "@tipx/schema";
 * toIso6393("th"); // "tha"
 * toIso6393("gn"); // "grn"
 * toIso6393("ksw"); // "ksw"
 * toIso6393("bur"); // "mya"
 * toIso6393("xx"); // undefined
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function toIso6393(code: string): Iso6393Code | undefined {
  return _lookups().codes.get(code.trim().toLowerCase());
}

/**
 * What ISO 639 says about a language: its scope and type, and its ISO 639-1 and ISO 639-2 codes. The
 * code may be any code {@link toIso6393} accepts.
 *
 * @param code - A language code, such as `"mya"` or `"my"`.
 * @returns The language's details, or `undefined` when `code` is no ISO 639 language code.
 * @example
 * ```ts
 * import { languageDetails } from "@tipx/schema";
 * languageDetails("my");
 * // { code: "mya", scope: "individual", type: "living", alpha2: "my", terminologic: "mya", bibliographic: "bur" }
 * languageDetails("kar"); // { code: "kar", scope: "collective", terminologic: "kar", bibliographic: "kar" }
 * languageDetails("ksw"); // { code: "ksw", scope: "individual", type: "living" }
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function languageDetails(code: string): LanguageDetails | undefined {
  const found = toIso6393(code);
  if (found === undefined) return undefined;
  const known = _lookups();
  const scope = known.scope.get(found) ?? "individual";
  const type = scope === "collective" ? undefined : (known.type.get(found) ?? "living");
  const alpha2 = known.alpha2.get(found);
  const inIso6392 = known.iso6392.has(found);
  return {
    code: found,
    scope,
    ...(type === undefined ? {} : { type }),
    ...(alpha2 === undefined ? {} : { alpha2 }),
    ...(inIso6392 ? { terminologic: found, bibliographic: known.bibliographic[found] ?? found } : {}),
  };
}

/**
 * Converts a language code to ISO 639-2, as HTCDS 2.0 asks for its language fields: the terminology
 * code (`"T"`, the ISO 639-3 code itself for a language in ISO 639-2) or the bibliographic one (`"B"`,
 * which differs for 20 languages: `"bur"` for Burmese). The code may be any code {@link toIso6393}
 * accepts. Most of ISO 639-3's languages are not in ISO 639-2: S'gaw Karen (`"ksw"`) has no code there,
 * only the collective Karen languages (`"kar"`) has.
 *
 * @param code - A language code, such as `"mya"`, `"my"` or `"kar"`.
 * @param form - `"T"` for the terminology code, `"B"` for the bibliographic code.
 * @returns The ISO 639-2 code, or `undefined` when the language has none or `code` is no language code.
 * @see https://www.loc.gov/standards/iso639-2/ (ISO 639-2, B and T codes)
 * @example
 * ```ts
 * import { toIso6392 } from "@tipx/schema";
 * toIso6392("mya", "B"); // "bur"
 * toIso6392("my", "T"); // "mya"
 * toIso6392("tha", "B"); // "tha"
 * toIso6392("kar", "T"); // "kar"
 * toIso6392("ksw", "T"); // undefined
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function toIso6392(code: string, form: "B" | "T"): string | undefined {
  const details = languageDetails(code);
  return form === "B" ? details?.bibliographic : details?.terminologic;
}
