import { defineIssue } from "./issue";

/**
 * Issue codes TIPX2xx: values that must come from a code list.
 *
 * @example
 * ```ts
 * import { CODE_LIST_ISSUES } from "@tipx/schema";
 * CODE_LIST_ISSUES.TIPX201.severity; // "error"
 * ```
 */
export const CODE_LIST_ISSUES = {
  TIPX201: defineIssue<{
    readonly field: string;
    readonly list?: string;
    readonly received?: string;
    readonly suggestion?: string;
  }>({
    severity: "error",
    title: "Unknown code",
    message: (p, n) =>
      `${n.field(p.field)}: ${p.received !== undefined ? `"${p.received}" is ` : ""}not a code of ${p.list === undefined ? n.field(p.field) : n.list(p.list)}${p.suggestion ? `; did you mean "${p.suggestion}"?` : "."}`,
    explanation:
      'The value must be one of the codes of the field\'s code list, spelt exactly as the list spells it (HTCDS codes are case-sensitive and kept verbatim, typos included). The message repeats the value only for fields whose sensitivity is `none`. Under `level: "lenient"`, an unknown code in an extensible list (websites and apps, identity document kinds) is a warning.',
  }),
  TIPX202: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Repeated code",
    message: (p, n) => `${n.field(p.field)}: the same code appears more than once.`,
    explanation:
      "A multi-select field (methods of control, exploitation types, citizenships...) lists the same code twice. Counts built from it would be wrong; list each code once.",
  }),
} as const;
