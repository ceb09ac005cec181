import type { ConsentPurpose, Sensitivity } from "@tipx/schema";
import type { z } from "zod";

/**
 * What redaction does to a field: keep it, generalise it (a coarser value of the same type, or the field
 * itself when it is already a code), or remove it.
 */
export const REDACTION_ACTIONS = ["keep", "generalize", "remove"] as const;

/** A redaction action: `"keep"`, `"generalize"` or `"remove"`. */
export type RedactionAction = (typeof REDACTION_ACTIONS)[number];

/** One cell of {@link PURPOSE_POLICY}: an action and why. */
export interface PolicyCell {
  /** The action. */
  readonly action: RedactionAction;
  /** Why, in one line of English. */
  readonly reason: string;
}

/** What one purpose does to each sensitivity class, and to sensitive free text. */
export interface PurposePolicy {
  /** The action for each sensitivity class. */
  readonly classes: Readonly<Record<Sensitivity, PolicyCell>>;
  /**
   * The finer rule for a `sensitive` field holding free text (not a code, enum, boolean or number): it
   * overrides the class's `keep`.
   */
  readonly sensitiveFreeText: PolicyCell;
  /**
   * Entity types whose sensitive free text is kept even when {@link PurposePolicy.sensitiveFreeText}
   * removes it: the text written for this purpose.
   */
  readonly freeTextKeptOn: readonly string[];
}

const KEEP_ALL = (why: string): PurposePolicy => ({
  classes: {
    "direct-identifier": { action: "keep", reason: why },
    "quasi-identifier": { action: "keep", reason: why },
    sensitive: { action: "keep", reason: why },
    none: { action: "keep", reason: "Codes and structure say nothing about a person." },
  },
  sensitiveFreeText: { action: "keep", reason: why },
  freeTextKeptOn: [],
});

const ANONYMOUS = (use: string): PurposePolicy => ({
  classes: {
    "direct-identifier": {
      action: "remove",
      reason: `${use} needs no one's identity, and validate() rejects direct identifiers here (TIPX503).`,
    },
    "quasi-identifier": {
      action: "generalize",
      reason: "Dates to the year, places to the subdivision, codes kept: enough for counts, hard to link.",
    },
    sensitive: { action: "keep", reason: `Coded facts (exploitation, control, outcome) are what ${use} counts.` },
    none: { action: "keep", reason: "Codes and structure say nothing about a person." },
  },
  sensitiveFreeText: {
    action: "remove",
    reason: "Narratives name people and places in ways no field-level rule can find.",
  },
  freeTextKeptOn: [],
});

/**
 * What each consent purpose does to each sensitivity class of the model, with the reason for each
 * cell. Redaction, the README's policy table and the tests read this one record; which fields fall in
 * which class comes from the field registry of `@tipx/schema`, so a field added to the model is covered
 * the day it is added.
 *
 * @example
 * ```ts
 * import { PURPOSE_POLICY } from "@tipx/privacy";
 * PURPOSE_POLICY.statistics.classes["direct-identifier"].action; // "remove"
 * ```
 */
export const PURPOSE_POLICY: Readonly<Record<ConsentPurpose, PurposePolicy>> = {
  "case-management": KEEP_ALL("The organisation that manages the case holds the whole record."),
  prosecution: KEEP_ALL("Prosecutors and courts need the whole record, identities and narratives included."),
  referral: {
    ...KEEP_ALL("The person consented to this referral; the receiving service must know whom it serves."),
    sensitiveFreeText: {
      action: "remove",
      reason:
        "Case comments and narratives were written for the case owner; the referral's own text says what the service needs.",
    },
    freeTextKeptOn: ["Referral"],
  },
  "cross-border-transfer": {
    ...KEEP_ALL("Repatriation needs the person identified and the facts of the case, with the person's consent."),
    sensitiveFreeText: {
      action: "remove",
      reason: "Narratives and case notes stay with the sending country; coded facts travel.",
    },
  },
  statistics: ANONYMOUS("Statistics"),
  research: ANONYMOUS("Research"),
};

type Def = { type: string } & Record<string, unknown>;

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as Def;
}

/** Strips the optional, nullable, default, readonly and pipe wrappers of a schema. */
export function _unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = defOf(current);
    const inner = def["innerType"] ?? (def.type === "pipe" ? def["in"] : undefined);
    if (!inner) return current;
    current = inner as z.core.$ZodType;
  }
  return current;
}

/** Whether a string schema checks a format (a date, a code pattern, an e-mail): such a string is not free text. */
function hasFormat(schema: z.core.$ZodType): boolean {
  const def = defOf(schema);
  if (typeof def["format"] === "string") return true;
  const checks = (def["checks"] ?? []) as { _zod: { def: { check?: string } } }[];
  return checks.some((check) => check._zod.def.check === "string_format");
}

/**
 * Whether a schema of the model holds free text: an unformatted string (or a list of them), an open
 * record or an unknown value, as opposed to a code list, enum, literal, boolean, number or formatted
 * string. With `value`, a union is judged by the option that accepts the value (an answer `"yes"` is a
 * code, an answer in words is text); without it, a union with a text option is free text.
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { isFreeText } from "@tipx/privacy";
 * isFreeText(z.string()); // true
 * isFreeText(z.enum(["yes", "no"])); // false
 * ```
 */
export function isFreeText(schema: z.core.$ZodType, value?: unknown): boolean {
  const inner = _unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case "string":
      return !hasFormat(inner);
    case "array":
      return isFreeText(def["element"] as z.core.$ZodType);
    case "record":
    case "unknown":
    case "any":
      return true;
    case "union": {
      const options = def["options"] as z.core.$ZodType[];
      if (value !== undefined) {
        const accepting = options.find((option) => (option as z.ZodType).safeParse(value).success);
        if (accepting) return isFreeText(accepting);
      }
      return options.some((option) => isFreeText(option));
    }
    default:
      return false;
  }
}

/**
 * The action a purpose takes on one field, from the field's sensitivity class and schema.
 *
 * @param purpose - The purpose of the bundle.
 * @param sensitivity - The field's sensitivity class, from the field registry.
 * @param schema - The field's schema, to tell free text from codes.
 * @param entityType - The type of the entity that holds the field, if any.
 * @param value - The field's value, to judge a union by the option that accepts it.
 * @example
 * ```ts
 * import * as z from "zod";
 * import { fieldAction } from "@tipx/privacy";
 * fieldAction("statistics", "sensitive", z.string()); // "remove"
 * fieldAction("referral", "direct-identifier", z.string()); // "keep"
 * ```
 */
export function fieldAction(
  purpose: ConsentPurpose,
  sensitivity: Sensitivity,
  schema: z.core.$ZodType,
  entityType?: string,
  value?: unknown,
): RedactionAction {
  const policy = PURPOSE_POLICY[purpose];
  const action = policy.classes[sensitivity].action;
  if (
    sensitivity === "sensitive" &&
    action === "keep" &&
    !(entityType !== undefined && policy.freeTextKeptOn.includes(entityType)) &&
    isFreeText(schema, value)
  )
    return policy.sensitiveFreeText.action;
  return action;
}
