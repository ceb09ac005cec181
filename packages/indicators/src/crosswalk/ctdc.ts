import type { MethodOfControl } from "@tipx/schema";
import type { TriState } from "../tri-state";
import type { CrosswalkItem, CrosswalkRow, CrosswalkStrength } from "./crosswalk-row";
import { METHODS_OF_CONTROL_CROSSWALK } from "./htcds";

// CTDC variables (Global Dataset codebook v6, 2017, and its 2020 CSV; Global Synthetic Dataset codebook
// v2, 2024) to the framework items of the HTCDS crosswalk, named exactly as in
// packages/schema/data/ctdc/variables.csv. The 2017 means-of-control flags are the HTCDS methods of
// control (HTCDS reuses their definitions), so they take the HTCDS rows; the 2024 flags merge several
// 2017 flags, so an item is direct for a merged flag only when it is direct for every flag merged.
//
// What a 0 means. The 2017 binary variables are 1, 0 or -99 (missing); the 2024 ones only 1 or NULL
// (absent or unknown). A means-of-control or sector flag at 0 is a box not ticked: the codebook gives
// meansOfControlNotSpecified for "not provided", and an unticked box is a means nobody reported, not a
// means shown not to have been used, so it stays unknown. The exploitation-type flags isForcedLabour and
// isSexualExploit are different: they classify every victim of the dataset, every contributor fills them
// in, and the codebook codes the unknown apart (-99), so 0 there says the person was not trafficked for
// that purpose, and only those two rows read 0 as "no". isForcedMarriage, isForcedMilitary and
// isOrganRemoval came from one or two contributors only, so their 0 stays unknown too.

/**
 * One row of the CTDC crosswalk: a CTDC variable at 1 shows a framework item. `zeroMeansNo` marks the
 * rows where the codebook's 0 says the item is absent.
 *
 * @example
 * ```ts
 * import type { CtdcCrosswalkRow } from "@tipx/indicators";
 * const row: CtdcCrosswalkRow = {
 *   variable: "isOrganRemoval",
 *   item: "palermo/removal-of-organs",
 *   strength: "direct",
 *   why: "The flag is this purpose.",
 * };
 * ```
 */
export interface CtdcCrosswalkRow {
  /** The variable, spelt exactly as its codebook spells it. */
  readonly variable: string;
  /** The framework item a 1 shows. */
  readonly item: CrosswalkItem;
  /** Whether every record with a 1 shows the item, or only some. */
  readonly strength: CrosswalkStrength;
  /** Why, in one sentence of our own. */
  readonly why: string;
  /** `true` when the row holds only for a child (under 18 when exploited). */
  readonly childOnly?: true;
  /** `true` when a 0 says the item is absent ("no"); otherwise a 0 is unknown. */
  readonly zeroMeansNo?: true;
}

/**
 * The 2017 means-of-control flags that are an HTCDS 2.0 method of control under another spelling (HTCDS
 * reuses the CTDC codebook's definitions): they map as that method does.
 *
 * @example
 * ```ts
 * import { CTDC_MEANS_AS_HTCDS } from "@tipx/indicators";
 * CTDC_MEANS_AS_HTCDS.meansOfControlThreats; // "PhysicalThreats"
 * ```
 */
export const CTDC_MEANS_AS_HTCDS = {
  meansOfControlDebtBondage: "DebtBondage",
  meansOfControlTakesEarnings: "TakesEarnings",
  meansOfControlRestrictsFinancialAccess: "RestrictsFinancialAccess",
  meansOfControlThreats: "PhysicalThreats",
  meansOfControlPsychologicalAbuse: "PsychologicalAbuse",
  meansOfControlPhysicalAbuse: "PhysicalAbuse",
  meansOfControlSexualAbuse: "SexualAbuse",
  meansOfControlFalsePromises: "FalsePromises",
  meansOfControlPsychoactiveSubstances: "PsychoactiveSubstance",
  meansOfControlRestrictsMedicalCare: "RestrictsMedicalCare",
  meansOfControlExcessiveWorkingHours: "ExcessiveWorkingHours",
  meansOfControlThreatOfLawEnforcement: "ThreatsLawEnforcement",
  meansOfControlWithholdsNecessities: "WithholdsNecessities",
  meansOfControlWithholdsDocuments: "WithholdsDocuments",
} as const satisfies Readonly<Record<string, MethodOfControl>>;

