/**
 * Makes `packages/schema/data/iso/languages.csv`, the committed input of the ISO 639 language list, from
 * Debian iso-codes and the CLDR of Node's ICU as installed on this machine. It is run by hand, once per
 * new iso-codes or CLDR release (`pnpm exec tsx packages/schema/scripts/make-languages-table.ts`), and
 * never by `pnpm run generate`: the generator reads only the table, so every clone generates the same bytes.
 *
 * A row per code, in code order: every ISO 639-3 code, and the ISO 639-2 collective codes (which ISO 639-3
 * leaves out, "kar" Karen languages for one, and HTCDS asks for ISO 639-2). The Thai and Spanish names of a code with
 * an ISO 639-1 code are kept from the table being replaced (they may have been reviewed); the others are
 * CLDR's where CLDR names the code itself, and empty otherwise. How and why: packages/schema/data/iso/README.md.
 *
 * @module
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { REPO_ROOT, readCsv } from "./generate/_generated-file";

const TABLE = "packages/schema/data/iso/languages.csv";
const ISO_CODES = "/usr/share/iso-codes/json";
/** The versions the README names: the script refuses to run on others rather than mix releases. */
const EXPECTED = { isoCodes: "4.15.0", icu: "78.2", cldr: "48.0" } as const;

/** ISO 639-3's scope letters, as the table spells them. */
const SCOPES = { I: "individual", M: "macrolanguage", S: "special" } as const;
/** ISO 639-3's type letters, as the table spells them. */
const TYPES = { L: "living", E: "extinct", H: "historical", A: "ancient", C: "constructed", S: "special" } as const;

/**
 * Codes whose Thai and Spanish names the replaced table held but which name another code: ICU names the
 * ISO 639-1 codes `bh` (Bihari languages) as Bhojpuri, `tl` (Tagalog) as Filipino and `tw` (Twi) as Akan,
 * following CLDR's aliases, and Bhojpuri, Filipino and Akan are codes of their own in ISO 639-3. They are
 * left empty, to read in English, so that no two languages share a name.
 */
const NOT_NAMES_OF_THE_CODE: ReadonlySet<string> = new Set(["bih", "tgl", "twi"]);

interface Iso6393Entry {
  readonly alpha_3: string;
  readonly alpha_2?: string;
  readonly bibliographic?: string;
  readonly name: string;
  readonly common_name?: string;
  readonly scope: keyof typeof SCOPES;
  readonly type: keyof typeof TYPES;
}

interface Iso6392Entry {
  readonly alpha_3: string;
  readonly alpha_2?: string;
  readonly bibliographic?: string;
  readonly name: string;
  readonly common_name?: string;
}

interface Iso6395Entry {
  readonly alpha_3: string;
  readonly name: string;
}

function readIsoCodes<T>(file: string, key: string): T[] {
  const json = JSON.parse(readFileSync(path.join(ISO_CODES, file), "utf8")) as Record<string, T[] | undefined>;
  const entries = json[key];
  if (!entries) throw new Error(`${file} has no "${key}" list`);
  return entries;
}

/** Throws unless the installed iso-codes, ICU and CLDR are the versions the README names. */
function checkVersions(): void {
  const status = readFileSync("/var/lib/dpkg/status", "utf8");
  const isoCodes = /^Package: iso-codes\n(?:.+\n)*?Version: (\S+)/m.exec(status)?.[1] ?? "none";
  const found = { isoCodes, icu: process.versions.icu ?? "none", cldr: process.versions.cldr ?? "none" };
  if (!isoCodes.startsWith(`${EXPECTED.isoCodes}-`) || found.icu !== EXPECTED.icu || found.cldr !== EXPECTED.cldr) {
    throw new Error(
      `expected iso-codes ${EXPECTED.isoCodes}, ICU ${EXPECTED.icu} and CLDR ${EXPECTED.cldr}, found ${JSON.stringify(found)}: ` +
        "a new release needs the README, EXPECTED and the generator's source string updated with the table",
    );
  }
}

/** A name with its first letter capitalised in `lang`: a label stands alone, CLDR writes mid-sentence. */
function capitalised(name: string, lang: string): string {
  const [first = "", ...rest] = name;
  return first.toLocaleUpperCase(lang) + rest.join("");
}

/**
 * CLDR's name of `code` in `lang`, or "" when CLDR has none for the code itself: with `fallback: "none"`
 * ICU returns undefined for an unnamed code, but it also names a code through CLDR's aliases (`gug` as
 * `gn`, `cmn` as `zh`, `hbs` as `sr-Latn`), which would give a language the name of another one.
 */
function cldrName(code: string, names: Intl.DisplayNames, lang: string): string {
  if (Intl.getCanonicalLocales(code)[0] !== code) return "";
  const name = names.of(code);
  return name === undefined ? "" : capitalised(name, lang);
}

