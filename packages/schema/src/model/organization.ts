import * as z from "zod";
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
  /** The organisation's name. */
  name: field(z.string().min(1), {
    id: "Organization.name",
    label: "Organisation name",
    description: "The organisation's name.",
    sensitivity: "none",
    htcds: "org_Name",
  }),
  /** The kind of organisation, HTCDS 2.0 values. */
  organizationType: field(OrganizationType.exactOptional(), {
    id: "Organization.organizationType",
    label: "Organisation type",
    description: "The kind of organisation, HTCDS 2.0 values.",
    sensitivity: "none",
    htcds: "org_Type",
  }),
  /** The country the organisation works in or is registered in. */
  country: field(CountryCode.exactOptional(), {
    id: "Organization.country",
    label: "Country",
    description: "The country the organisation works in or is registered in.",
    sensitivity: "none",
  }),
  /** The code of a lead agency from the country profile, such as TH-DOPA or AR-PROTEX. */
  agency: field(z.string().min(1).exactOptional(), {
    id: "Organization.agency",
    label: "Agency code",
    description: "The code of a lead agency from the country profile, such as TH-DOPA or AR-PROTEX.",
    sensitivity: "none",
  }),
  /** The organisation's address; a shelter's address may need protecting. */
  address: field(Place.exactOptional(), {
    id: "Organization.address",
    label: "Address",
    description: "The organisation's address; a shelter's address may need protecting.",
    sensitivity: "quasi-identifier",
    htcds: [
      "org_ShippingStreet",
      "org_ShippingCity",
      "org_ShippingState",
      "org_ShippingPostalCode",
      "org_ShippingCountry",
      "org_ShippingLatitude",
      "org_ShippingLongitude",
    ],
  }),
  /** The organisation's telephone number, E.164. */
  phone: field(PhoneNumber.exactOptional(), {
    id: "Organization.phone",
    label: "Phone",
    description: "The organisation's telephone number, E.164.",
    sensitivity: "none",
    htcds: "org_Phone",
  }),
  /** The organisation's e-mail address. */
  email: field(z.email().exactOptional(), {
    id: "Organization.email",
    label: "E-mail",
    description: "The organisation's e-mail address.",
    sensitivity: "none",
  }),
});
/** An organisation that holds, sends or receives case data. */
export type Organization = z.infer<typeof Organization>;
