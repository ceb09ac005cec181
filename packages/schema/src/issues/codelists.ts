import { _cap, _codes, _the } from "./_words";
import { defineIssue } from "./issue";

/**
 * The most codes a list may have for a TIPX201 message to name them all; a longer list gets the codes
 * nearest to the value and a pointer to `tipx codes LIST`.
 *
 * @example
 * ```ts
 * import { SHORT_CODE_LIST } from "@tipx/schema";
 * SHORT_CODE_LIST; // 12
 * ```
 */
export const SHORT_CODE_LIST = 12;

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
    /** The code list's id, when the field has one (`"htcds.gender"`). */
    readonly list?: string;
    /** The value, only for a field of sensitivity `none`. */
    readonly received?: string;
    /** Codes near the value, best first (only when the value may be repeated). */
    readonly suggestions?: readonly string[];
    /** Every code of a short list (at most {@link SHORT_CODE_LIST} codes). */
    readonly allowed?: readonly string[];
  }>({
    severity: "error",
    title: "Unknown code",
    message: (p, n) => {
      const where = p.list === undefined ? "one of the allowed codes" : `a code of the list “${n.list(p.list)}”`;
      const sentences = [
        p.received === undefined
          ? `The value of ${_the(n, p.field)} is not ${where}.`
          : `${_cap(_the(n, p.field))} holds "${p.received}", which is not ${where}.`,
      ];
      if (p.suggestions !== undefined && p.suggestions.length > 0)
        sentences.push(`Did you mean ${_codes(n, p.suggestions)}?`);
      if (p.allowed !== undefined && p.allowed.length > 0) sentences.push(`It must be ${_codes(n, p.allowed)}.`);
      else if (p.list !== undefined) sentences.push(`Run "tipx codes ${p.list}" to see its codes.`);
      return sentences.join(" ");
    },
    explanation:
      'The value must be one of the codes of the field\'s code list, spelt exactly as the list spells it (HTCDS codes are case-sensitive and kept verbatim, typos included). The message names the list; for a list of 12 codes or fewer it names the codes too, and for a longer one it suggests up to three codes near the value and points to `tipx codes LIST`, which prints every code of the list with its label (`tipx codes LIST --lang th` in Thai, `--lang es` in Spanish; `tipx codes` alone lists the lists). The issue-code page of the tipx documentation lists every code list with its id. The message repeats the value, and suggests codes near it, only for fields whose sensitivity is `none`. Under `level: "lenient"`, an unknown code in an extensible list (websites and apps, identity document kinds) is a warning.',
  }),
  TIPX202: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Repeated code",
    message: (p, n) => `${_cap(_the(n, p.field))} lists the same code more than once.`,
    explanation:
      "A multi-select field (methods of control, exploitation types, citizenships...) lists the same code twice. Counts built from it would be wrong; list each code once.",
  }),
} as const;
