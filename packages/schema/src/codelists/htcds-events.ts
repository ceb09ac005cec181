import * as z from "zod";
import { defineCodeList } from "./codelist";
import { HTCDS_HTE_TYPE } from "./htcds-picklists.generated";

/**
 * The HTCDS 2.0 types of historic trafficking event (`hte_Type`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { TRAFFICKING_EVENT_TYPES } from "@tipx/schema";
 * TRAFFICKING_EVENT_TYPES; // ["Recruitment", "Transit", "Exploitation"]
 * ```
 */
export const TRAFFICKING_EVENT_TYPES = HTCDS_HTE_TYPE;

/**
 * The HTCDS 2.0 picklist of the stages of a trafficking journey a historic event records.
 *
 * @example
 * ```ts
 * import { codeLabel, traffickingEventTypes } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(traffickingEventTypes, "Recruitment", es); // "Captación"
 * ```
 */
export const traffickingEventTypes = defineCodeList({
  id: "htcds.trafficking-event-type",
  name: "Trafficking event type",
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist hte_Type",
  htcdsField: "hte_Type",
  codes: TRAFFICKING_EVENT_TYPES,
  extensible: false,
  meta: {
    Recruitment: {
      label: "Recruitment",
      definition: "Where and when the victim was recruited.",
    },
    Transit: {
      label: "Transit",
      definition: "A place the victim passed through on the way to exploitation.",
    },
    Exploitation: {
      label: "Exploitation",
      definition: "Where and when the victim was exploited.",
    },
  },
});

/**
 * Zod schema of an HTCDS trafficking event type.
 *
 * @example
 * ```ts
 * import { TraffickingEventType } from "@tipx/schema";
 * TraffickingEventType.parse("Transit"); // "Transit"
 * TraffickingEventType.safeParse("Transport").success; // false
 * ```
 */
export const TraffickingEventType = z.enum(TRAFFICKING_EVENT_TYPES);
/** An HTCDS 2.0 trafficking event type: `"Recruitment"`, `"Transit"` or `"Exploitation"`. */
export type TraffickingEventType = z.infer<typeof TraffickingEventType>;
