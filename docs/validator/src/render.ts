// The page's results as DOM nodes, built from the worker's plain data. Text goes in with textContent only:
// a file's content never becomes markup.
import type { ShownExplanation, ShownIssue, ShownRecord, Totals } from "./protocol";
import type { UiText } from "./ui-text/index";

type Child = Node | string;

/** An element with attributes and children. */
export function element(
  tag: string,
  attributes: Readonly<Record<string, string>> = {},
  ...children: Child[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A country profile's code with the country's name in the page's language, as "TH (Thailand)". */
export function profileName(code: string, lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: "region" }).of(code);
  return name === undefined || name === code ? code : `${code} (${name})`;
}

function where(record: Pick<ShownRecord, "where">, text: UiText): string | undefined {
  if (record.where === undefined) return undefined;
  return record.where.unit === "line" ? text.line(record.where.number) : text.row(record.where.number);
}

/** One issue: code, severity, place, message and the code's explanation. */
export function issueItem(
  issue: ShownIssue & { readonly row?: number; readonly column?: string },
  place: string | undefined,
  explanations: ReadonlyMap<string, ShownExplanation>,
  text: UiText,
): HTMLElement {
  const location = [
    place ?? (issue.row === undefined ? undefined : text.row(issue.row)),
    issue.column === undefined ? undefined : text.column(issue.column),
  ].filter((part): part is string => part !== undefined);
  const explanation = explanations.get(issue.code);
  return element(
    "li",
    { class: `issue ${issue.severity}` },
    element(
      "p",
      { class: "issue-head" },
      element("span", { class: "code" }, issue.code),
      " ",
      element("span", { class: "severity" }, text.severity[issue.severity]),
      " ",
      element(
        "span",
        { class: "where" },
        [...location, ""].join(", "),
        element("code", { translate: "no" }, issue.path === "" ? text.wholeRecord : issue.path),
      ),
    ),
    element("p", { class: "message" }, issue.message),
    ...(explanation === undefined
      ? []
      : [element("details", {}, element("summary", {}, explanation.title), element("p", {}, explanation.explanation))]),
  );
}

/** One record: where it is, whether it is valid, its profile, its issues and its screenings. */
export function recordArticle(
  record: ShownRecord,
  explanations: ReadonlyMap<string, ShownExplanation>,
  text: UiText,
): HTMLElement {
  const id = `record-${record.index}`;
  const place = where(record, text);
  const heading = element(
    "h3",
    { id },
    [text.recordHeading(record.index), place].filter((part) => part !== undefined).join(", "),
    " ",
    element("span", { class: record.ok ? "status ok" : "status bad" }, record.ok ? text.ok : text.notOk),
  );
  const meta = [
    ...(record.id === undefined ? [] : [element("code", { translate: "no" }, record.id)]),
    text.profileOfRecord(record.profile === undefined ? text.noProfile : profileName(record.profile, text.lang)),
  ];
  const issues =
    record.issues.length === 0
      ? [element("p", {}, text.noIssues)]
      : [
          element("h4", {}, `${text.issuesHeading} (${record.issues.length})`),
          element(
            "ul",
            { class: "issues" },
            ...record.issues.map((issue) => issueItem(issue, place, explanations, text)),
          ),
        ];
  const screening =
    record.screenings.length === 0
      ? []
      : [
          element("h4", {}, text.screeningHeading),
          element("p", { class: "note" }, text.screeningNote),
          element(
            "ul",
            { class: "screenings" },
            ...record.screenings.map((screening) =>
              element(
                "li",
                { class: `screening ${screening.classification}` },
                element(
                  "p",
                  {},
                  element("span", { class: "person" }, text.person(screening.person)),
                  ": ",
                  element("strong", {}, text.classification[screening.classification]),
                ),
                element("details", {}, element("summary", {}, text.why), element("p", {}, screening.explanation)),
              ),
            ),
          ),
        ];
  return element(
    "article",
    { class: record.ok ? "record ok" : "record bad", "aria-labelledby": id },
    heading,
    element("p", { class: "meta" }, ...meta.flatMap((part, index) => (index === 0 ? [part] : [" · ", part]))),
    ...issues,
    ...screening,
  );
}

/** The summary's rows: records, valid, invalid, errors, warnings and the profiles applied. */
export function summaryList(totals: Totals, text: UiText): HTMLElement {
  const profiles = Object.entries(totals.profiles)
    .map(([code, count]) => `${profileName(code, text.lang)}: ${count}`)
    .join(", ");
  const rows: [string, string][] = [
    [text.records, String(totals.records)],
    [text.valid, String(totals.valid)],
    [text.invalid, String(totals.invalid)],
    [text.errors, String(totals.errors)],
    [text.warnings, String(totals.warnings)],
    [text.profilesApplied, profiles === "" ? text.noProfile : profiles],
  ];
  return element(
    "dl",
    { class: "summary" },
    ...rows.flatMap(([term, value]) => [element("dt", {}, term), element("dd", {}, value)]),
  );
}
