import { defineIssue } from "./issue";

/**
 * Issue code TIPX900: a failure of tipx itself, never of the data. It has its own code so that a bug
 * never looks like bad input.
 *
 * @example
 * ```ts
 * import { INTERNAL_ISSUES } from "@tipx/schema";
 * INTERNAL_ISSUES.TIPX900.severity; // "error"
 * ```
 */
export const INTERNAL_ISSUES = {
  TIPX900: defineIssue({
    severity: "error",
    title: "Internal error in tipx",
    message: () => "An internal error in tipx stopped this check; please report it. The data may be valid.",
    explanation:
      "Something failed inside tipx while it checked this value: a defect of tipx, not of your data. The issues reported besides this one still hold. Please report it with the tipx version (`tipx --version`) and, if you can share it, a synthetic record that reproduces it.",
  }),
} as const;