/**
 * The 2017 CTDC variables with rows of their own: the two means of control HTCDS 2.0 has no code for,
 * the types of exploitation, the sectors of forced labour, the forms of sexual exploitation, abduction
 * and the recruiter's relation.
 *
 * @example
 * ```ts
 * import { CTDC_OWN_ROWS } from "@tipx/indicators";
 * CTDC_OWN_ROWS.filter((row) => "zeroMeansNo" in row).map((row) => row.variable); // ["isForcedLabour", "isSexualExploit"]
 * ```
 */
export const CTDC_OWN_ROWS = [
  {
    variable: "meansOfControlRestrictsMovement",
    item: "ilo-fl-2012/restriction-of-movement",
    strength: "direct",
    why: "Being confined, accompanied or watched is the restriction of movement this indicator names.",
  },
  {
    variable: "meansOfControlRestrictsMovement",
    item: "ilo-fl-2012/isolation",
    strength: "partial",
    why: "The flag also covers being cut off from support networks, which is isolation, but not only that.",
  },
  {
    variable: "meansOfControlRestrictsMovement",
    item: "icls-2018/restriction-of-movement",
    strength: "direct",
    why: "Restrictions on the worker's movement are an element of coercion in the ICLS list.",
  },
  {
    variable: "meansOfControlRestrictsMovement",
    item: "palermo/other-coercion",
    strength: "direct",
    why: "Confining or watching a person to control them is coercion.",
  },
  {
    variable: "meansOfControlUsesChildren",
    item: "ilo-fl-2012/intimidation-and-threats",
    strength: "direct",
    why: "Controlling a parent through access to their children threatens them with losing the children.",
  },
  {
    variable: "meansOfControlUsesChildren",
    item: "icls-2018/threats-or-violence",
    strength: "partial",
    why: "The ICLS element covers threats against the worker's family, but restricting access to children need not be a threat against them.",
  },
  {
    variable: "meansOfControlUsesChildren",
    item: "palermo/other-coercion",
    strength: "direct",
    why: "Using access to a person's children to make them comply is coercion.",
  },
  {
    variable: "isForcedLabour",
    item: "palermo/forced-labour-or-services",
    strength: "direct",
    why: "The flag is this purpose; CTDC counts begging and illicit activities among its sectors.",
    zeroMeansNo: true,
  },
  {
    variable: "isForcedLabour",
    item: "child-labour/worst-form-slavery",
    strength: "direct",
    why: "C182 art. 3(a) counts forced labour of a child as a worst form of child labour.",
    childOnly: true,
  },
  {
    variable: "isSexualExploit",
    item: "palermo/sexual-exploitation",
    strength: "direct",
    why: "The flag is this purpose.",
    zeroMeansNo: true,
  },
  {
    variable: "isSexualExploit",
    item: "child-labour/worst-form-sexual",
    strength: "direct",
    why: "C182 art. 3(b) counts using a child for prostitution or pornography as a worst form of child labour.",
    childOnly: true,
  },
  {
    variable: "isSexAndLabour",
    item: "palermo/sexual-exploitation",
    strength: "direct",
    why: "The flag says the person was trafficked for sexual exploitation and forced labour both.",
  },
  {
    variable: "isSexAndLabour",
    item: "palermo/forced-labour-or-services",
    strength: "direct",
    why: "The flag says the person was trafficked for sexual exploitation and forced labour both.",
  },
  {
    variable: "isOtherExploit",
    item: "palermo/other-exploitation",
    strength: "partial",
    why: "The flag covers every other purpose, forced marriage and organ removal among them, which the Protocol names apart.",
  },
  {
    variable: "isForcedMarriage",
    item: "palermo/slavery-or-similar-practices",
    strength: "direct",
    why: "A forced marriage is read as a practice similar to slavery, as for the HTCDS code ForcedMarriage.",
  },
  {
    variable: "isForcedMilitary",
    item: "palermo/forced-labour-or-services",
    strength: "partial",
    why: "Military service imposed by an armed group is forced labour, but compulsory service under a state's law is exempt under C29, and the flag does not say which.",
  },
  {
    variable: "isOrganRemoval",
    item: "palermo/removal-of-organs",
    strength: "direct",
    why: "The flag is this purpose.",
  },
  {
    variable: "isSlaveryAndPractices",
    item: "palermo/slavery-or-similar-practices",
    strength: "partial",
    why: "The column's name says slavery and similar practices, but no codebook defines it.",
  },
  {
    variable: "isAbduction",
    item: "palermo/abduction",
    strength: "direct",
    why: "Entering the exploitation by being wrongfully taken or held is abduction.",
  },
  ...[
    "typeOfLabourAgriculture",
    "typeOfLabourAquafarming",
    "typeOfLabourConstruction",
    "typeOfLabourDomesticWork",
    "typeOfLabourHospitality",
    "typeOfLabourManufacturing",
    "typeOfLabourMiningOrDrilling",
    "typeOfLabourPeddling",
    "typeOfLabourTransportation",
    "typeOfLabourOther",
    "typeOfLabourNotSpecified",
  ].flatMap((variable) => [
    {
      variable,
      item: "palermo/forced-labour-or-services",
      strength: "direct",
      why: "A sector of forced labour is recorded, so the person was in forced labour.",
    } as const,
    {
      variable,
      item: "child-labour/worst-form-slavery",
      strength: "direct",
      why: "Forced labour of a child, in any sector, is a worst form under C182 art. 3(a).",
      childOnly: true,
    } as const,
  ]),
  {
    variable: "typeOfLabourBegging",
    item: "palermo/forced-labour-or-services",
    strength: "direct",
    why: "Forced begging is forced labour or services, as CTDC counts it.",
  },
  {
    variable: "typeOfLabourBegging",
    item: "child-labour/worst-form-slavery",
    strength: "direct",
    why: "Forced begging by a child is forced labour under C182 art. 3(a).",
    childOnly: true,
  },
  {
    variable: "typeOfLabourIllicitActivities",
    item: "palermo/forced-labour-or-services",
    strength: "direct",
    why: "Forced work in smuggling or the drug trade is forced labour or services.",
  },
  {
    variable: "typeOfLabourIllicitActivities",
    item: "child-labour/worst-form-illicit",
    strength: "direct",
    why: "C182 art. 3(c) names using a child for illicit activities, drug production and trafficking in particular.",
    childOnly: true,
  },
  ...["typeOfSexProstitution", "typeOfSexPornography", "typeOfSexRemoteInteractiveServices"].flatMap((variable) => [
    {
      variable,
      item: "palermo/sexual-exploitation",
      strength: "direct",
      why: "A form of commercial sexual exploitation is recorded.",
    } as const,
    {
      variable,
      item: "child-labour/worst-form-sexual",
      strength: "direct",
      why: "C182 art. 3(b) counts using a child for prostitution, pornography or pornographic performances.",
      childOnly: true,
    } as const,
  ]),
  {
    variable: "typeOfSexPrivateSexualServices",
    item: "palermo/sexual-exploitation",
    strength: "direct",
    why: "Being made to give sexual services to particular people is sexual exploitation.",
  },
  {
    variable: "typeOfSexPrivateSexualServices",
    item: "child-labour/worst-form-sexual",
    strength: "partial",
    why: "C182 art. 3(b) is about prostitution and pornography, and the flag's commercial element may be missing.",
    childOnly: true,
  },
  ...[
    "recruiterRelationIntimatePartner",
    "recruiterRelationFriend",
    "recruiterRelationFamily",
    "recruiterRelationOther",
  ].map(
    (variable) =>
      ({
        variable,
        item: "palermo/recruitment",
        strength: "direct",
        why: "A recruiter is recorded, with their relation to the person, so the person was recruited.",
      }) as const,
  ),
] as const satisfies readonly CtdcCrosswalkRow[];

