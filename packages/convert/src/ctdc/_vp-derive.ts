import { ageAt } from "@tipx/privacy";
import type { PerpetratorLink, PerpetratorRelationship } from "@tipx/schema";
import { _GENDER_2017 } from "./_codings";
import type { _Victim } from "./_victims";
import { unRegionOf } from "./m49";

/** The columns of the CTDC victim–perpetrator layout, in order. */
export const _VP_COLUMNS = [
  "yearRegister",
  "gender",
  "majorityStatus",
  "isForcedLabour",
  "isSexualExploit",
  "UN_COO_Region",
  "UN_COE_Region",
  "IP_Exploiter",
  "IP_Gender",
  "IP_ageBroad",
  "IP_citizen_UNRegion",
  "IP_Relation",
  "IP_PayMoney",
  "IP_RecruiterBroker",
  "IP_TransactionProcess",
  "IP_ControlAbuseKidnap",
] as const;

/** Our coding of `IP_Relation` (unverified against CTDC's files). */
export const _IP_RELATION: { readonly [R in PerpetratorRelationship]: string } = {
  Familial: "Family/Relative",
  Acquainted: "Friend/Acquaintance",
  Unaquainted: "Stranger",
  IntimatePartner: "Intimate Partner",
  Other: "Other",
};

const flag = (value: boolean | undefined): string => (value === undefined ? "" : value ? "1" : "0");

/** One victim–suspect row, and the pointers of the bundle values it used. */
export function _vpRow(
  v: _Victim,
  link: PerpetratorLink,
  index: number,
): { cells: Record<string, string>; used: Set<string> } {
  const used = new Set<string>();
  const at = `${v.partyPath}/victim/perpetrators/${index}`;
  const { person, personPath, case: kase, casePath, victim } = v;
  const suspect = v.people.get(link.person);
  used.add(`${at}/person`);
  const opened = kase.openedOn;
  if (opened) used.add(`${casePath}/openedOn`);
  const gender = (p: typeof person, path: string): string => {
    if (!p?.gender) return "";
    used.add(`${path}/gender`);
    return _GENDER_2017[p.gender];
  };
  const band = (p: typeof person, path: string): string | undefined => {
    const born = p?.birthDate ?? p?.ageEstimate;
    if (!born || !opened) return undefined;
    const found = ageAt(born, opened)?.band;
    if (found) used.add(p?.birthDate ? `${path}/birthDate` : `${path}/ageEstimate/years`);
    return found?.replace("--", "—");
  };
  const region = (country: string | undefined, pointer: string): string => {
    const name = country ? unRegionOf(country) : undefined;
    if (name) used.add(pointer);
    return name ?? "";
  };
  const types = victim.exploitationTypes;
  const labour = types
    ? types.some((t) => t === "ForcedLabour" || t === "ForcedCriminality" || t === "ForcedBegging")
    : undefined;
  const sexual = types ? types.includes("SexualExploitation") : undefined;
  types?.forEach((t, i) => {
    if (t === "ForcedLabour" || t === "ForcedCriminality" || t === "ForcedBegging" || t === "SexualExploitation")
      used.add(`${v.partyPath}/victim/exploitationTypes/${i}`);
  });
  let majority = "";
  if (person?.majorityStatus) {
    used.add(`${personPath}/majorityStatus`);
    majority = person.majorityStatus === "minor" ? "Minor" : person.majorityStatus === "adult" ? "Adult" : "Unknown";
  } else {
    const b = band(person, personPath);
    if (b) majority = b === "0—8" || b === "9—17" ? "Minor" : "Adult";
  }
  const origin = person?.countryOfOrigin ?? person?.citizenships?.[0];
  const originPath = person?.countryOfOrigin ? `${personPath}/countryOfOrigin` : `${personPath}/citizenships/0`;
  const roles = link.roles;
  const role = (...names: string[]): boolean | undefined => {
    if (!roles) return undefined;
    const hit = roles.some((r) => names.includes(r));
    roles.forEach((r, i) => names.includes(r) && used.add(`${at}/roles/${i}`));
    return hit;
  };
  const suspectParty = (kase.parties ?? []).findIndex((party) => party.person === link.person);
  const inProcess = kase.parties?.[suspectParty]?.perpetrator?.rolesInProcess;
  const control: string[] = [];
  if (roles?.includes("controller") || inProcess?.includes("ControlledIndividual")) control.push("Control");
  if (inProcess?.includes("Abuser")) control.push("Abuse");
  if (inProcess?.includes("Kidnapper")) control.push("Kidnap");
  inProcess?.forEach((r, i) => {
    if (r === "ControlledIndividual" || r === "Abuser" || r === "Kidnapper")
      used.add(`${casePath}/parties/${suspectParty}/perpetrator/rolesInProcess/${i}`);
  });
  if (link.relationship) used.add(`${at}/relationship`);
  if (link.moneyExchanged !== undefined) used.add(`${at}/moneyExchanged`);
  const cells: Record<string, string> = {
    yearRegister: opened ? opened.slice(0, 4) : "",
    gender: gender(person, personPath),
    majorityStatus: majority,
    isForcedLabour: flag(labour),
    isSexualExploit: flag(sexual),
    UN_COO_Region: region(origin, originPath),
    UN_COE_Region: region(victim.exploitationPlace?.country, `${v.partyPath}/victim/exploitationPlace/country`),
    IP_Exploiter: flag(role("exploiter")),
    IP_Gender: gender(suspect?.person, suspect?.path ?? ""),
    IP_ageBroad: band(suspect?.person, suspect?.path ?? "") ?? "",
    IP_citizen_UNRegion: region(suspect?.person.citizenships?.[0], `${suspect?.path ?? ""}/citizenships/0`),
    IP_Relation: link.relationship ? _IP_RELATION[link.relationship] : "",
    IP_PayMoney: flag(link.moneyExchanged),
    IP_RecruiterBroker: flag(role("recruiter", "broker")),
    IP_TransactionProcess: roles ? roles.join(";") : "",
    IP_ControlAbuseKidnap: control.join(";"),
  };
  if (roles) roles.forEach((_, i) => used.add(`${at}/roles/${i}`));
  return { cells, used };
}
