/**
 * Generates the ISO 3166-2 subdivision tables of the profile countries from the committed tables
 * `packages/schema/data/subdivisions/<CC>.csv` (Debian iso-codes 4.15.0-1; see the README there): per
 * country a data file that the hand-written subdivision list reads (codes, names, type, and whether the
 * local name was filled in by hand), and per catalogue language the names of every subdivision.
 *
 * @module
 */

import { PROFILE_CODES, type ProfileCode } from "../../src/profiles/profile-code";
import {
  banner,
  constArray,
  type GeneratedFile,
  propertyKey,
  quote,
  readCsv,
  requireUnique,
  requireValue,
} from "./_generated-file";

const GENERATOR = "packages/schema/scripts/generate/subdivisions.ts";

/**
 * Where a profile country's generated table goes, next to its hand-written list. The countries themselves
 * come from the profile registry (`PROFILE_CODES`), so a new profile needs only its table in
 * packages/schema/data/subdivisions.
 */
function tablePath(country: ProfileCode): string {
  return `packages/schema/src/profiles/${country.toLowerCase()}/subdivisions.generated.ts`;
}

/**
 * The values of the table's `local_name_source` column: where the local name comes from, and so
 * whether it is checked against iso-codes (`false` for the names a researcher filled in by hand).
 */
const LOCAL_NAME_SOURCES: readonly { readonly pattern: RegExp; readonly filledByHand: boolean }[] = [
  { pattern: /^iso-codes th\.po$/, filledByHand: false },
  { pattern: /^same as ISO name$/, filledByHand: false },
  { pattern: /^NOT in iso-codes th catalog; filled by researcher\b/, filledByHand: true },
];

/**
 * The catalogue languages and which column names a subdivision in each: Thai shows the local name (in
 * Thai script for Thailand; the sources give no Thai transliteration of other countries' names), Spanish
 * the ISO 3166-2 name (Spanish for Argentina and Paraguay, romanised for Thailand, English for Liberia).
 */
const CATALOGUE_NAMES = { th: "localName", es: "name" } as const;

/** One row of a subdivision table. */
interface Subdivision {
  readonly code: string;
  readonly name: string;
  readonly localName: string;
  readonly type: string;
  readonly localNameFilledByHand: boolean;
}

function csvPath(country: string): string {
  return `packages/schema/data/subdivisions/${country}.csv`;
}

function readSubdivisions(country: string): Subdivision[] {
  const file = csvPath(country);
  const rows = readCsv(file, ["code", "name", "local_name", "type", "country", "local_name_source"]).map(
    (row, index): Subdivision => {
      const where = `${file} row ${index + 2}`;
      requireValue(row.country, new RegExp(`^${country}$`), where);
      const source = LOCAL_NAME_SOURCES.find(({ pattern }) => pattern.test(row.local_name_source));
      if (source === undefined) throw new Error(`${where}: unknown local_name_source ${quote(row.local_name_source)}`);
      return {
        code: requireValue(row.code, new RegExp(`^${country}-[0-9A-Z]{1,3}$`), where),
        name: requireValue(row.name, /\S/, where),
        localName: requireValue(row.local_name, /\S/, where),
        type: requireValue(row.type, /\S/, where),
        localNameFilledByHand: source.filledByHand,
      };
    },
  );
  requireUnique(
    rows.map((row) => row.code),
    file,
  );
  return rows;
}

function renderTable(country: string, subdivisions: readonly Subdivision[]): string {
  const rows = subdivisions.map((row) => {
    const fields = [
      `name: ${quote(row.name)}`,
      `type: ${quote(row.type)}`,
      `localNameFilledByHand: ${String(row.localNameFilledByHand)}`,
    ];
    const oneLine = `  ${quote(row.code)}: { ${fields.join(", ")} },`;
    return oneLine.length <= 120
      ? oneLine
      : `  ${quote(row.code)}: {\n${fields.map((f) => `    ${f},\n`).join("")}  },`;
  });
  return `${banner(GENERATOR, [csvPath(country)])}
//
// The ISO 3166-2 subdivisions of ${country} as Debian iso-codes 4.15.0-1 lists them (LGPL-2.1-or-later;
// packages/schema/data/subdivisions/README.md). The hand-written list beside this file (subdivisions.ts) adds the metadata.

/** The ISO 3166-2 subdivision codes of ${country}, in code order. */
${constArray(
  `export const ${country}_SUBDIVISION_CODES = `,
  subdivisions.map((row) => row.code),
)}

/**
 * The ISO name and type of each subdivision of ${country}. The name in the country's language is in the
 * catalogues; \`localNameFilledByHand\` marks one that is not in iso-codes but was filled in by a researcher,
 * unverified against a registry.
 */
export const ${country}_SUBDIVISION_TABLE = {
${rows.join("\n")}
} as const;
`;
}

function renderCatalogue(
  lang: keyof typeof CATALOGUE_NAMES,
  tables: ReadonlyMap<string, readonly Subdivision[]>,
): string {
  const column = CATALOGUE_NAMES[lang];
  const lists = [...tables].map(([country, subdivisions]) => {
    const entries = subdivisions.map(
      (row) => `    ${propertyKey(row.code)}: { text: ${quote(row[column])}, reviewed: false },\n`,
    );
    return `  ${quote(`iso3166-2.${country}`)}: {\n${entries.join("")}  },\n`;
  });
  const rule =
    lang === "th"
      ? "// Each name is the table's local name: in Thai script for Thailand (from iso-codes' Thai catalogue, a few\n" +
        "// filled in by hand), the ISO name elsewhere, for which the sources give no Thai transliteration."
      : "// Each name is the table's ISO 3166-2 name: Spanish where ISO gives the name in Spanish, romanised or\n" +
        "// English elsewhere.";
  return `${banner(GENERATOR, [...tables.keys()].map(csvPath))}
//
// The names of the subdivisions of each profile country, keyed by list id and code, for the catalogue's
// \`codeLists\` (profile-lists.ts adds each list's translated name).
${rule}
// No name has been reviewed by a person, hence \`reviewed: false\`.

import type { CodeListTexts } from "../../i18n/catalogue";

/** The name of every ISO 3166-2 subdivision of the profile countries, keyed by list id and code. */
export const subdivisionNames = {
${lists.join("")}} as const satisfies Readonly<Record<string, CodeListTexts["codes"]>>;
`;
}

/**
 * The subdivision tables of the profile countries and their names in the catalogues.
 *
 * @returns `src/profiles/subdivisions/<cc>.generated.ts` per country and
 *   `src/locales/{th,es}/subdivisions.generated.ts`.
 */
export function subdivisionFiles(): GeneratedFile[] {
  const tables = new Map(PROFILE_CODES.map((country) => [country, readSubdivisions(country)] as const));
  return [
    ...[...tables].map(([country, subdivisions]) => ({
      path: tablePath(country),
      content: renderTable(country, subdivisions),
    })),
    ...(Object.keys(CATALOGUE_NAMES) as (keyof typeof CATALOGUE_NAMES)[]).map((lang) => ({
      path: `packages/schema/src/locales/${lang}/subdivisions.generated.ts`,
      content: renderCatalogue(lang, tables),
    })),
  ];
}