/**
 * The 2024 means flags and the 2017 flags each merges (codebook v2, 2024).
 *
 * @example
 * ```ts
 * import { CTDC_2024_MERGED_MEANS } from "@tipx/indicators";
 * CTDC_2024_MERGED_MEANS.meansDebtBondageEarnings; // ["meansOfControlDebtBondage", "meansOfControlTakesEarnings"]
 * ```
 */
export const CTDC_2024_MERGED_MEANS = {
  meansDebtBondageEarnings: ["meansOfControlDebtBondage", "meansOfControlTakesEarnings"],
  meansThreats: ["meansOfControlThreats", "meansOfControlUsesChildren", "meansOfControlThreatOfLawEnforcement"],
  meansAbusePsyPhySex: ["meansOfControlPsychologicalAbuse", "meansOfControlPhysicalAbuse", "meansOfControlSexualAbuse"],
  meansFalsePromises: ["meansOfControlFalsePromises"],
  meansDrugsAlcohol: ["meansOfControlPsychoactiveSubstances"],
  meansDenyBasicNeeds: [
    "meansOfControlRestrictsFinancialAccess",
    "meansOfControlRestrictsMovement",
    "meansOfControlRestrictsMedicalCare",
    "meansOfControlWithholdsNecessities",
  ],
  meansExcessiveWorkHours: ["meansOfControlExcessiveWorkingHours"],
  meansWithholdDocs: ["meansOfControlWithholdsDocuments"],
} as const;

