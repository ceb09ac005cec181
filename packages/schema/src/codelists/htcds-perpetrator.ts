import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The HTCDS 2.0 roles of a perpetrator in the trafficking process (`per_RoleInProcess`), spelt and
 * ordered as in the standard.
 *
 * @example
 * ```ts
 * import { PERPETRATOR_ROLES } from "@tipx/schema";
 * PERPETRATOR_ROLES.includes("RecruiterOrIntermediary"); // true
 * ```
 */
export const PERPETRATOR_ROLES = [
  "TravellingPartner",
  "Transporter",
  "RecruiterOrIntermediary",
  "BrokerTravelAgent",
  "TransferredIndividual",
  "HarbouredIndividual",
  "SoldIndividual",
  "BoughtIndividual",
  "ReceivedIndividual",
  "ControlledIndividual",
  "Smuggler",
  "Abuser",
  "Kidnapper",
  "Exploiter",
  "Other",
] as const;

/**
 * The HTCDS 2.0 picklist of the parts a perpetrator played in trafficking a victim. Codes such as
 * `TransferredIndividual` name what the perpetrator did to the victim, not a role of the victim.
 *
 * @example
 * ```ts
 * import { perpetratorRoles, translate } from "@tipx/schema";
 * translate(perpetratorRoles.meta.Exploiter.label, "es"); // "Explotador/a"
 * ```
 */
export const perpetratorRoles = defineCodeList({
  id: "htcds.perpetrator-role",
  name: { en: "Role in the trafficking process", th: "บทบาทในกระบวนการค้ามนุษย์", es: "Rol en el proceso de trata" },
  source: "IOM HTCDS 2.0 (24 Dec 2021), picklist per_RoleInProcess; shared/reference/htcds/picklist_values.csv",
  htcdsField: "per_RoleInProcess",
  codes: PERPETRATOR_ROLES,
  extensible: false,
  meta: {
    TravellingPartner: {
      label: { en: "Travelling Partner", th: "ผู้ร่วมเดินทาง", es: "Acompañante de viaje" },
      definition: "Travelled with the victim, for example as an escort posing as a relative or partner.",
    },
    Transporter: {
      label: { en: "Transporter", th: "ผู้ขนส่ง", es: "Transportista" },
      definition: "Moved the victim from one place to another (a Palermo Protocol act).",
    },
    RecruiterOrIntermediary: {
      label: { en: "Recruiter Or Intermediary", th: "ผู้จัดหาหรือนายหน้า", es: "Captador/a o intermediario/a" },
      definition: "Found and enlisted the victim, or acted as a go-between for those who did.",
    },
    BrokerTravelAgent: {
      label: { en: "Broker Travel Agent", th: "นายหน้าหรือตัวแทนการเดินทาง", es: "Gestor/a o agente de viajes" },
      definition: "Arranged travel, documents or job placement for the victim, often for a fee.",
    },
    TransferredIndividual: {
      label: { en: "Transferred Individual", th: "ผู้ส่งต่อผู้เสียหาย", es: "Trasladó a la víctima" },
      definition: "Handed the victim over to another person or moved them under another's control (a Palermo Protocol act).",
    },
    HarbouredIndividual: {
      label: { en: "Harboured Individual", th: "ผู้ให้ที่พักพิงหรือซ่อนเร้นผู้เสียหาย", es: "Acogió a la víctima" },
      definition: "Housed, hid or kept the victim (a Palermo Protocol act).",
    },
    SoldIndividual: {
      label: { en: "Sold Individual", th: "ผู้ขายผู้เสียหาย", es: "Vendió a la víctima" },
    },
    BoughtIndividual: {
      label: { en: "Bought Individual", th: "ผู้ซื้อผู้เสียหาย", es: "Compró a la víctima" },
    },
    ReceivedIndividual: {
      label: { en: "Received Individual", th: "ผู้รับตัวผู้เสียหาย", es: "Recibió a la víctima" },
      definition: "Took delivery of the victim at a destination (a Palermo Protocol act).",
    },
    ControlledIndividual: {
      label: { en: "Controlled Individual", th: "ผู้ควบคุมผู้เสียหาย", es: "Controló a la víctima" },
      definition: "Kept the victim under control, for example by guarding, threatening or holding their documents.",
    },
    Smuggler: {
      label: { en: "Smuggler", th: "ผู้ลักลอบนำคนเข้าเมือง", es: "Traficante de migrantes" },
      definition: "Moved the victim across a border irregularly for a payment.",
    },
    Abuser: { label: { en: "Abuser", th: "ผู้กระทำทารุณกรรม", es: "Agresor/a" } },
    Kidnapper: { label: { en: "Kidnapper", th: "ผู้ลักพาตัว", es: "Secuestrador/a" } },
    Exploiter: {
      label: { en: "Exploiter", th: "ผู้แสวงประโยชน์", es: "Explotador/a" },
      definition: "Profited from the victim's exploitation, such as the employer, brothel owner or scam-compound boss.",
    },
    Other: { label: { en: "Other", th: "อื่น ๆ", es: "Otro" } },
  },
});

/**
 * Zod schema of an HTCDS perpetrator role.
 *
 * @example
 * ```ts
 * import { PerpetratorRole } from "@tipx/schema";
 * PerpetratorRole.parse("Smuggler"); // "Smuggler"
 * PerpetratorRole.safeParse("Recruiter").success; // false
 * ```
 */
export const PerpetratorRole = z.enum(PERPETRATOR_ROLES);
/** An HTCDS 2.0 role of a perpetrator in the trafficking process, such as `"Transporter"`. */
export type PerpetratorRole = z.infer<typeof PerpetratorRole>;
