import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The classifications of a bundle, from least to most protected.
 *
 * @example
 * ```ts
 * import { CLASSIFICATIONS } from "@tipx/schema";
 * CLASSIFICATIONS.indexOf("restricted") > CLASSIFICATIONS.indexOf("confidential"); // true
 * ```
 */
export const CLASSIFICATIONS = ["public", "internal", "confidential", "restricted"] as const;

/**
 * The code list of bundle classifications: who may see a bundle's contents.
 *
 * @example
 * ```ts
 * import { codeLabel, classifications } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * codeLabel(classifications, "confidential", th); // "ลับ"
 * ```
 */
export const classifications = defineCodeList({
  id: "tipx.classification",
  name: "Classification",
  source: "tipx 1.0, after four-level information classification schemes (ISO/IEC 27001:2022 Annex A control 5.12)",
  codes: CLASSIFICATIONS,
  extensible: false,
  meta: {
    public: {
      label: "Public",
      definition:
        "Anyone may see it, including the public; it must hold no personal data (for example published statistics).",
    },
    internal: {
      label: "Internal",
      definition:
        "Staff of the sender and of the recipients may see it for their work; not for publication. Suitable for " +
        "aggregate or pseudonymised data.",
    },
    confidential: {
      label: "Confidential",
      definition:
        "Only staff of the sender and recipients who work on the case or purpose it was sent for may see it (need " +
        "to know). The usual level for case data about identifiable people.",
    },
    restricted: {
      label: "Restricted",
      definition:
        "Only the people the sender names may see it. For data whose disclosure could endanger someone, such as " +
        "protected witnesses, victims' whereabouts or planned operations.",
    },
  },
});

/**
 * Zod schema of a bundle classification.
 *
 * @example
 * ```ts
 * import { Classification } from "@tipx/schema";
 * Classification.parse("internal"); // "internal"
 * Classification.safeParse("secret").success; // false
 * ```
 */
export const Classification = z.enum(CLASSIFICATIONS);
/** A bundle classification, such as `"confidential"`. */
export type Classification = z.infer<typeof Classification>;