/** The rows of a 2017 means flag named by its HTCDS method of control. */
function _rowsAsHtcds(variable: string, code: MethodOfControl): CtdcCrosswalkRow[] {
  return (METHODS_OF_CONTROL_CROSSWALK as readonly CrosswalkRow<MethodOfControl>[])
    .filter((row) => row.code === code)
    .map(({ code: _code, ...row }) => ({ variable, ...row }));
}

/** The rows of a 2024 flag from those of the 2017 flags it merges: direct only where every one is. */
function _mergedRows(
  variable: string,
  merged: readonly string[],
  v2017: readonly CtdcCrosswalkRow[],
): CtdcCrosswalkRow[] {
  const byItem = new Map<CrosswalkItem, CtdcCrosswalkRow[]>();
  for (const row of v2017) {
    if (merged.includes(row.variable)) byItem.set(row.item, [...(byItem.get(row.item) ?? []), row]);
  }
  return [...byItem].map(([item, rows]): CtdcCrosswalkRow => {
    const [first] = rows;
    if (merged.length === 1 && first) return { ...first, variable };
    const everyDirect = rows.length === merged.length && rows.every((row) => row.strength === "direct");
    return {
      variable,
      item,
      strength: everyDirect ? "direct" : "partial",
      why: everyDirect
        ? `Each flag it merges (${merged.join(", ")}) shows this item.`
        : `Not every flag it merges (${merged.join(", ")}) shows this item, and the flag does not say which was recorded.`,
      ...(rows.every((row) => row.childOnly) ? { childOnly: true } : {}),
    };
  });
}

/* @__NO_SIDE_EFFECTS__ */
function _ctdcCrosswalk(): readonly CtdcCrosswalkRow[] {
  const v2017: CtdcCrosswalkRow[] = [
    ...Object.entries(CTDC_MEANS_AS_HTCDS).flatMap(([variable, code]) => _rowsAsHtcds(variable, code)),
    ...CTDC_OWN_ROWS,
  ];
  const v2024 = Object.entries(CTDC_2024_MERGED_MEANS).flatMap(([variable, merged]) =>
    _mergedRows(variable, merged, v2017),
  );
  return [...v2017, ...v2024];
}

/**
 * Every row of the CTDC crosswalk: the 2017 means flags as their HTCDS methods of control, the rows of
 * `CTDC_OWN_ROWS`, and the 2024 merged means flags from the flags they merge. Variables of the same name
 * in 2017 and 2024 (`isForcedLabour`, `typeOfLabourAgriculture`...) share their rows.
 *
 * @example
 * ```ts
 * import { CTDC_CROSSWALK } from "@tipx/indicators";
 * CTDC_CROSSWALK.filter((row) => row.variable === "meansWithholdDocs").map((row) => row.item);
 * // ["ilo-fl-2012/retention-of-identity-documents", "icls-2018/withholding-of-documents", "palermo/other-coercion"]
 * ```
 */
