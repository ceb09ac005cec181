// Every `source` a user can read (code lists and their codes, issue definitions, country profiles) names
// the published document a fact comes from: the law with its section, the standard with its version, the
// convention or the registry. Users have those; they do not have the team's research notes (DOMAIN.md and
// its [Sn] source tags) or this repository's files.
import { describe, expect, it } from "vitest";
import { translatableCodeLists } from "./i18n/coverage";
import { ISSUES } from "./issues/issues";
import { profiles } from "./profiles/profiles";

/** What a `source` must not mention, each with the reason shown when it does. */
const FORBIDDEN: readonly (readonly [RegExp, string])[] = [
  [/DOMAIN\.md/i, "cites the internal brief DOMAIN.md"],
  [/DESIGN\.md/i, "cites the internal design notes"],
  [/shared\//i, "cites the team's shared folder"],
  [/\[S\d+[a-z]?\]/, "carries a source tag of the internal brief"],
  [/(?:^|[\s(;,])(?:packages|src|data|scripts|examples|fixtures|docs|test)\/\S/, "cites a path of this repository"],
  [/\.(?:ts|csv|md)\b/, "cites a file instead of the document"],
  [/\bissue #\d+/i, "cites an issue of this repository"],
];

/** The reasons a `source` text breaks the rule; empty when it is fine. */
function problems(source: string): string[] {
  return FORBIDDEN.flatMap(([pattern, reason]) => (pattern.test(source) ? [reason] : []));
}

/**
 * Every string property named `source` under `value`, with its path (`profiles.TH.law.meta.TH-ATIPA-2551.source`).
 * Walks plain objects and arrays; functions (rules, message templates) are not data and are skipped.
 */
function sourcesIn(value: unknown, path: string, seen = new Set<object>()): (readonly [string, string])[] {
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) return value.flatMap((item, index) => sourcesIn(item, `${path}[${index}]`, seen));
  return Object.entries(value).flatMap(([key, item]) =>
    key === "source" && typeof item === "string"
      ? [[`${path}.${key}`, item] as const]
      : sourcesIn(item, `${path}.${key}`, seen),
  );
}

describe("problems", () => {
  it.each([
    [
      "DOMAIN.md §6.1 [S35a]",
      {
        want: [
          "cites the internal brief DOMAIN.md",
          "carries a source tag of the internal brief",
          "cites a file instead of the document",
        ],
      },
    ],
    [
      "shared/reference/countries.csv",
      { want: ["cites the team's shared folder", "cites a file instead of the document"] },
    ],
    [
      "ISO 3166-2; packages/schema/data/subdivisions/TH.csv",
      { want: ["cites a path of this repository", "cites a file instead of the document"] },
    ],
    ["as named in issue #3", { want: ["cites an issue of this repository"] }],
    ["Anti-Trafficking in Persons Act B.E. 2551 (2008) s.6/1", { want: [] }],
    ["IOM HTCDS 2.0 (24 Dec 2021), picklist cas_Status", { want: [] }],
    ["ISO 639-3, with the collective codes of ISO 639-2, via Debian iso-codes 4.15.0-1", { want: [] }],
  ] as const)("%s", (given, { want }) => {
    expect(problems(given)).toEqual(want);
  });
});

describe("sources users see", () => {
  const found = [
    ...translatableCodeLists().flatMap((list) => sourcesIn(list, `codeLists[${list.id}]`)),
    ...sourcesIn(ISSUES, "ISSUES"),
    ...sourcesIn(profiles, "profiles"),
  ];

  it("are found in code lists, their codes, issue definitions and every profile", () => {
    const roots = new Set(found.map(([path]) => path.split(/[.[]/)[0]));
    expect([...roots].sort()).toEqual(["ISSUES", "codeLists", "profiles"]);
    for (const code of ["AR", "LR", "PY", "TH"]) {
      expect(
        found.some(([path]) => path.startsWith(`profiles.${code}.`)),
        code,
      ).toBe(true);
    }
    expect(found.length).toBeGreaterThan(300);
  });

  it("cite published documents, never the internal brief, its tags or a repository path", () => {
    const offending = found.flatMap(([path, source]) => {
      const reasons = problems(source);
      return reasons.length === 0 ? [] : [`${path}: ${reasons.join(", ")} (${JSON.stringify(source)})`];
    });
    expect(offending).toEqual([]);
  });

  it("are never empty", () => {
    expect(found.filter(([, source]) => source.trim() === "").map(([path]) => path)).toEqual([]);
  });
});
