import { z } from "zod";
import { CountryCode } from "../codelists/countries";
import { OrganizationType } from "../codelists/htcds-organization";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { PhoneNumber, Place } from "./primitives";

/**
 * An organisation: a government agency, police unit, shelter, NGO, court or company that holds, sends
 * or receives case data, leads an operation or takes a referral.
 *
 * @example
 * ```ts
 * import { Organization } from "@tipx/schema";
 * const dopa = Organization.parse({
 *   type: "Organization",
 *   id: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21",
 *   name: "Department of Provincial Administration",
 *   organizationType: "CentralGovernmentOrganisation",
 *   country: "TH",
 *   agency: "TH-DOPA",
 * });
 * ```
 */
export const Organization = z.strictObject({
  ...entityFields("Organization"),
  name: field(z.string().min(1), {
    label: { en: "Organisation name", th: "ชื่อหน่วยงาน", es: "Nombre de la organización" },
    description: { en: "The organisation's name.", th: "ชื่อของหน่วยงาน", es: "El nombre de la organización." },
    sensitivity: "none",
    htcds: "org_Name",
  }),
  organizationType: field(OrganizationType.optional(), {
    label: { en: "Organisation type", th: "ประเภทหน่วยงาน", es: "Tipo de organización" },
    description: { en: "The kind of organisation, HTCDS 2.0 values.", th: "ประเภทของหน่วยงาน ตามค่าของ HTCDS 2.0", es: "El tipo de organización, valores de HTCDS 2.0." },
    sensitivity: "none",
    htcds: "org_Type",
  }),
  country: field(CountryCode.optional(), {
    label: { en: "Country", th: "ประเทศ", es: "País" },
    description: { en: "The country the organisation works in or is registered in.", th: "ประเทศที่หน่วยงานดำเนินงานหรือจดทะเบียน", es: "El país donde la organización trabaja o está registrada." },
    sensitivity: "none",
  }),
  agency: field(z.string().min(1).optional(), {
    label: { en: "Agency code", th: "รหัสหน่วยงานรัฐ", es: "Código de organismo" },
    description: { en: "The code of a lead agency from the country profile, such as TH-DOPA or AR-PROTEX.", th: "รหัสหน่วยงานหลักจากโปรไฟล์ประเทศ เช่น TH-DOPA หรือ AR-PROTEX", es: "El código de un organismo del perfil del país, como TH-DOPA o AR-PROTEX." },
    sensitivity: "none",
  }),
  address: field(Place.optional(), {
    label: { en: "Address", th: "ที่อยู่", es: "Dirección" },
    description: { en: "The organisation's address; a shelter's address may need protecting.", th: "ที่อยู่ของหน่วยงาน ที่อยู่ของสถานคุ้มครองอาจต้องปกปิด", es: "La dirección de la organización; la de un refugio puede requerir protección." },
    sensitivity: "quasi-identifier",
    htcds: ["org_ShippingStreet", "org_ShippingCity", "org_ShippingState", "org_ShippingPostalCode", "org_ShippingCountry", "org_ShippingLatitude", "org_ShippingLongitude"],
  }),
  phone: field(PhoneNumber.optional(), {
    label: { en: "Phone", th: "โทรศัพท์", es: "Teléfono" },
    description: { en: "The organisation's telephone number, E.164.", th: "หมายเลขโทรศัพท์ของหน่วยงาน รูปแบบ E.164", es: "El teléfono de la organización, E.164." },
    sensitivity: "none",
    htcds: "org_Phone",
  }),
  email: field(z.email().optional(), {
    label: { en: "E-mail", th: "อีเมล", es: "Correo electrónico" },
    description: { en: "The organisation's e-mail address.", th: "อีเมลของหน่วยงาน", es: "El correo electrónico de la organización." },
    sensitivity: "none",
  }),
});
/** An organisation that holds, sends or receives case data. */
export type Organization = z.infer<typeof Organization>;
