import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The roles a person can have in a case. A person may have several, for example `victim` and `witness`.
 *
 * @example
 * ```ts
 * import { PARTY_ROLES } from "@tipx/schema";
 * PARTY_ROLES.includes("presumed-victim"); // true
 * ```
 */
export const PARTY_ROLES = [
  "victim",
  "presumed-victim",
  "suspect",
  "witness",
  "guardian",
  "reporter",
  "interpreter",
  "family-member",
  "other",
] as const;

/**
 * The code list of the roles of the people in a case.
 *
 * @example
 * ```ts
 * import { codeLabel, partyRoles } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * codeLabel(partyRoles, "suspect", th); // "ผู้ต้องสงสัย"
 * ```
 */
export const partyRoles = defineCodeList({
  id: "tipx.party-role",
  name: "Role in the case",
  source: "tipx 1.0, after the HTCDS 2.0 victim and perpetrator contexts and the Palermo Protocol (2000)",
  codes: PARTY_ROLES,
  extensible: false,
  meta: {
    victim: {
      label: "Victim",
      definition: "A person identified as a victim of trafficking; their trafficking status says by whom.",
    },
    "presumed-victim": {
      label: "Presumed victim",
      definition:
        "A person with indicators of trafficking whose identification is not complete; entitled to assistance meanwhile.",
    },
    suspect: {
      label: "Suspect",
      definition: "A person suspected of trafficking or a related offence; presumed innocent.",
    },
    witness: { label: "Witness" },
    guardian: {
      label: "Guardian",
      definition: "A parent, legal guardian or appointed representative of a child victim.",
    },
    reporter: {
      label: "Reporter",
      definition: "The person who reported the case, for example to a helpline or the police.",
    },
    interpreter: { label: "Interpreter" },
    "family-member": {
      label: "Family member",
      definition: "A relative of a victim who is involved in the case, for example in family tracing.",
    },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of a party role.
 *
 * @example
 * ```ts
 * import { PartyRole } from "@tipx/schema";
 * PartyRole.parse("witness"); // "witness"
 * PartyRole.safeParse("Victim").success; // false
 * ```
 */
export const PartyRole = z.enum(PARTY_ROLES);
/** The role of a person in a case, such as `"victim"` or `"suspect"`. */
export type PartyRole = z.infer<typeof PartyRole>;