export const CTDC_CROSSWALK: readonly CtdcCrosswalkRow[] = /* @__PURE__ */ _ctdcCrosswalk();

/**
 * The CTDC variables that show no framework item, and why (the age bands and majority statuses decide
 * only whether the child rows hold).
 *
 * @example
 * ```ts
 * import { CTDC_UNMAPPED } from "@tipx/indicators";
 * CTDC_UNMAPPED.find((entry) => entry.variable === "meansOfControlNotSpecified")?.why;
 * ```
 */
export const CTDC_UNMAPPED = [
  { variable: "yearOfRegistration", why: "When the person was registered says nothing of what happened to them." },
  { variable: "datasource", why: "How the case reached CTDC says nothing of what happened." },
  { variable: "gender", why: "Gender is no element of any framework." },
  {
    variable: "ageBroad",
    why: "The age at registration decides only whether the child rows hold: a child then was a child when exploited.",
  },
  { variable: "majorityStatus", why: "Minor or adult at registration decides only whether the child rows hold." },
  { variable: "majorityStatusAtExploit", why: "Minor or adult when exploited decides whether the child rows hold." },
  {
    variable: "majorityEntry",
    why: "Minor or adult on entering the trafficking decides only whether the child rows hold: an adult then was an adult when exploited.",
  },
  { variable: "citizenship", why: "Being a migrant is a fact the checklists ask, not a framework item." },
  {
    variable: "CountryofExploitation",
    why: "Where the person was exploited is no framework item; with citizenship it says whether they were a migrant.",
  },
  {
    variable: "CountryOfExploitation",
    why: "Where the person was exploited is no framework item; with citizenship it says whether they were a migrant.",
  },
  { variable: "traffickMonths", why: "How long the exploitation lasted is no element of any framework." },
  { variable: "meansOfControlOther", why: "Some other means was used, but which one is not said." },
  {
    variable: "meansOfControlNotSpecified",
    why: "It says the means were not reported, which shows no item and is why a 0 among the means flags is unknown.",
  },
  { variable: "meansOfControlConcatenated", why: "A text list of the means flags, which are read instead." },
  { variable: "typeOfExploitConcatenated", why: "A text list of the exploitation flags, which are read instead." },
  { variable: "typeOfLabourConcatenated", why: "A text list of the sector flags, which are read instead." },
  { variable: "typeOfSexConcatenated", why: "A text list of the sexual-exploitation flags, which are read instead." },
  { variable: "RecruiterRelationship", why: "A text list of the recruiter-relation flags, which are read instead." },
  { variable: "recruiterRelationUnknown", why: "It says the relation is unknown, not that there was a recruiter." },
] as const satisfies readonly { readonly variable: string; readonly why: string }[];

/**
 * What a CTDC row says of one framework item: present, absent or unknown, and the values it rests on
 * (`"variable=value"`).
 *
 * @example
 * ```ts
 * import type { CtdcItemStatus } from "@tipx/indicators";
 * const status: CtdcItemStatus = { status: "yes", values: ["meansOfControlFalsePromises=1"] };
 * ```
 */
export interface CtdcItemStatus {
  /** Present, absent or unknown. */
  readonly status: TriState;
  /** The values the status rests on, as `"variable=value"`. */
  readonly values: readonly string[];
}

/**
 * Options of {@link itemsFromCtdcRow}.
 *
 * @example
 * ```ts
 * import type { CtdcRowOptions } from "@tipx/indicators";
 * const options: CtdcRowOptions = { includePartial: true };
 * ```
 */
export interface CtdcRowOptions {
  /** Count the partial rows too (default: only the direct rows answer). */
  readonly includePartial?: boolean;
}

const MISSING = new Set(["", "-99", "NULL", "null", "NA"]);

/** Spellings some CTDC files use for a variable of variables.csv: the 2024 codebook's detail section. */
const ALIASES: Readonly<Record<string, string>> = { meansWithholdDocuments: "meansWithholdDocs" };
const CHILD_BANDS = /^(0|9)\s*(—|–|--|-)\s*(8|17)$/;