/** One row of the table, column by column. */
interface Row {
  readonly code: string;
  readonly alpha2: string;
  readonly bibliographic: string;
  readonly terminologic: string;
  readonly scope: string;
  readonly type: string;
  readonly name: string;
  readonly name_th: string;
  readonly name_es: string;
}

const COLUMNS: readonly (keyof Row)[] = [
  "code",
  "alpha2",
  "bibliographic",
  "terminologic",
  "scope",
  "type",
  "name",
  "name_th",
  "name_es",
];

function main(): void {
  checkVersions();
  const iso6393 = readIsoCodes<Iso6393Entry>("iso_639-3.json", "639-3");
  const iso6392 = readIsoCodes<Iso6392Entry>("iso_639-2.json", "639-2");
  const iso6395 = new Set(readIsoCodes<Iso6395Entry>("iso_639-5.json", "639-5").map((entry) => entry.alpha_3));
  const inIso6393 = new Set(iso6393.map((entry) => entry.alpha_3));
  const inIso6392 = new Set(iso6392.map((entry) => entry.alpha_3));

  // The names kept: those of every code with an ISO 639-1 code in the table being replaced.
  const kept = new Map(
    readCsv(TABLE, ["alpha2", "name_th", "name_es"])
      .filter((row) => row.alpha2 !== "")
      .map((row) => [row.alpha2, { name_th: row.name_th, name_es: row.name_es }] as const),
  );
  const th = new Intl.DisplayNames(["th"], { type: "language", fallback: "none", languageDisplay: "standard" });
  const es = new Intl.DisplayNames(["es"], { type: "language", fallback: "none", languageDisplay: "standard" });
  const names = (code: string, alpha2: string | undefined): Pick<Row, "name_th" | "name_es"> => {
    if (NOT_NAMES_OF_THE_CODE.has(code)) return { name_th: "", name_es: "" };
    const old = alpha2 === undefined ? undefined : kept.get(alpha2);
    return old ?? { name_th: cldrName(code, th, "th"), name_es: cldrName(code, es, "es") };
  };

  const rows: Row[] = iso6393.map((entry) => ({
    code: entry.alpha_3,
    alpha2: entry.alpha_2 ?? "",
    bibliographic: entry.bibliographic ?? "",
    terminologic: inIso6392.has(entry.alpha_3) ? entry.alpha_3 : "",
    scope: SCOPES[entry.scope],
    type: TYPES[entry.type],
    name: entry.common_name ?? entry.name,
    ...names(entry.alpha_3, entry.alpha_2),
  }));
  // The ISO 639-2 codes that ISO 639-3 lacks are its collective codes (all in ISO 639-5 but `him`,
  // "Himachali languages", which ISO 639-2 keeps and iso-codes' ISO 639-5 list lacks), and `qaa-qtz`, the range
  // "reserved for local use", which is not a code. A collective has a scope but no ISO 639-3 type.
  for (const entry of iso6392) {
    if (inIso6393.has(entry.alpha_3) || entry.alpha_3 === "qaa-qtz") continue;
    if (!iso6395.has(entry.alpha_3) && entry.alpha_3 !== "him")
      throw new Error(`${entry.alpha_3} is in ISO 639-2 but neither in ISO 639-3 nor a collective code`);
    rows.push({
      code: entry.alpha_3,
      alpha2: entry.alpha_2 ?? "",
      bibliographic: entry.bibliographic ?? "",
      terminologic: entry.alpha_3,
      scope: "collective",
      type: "",
      name: entry.common_name ?? entry.name,
      ...names(entry.alpha_3, entry.alpha_2),
    });
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const column of ["name_th", "name_es"] as const) {
    const codesByName = new Map<string, string[]>();
    for (const row of rows)
      if (row[column] !== "") codesByName.set(row[column], [...(codesByName.get(row[column]) ?? []), row.code]);
    const shared = [...codesByName].filter(([, codes]) => codes.length > 1);
    if (shared.length > 0)
      throw new Error(
        `${column}: languages share a name: ${shared.map(([name, codes]) => `${name} (${codes.join(", ")})`).join("; ")}`,
      );
  }

  const csv = Papa.unparse(
    rows.map((row) => COLUMNS.map((column) => row[column])),
    { header: false, newline: "\n" },
  );
  writeFileSync(path.join(REPO_ROOT, TABLE), `${COLUMNS.join(",")}\n${csv}\n`);
  const named = (column: "name_th" | "name_es") => rows.filter((row) => row[column] !== "").length;
  console.log(`wrote ${TABLE}: ${rows.length} codes, ${named("name_th")} Thai and ${named("name_es")} Spanish names`);
}

main();
