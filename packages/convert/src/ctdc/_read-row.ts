import type { ExploitationType, Gender, IsicCode, MethodOfControl, SexExploitationType } from "@tipx/schema";
import { _GENDER_READ, _MEANS_2017, _SEX } from "./_codings";
import type { _Codebook } from "./_derive";

/** The model fields a CTDC row fills, before they become a Person and a Case. */
export interface _RowRecord {
  gender?: Gender;
  majorityStatus?: "minor" | "adult" | "unknown";
  citizenships?: string[];
  openedOn?: string;
  exploitationCountry?: string;
  methodsOfControl?: MethodOfControl[];
  exploitationTypes?: ExploitationType[];
  forcedLabourIndustries?: IsicCode[];
  sexExploitationTypes?: SexExploitationType[];
  relationshipToTrafficker?: "Familial";
  extensions: Record<string, string>;
}

const MEANS_READ: Readonly<Record<string, MethodOfControl>> = Object.fromEntries(
  Object.entries(_MEANS_2017)
    // The cross-walk calls UsesChildren and ThreatensChildrenFamily different things: kept, not read.
    .filter(([, flag]) => flag !== "meansOfControlUsesChildren")
    .map(([code, flag]) => [flag, code as MethodOfControl]),
);

const EXPLOIT_READ: Readonly<Record<string, ExploitationType>> = {
  isForcedLabour: "ForcedLabour",
  isSexualExploit: "SexualExploitation",
  isForcedMarriage: "ForcedMarriage",
  isForcedMilitary: "ForcedMilitaryByNonStateActors",
  isOrganRemoval: "OrganRemoval",
  typeOfLabourBegging: "ForcedBegging",
};

const LABOUR_READ: Readonly<Record<string, IsicCode>> = {
  typeOfLabourAgriculture: "01",
  typeOfLabourAquafarming: "03",
  typeOfLabourConstruction: "F",
  typeOfLabourDomesticWork: "T",
  typeOfLabourHospitality: "I",
  typeOfLabourManufacturing: "C",
  typeOfLabourMiningOrDrilling: "B",
  typeOfLabourTransportation: "H",
};

const SEX_READ: Readonly<Record<string, SexExploitationType>> = Object.fromEntries(
  Object.entries(_SEX).map(([code, flag]) => [flag, code as SexExploitationType]),
);

function add<T>(list: T[] | undefined, value: T | undefined): T[] {
  const out = list ?? [];
  if (value !== undefined && !out.includes(value)) out.push(value);
  return out;
}

/**
 * Puts one CTDC value into the record: in its model field where the codings match one to one, else in the
 * case's extensions. Columns computed from others (`…Concatenated`, `isSexAndLabour`) are not stored.
 */
export function _putValue(record: _RowRecord, name: string, value: string, codebook: _Codebook): void {
  if (name.endsWith("Concatenated") || name === "RecruiterRelationship" || name === "isSexAndLabour") return;
  const flag = value === "1" ? true : value === "0" ? false : undefined;
  if (name === "yearOfRegistration") record.openedOn = value;
  else if (name === "gender") {
    const gender = _GENDER_READ[value];
    if (gender !== undefined) record.gender = gender;
  } else if (name === "majorityStatus")
    record.majorityStatus = value === "Minor" ? "minor" : value === "Adult" ? "adult" : "unknown";
  else if (name === "citizenship") record.citizenships = [value];
  else if (name === "CountryofExploitation" || name === "CountryOfExploitation") record.exploitationCountry = value;
  else if (codebook === "2017" && name in MEANS_READ)
    record.methodsOfControl = add(record.methodsOfControl, flag ? MEANS_READ[name] : undefined);
  else if (name in EXPLOIT_READ && (name !== "typeOfLabourBegging" || flag)) {
    record.exploitationTypes = add(record.exploitationTypes, flag ? EXPLOIT_READ[name] : undefined);
  } else if (name in LABOUR_READ)
    record.forcedLabourIndustries = add(record.forcedLabourIndustries, flag ? LABOUR_READ[name] : undefined);
  else if (name in SEX_READ)
    record.sexExploitationTypes = add(record.sexExploitationTypes, flag ? SEX_READ[name] : undefined);
  else {
    if (name === "recruiterRelationFamily" && flag) record.relationshipToTrafficker = "Familial";
    record.extensions[name] = value;
  }
}
