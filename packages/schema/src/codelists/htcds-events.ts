import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The HTCDS 2.0 types of historic trafficking event (`hte_Type`), spelt and ordered as in the standard.
 *
 * @example
 * ```ts
 * import { TRAFFICKING_EVENT_TYPES } from "@tipx/schema";
 * TRAFFICKING_EVENT_TYPES; // ["Recruitment", "Transit", "Exploitation"]
 * ```
 */
export const TRAFFICKING_EVENT_TYPES = ["Recruitment", "Transit", "Exploitation"] as const;

/**
 * The HTCDS 2.0 picklist of the stages of a trafficking journey a historic event records.
 *
 * @example
 * ```ts
 * import { traffickingEventTypes, translate } from "@tipx/schema";
 * translate(traffickingEventTypes.meta.Recruitment.label, "es"); // "Captación"
 * ```
 */
export const traffickingEventTypes = defineCodeList({
  id: "htcds.trafficking-event-type",
  name: { en: "Trafficking event type", th: "ประเภทเหตุการณ์การค้ามนุษย์", es: "Tipo de hecho de trata" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist hte_Type; shared/reference/htcds/picklist_values.csv",
  htcdsField: "hte_Type",
  codes: TRAFFICKING_EVENT_TYPES,
  extensible: false,
  meta: {
    Recruitment: {
      label: { en: "Recruitment", th: "การจัดหา", es: "Captación" },
      definition: "Where and when the victim was recruited.",
    },
    Transit: {
      label: { en: "Transit", th: "การเดินทางผ่าน", es: "Tránsito" },
      definition: "A place the victim passed through on the way to exploitation.",
    },
    Exploitation: {
      label: { en: "Exploitation", th: "การแสวงประโยชน์", es: "Explotación" },
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