/** A binary CTDC value: 1 yes, 0 zero (whose meaning depends on the row), anything else unknown. */
function _flag(value: string | undefined): "1" | "0" | undefined {
  const trimmed = value?.trim() ?? "";
  if (MISSING.has(trimmed)) return undefined;
  return trimmed === "1" ? "1" : trimmed === "0" ? "0" : undefined;
}

/** Whether the person of a CTDC row was a child when exploited: yes, no or unknown, with the values read. */
function _childWhenExploited(row: Readonly<Record<string, string>>): { child: TriState; values: string[] } {
  const at = row.majorityStatusAtExploit?.trim();
  if (at === "Minor") return { child: "yes", values: [`majorityStatusAtExploit=${at}`] };
  if (at === "Adult") return { child: "no", values: [`majorityStatusAtExploit=${at}`] };
  // An adult on entering the trafficking was an adult when exploited, which came later.
  if (row.majorityEntry?.trim() === "Adult") return { child: "no", values: ["majorityEntry=Adult"] };
  // A child at registration, which comes after the exploitation, was a child when exploited.
  if (row.majorityStatus?.trim() === "Minor") return { child: "yes", values: ["majorityStatus=Minor"] };
  const band = row.ageBroad?.trim() ?? "";
  if (CHILD_BANDS.test(band)) return { child: "yes", values: [`ageBroad=${band}`] };
  return { child: "unknown", values: [] };
}

/**
 * Reads the framework items a CTDC record (one row of a CTDC CSV, by column name) supports, three-valued:
 * a flag at 1 says yes; -99, NULL, an empty cell or a missing column say unknown; a 0 says no only on the
 * rows whose `zeroMeansNo` is set (the exploitation types every contributor records), and is unknown
 * elsewhere (an unticked box). When several variables show one item, a yes wins, then a no, else the item
 * is unknown. A child row holds when the person was a child when exploited, is unknown when that is
 * unknown, and is left out for an adult.
 *
 * @param row - One CTDC record, by column name (2017 codebook v6, the 2020 CSV or the 2024 synthetic data).
 * @param options - `includePartial` to count the partial rows too.
 * @returns The status of every item some column of the row maps to, with the values behind it.
 * @example
 * ```ts
 * import { itemsFromCtdcRow } from "@tipx/indicators";
 * const items = itemsFromCtdcRow({ meansOfControlFalsePromises: "1", isForcedLabour: "0", meansOfControlThreats: "0" });
 * items["palermo/deception"]?.status; // "yes"
 * items["palermo/forced-labour-or-services"]?.status; // "no"
 * items["palermo/threat-or-use-of-force"]?.status; // "unknown"
 * ```
 */
export function itemsFromCtdcRow(
  row: Readonly<Record<string, string>>,
  options: CtdcRowOptions = {},
): Readonly<Partial<Record<CrosswalkItem, CtdcItemStatus>>> {
  const named: Record<string, string> = { ...row };
  for (const [alias, variable] of Object.entries(ALIASES)) {
    const value = row[alias];
    if (value !== undefined && !Object.hasOwn(named, variable)) named[variable] = value;
  }
  const { child, values: childValues } = _childWhenExploited(named);
  const found = new Map<CrosswalkItem, { yes: string[]; no: string[] }>();
  for (const entry of CTDC_CROSSWALK) {
    if (entry.strength === "partial" && !options.includePartial) continue;
    if (!Object.hasOwn(named, entry.variable)) continue;
    if (entry.childOnly && child === "no") continue;
    const state = found.get(entry.item) ?? { yes: [], no: [] };
    const flag = _flag(named[entry.variable]);
    const value = `${entry.variable}=${flag ?? named[entry.variable]?.trim() ?? ""}`;
    if (flag === "1" && (!entry.childOnly || child === "yes")) {
      state.yes.push(value, ...(entry.childOnly ? childValues : []));
    } else if (flag === "0" && entry.zeroMeansNo) {
      state.no.push(value);
    }
    found.set(entry.item, state);
  }
  const items: Partial<Record<CrosswalkItem, CtdcItemStatus>> = {};
  for (const [item, { yes, no }] of found) {
    items[item] =
      yes.length > 0
        ? { status: "yes", values: [...new Set(yes)] }
        : no.length > 0
          ? { status: "no", values: no }
          : { status: "unknown", values: [] };
  }
  return items;
}
