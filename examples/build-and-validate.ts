// Builds a tipx bundle with the types exported by @tipx/schema, validates it and prints the result.
// Exits 0 when the bundle is valid and 1 when it is not. All data is synthetic.
//
//   node --import tsx --conditions=@tipx/source examples/build-and-validate.ts [en|th|es]
import type { Bundle, Case, Catalogue, Consent, Organization, Person, Referral } from "@tipx/schema";
import { validate } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
import { th } from "@tipx/schema/locales/th";

const shelter: Organization = {
  type: "Organization",
  id: "bd3b5ed9-35f2-40a9-8725-ba45eb043663",
  name: "Example Border Shelter",
  organizationType: "NGO",
  country: "TH",
  address: { country: "TH", subdivision: "TH-63", locality: "Mae Sot" },
};

const hospital: Organization = {
  type: "Organization",
  id: "27ac7b3c-6c9e-4718-ad8c-b60d915864be",
  name: "Example District Hospital",
  organizationType: "HealthServiceOrganisation",
  country: "TH",
};

// An invented person: "Tuayang" is Thai for "example".
const person: Person = {
  type: "Person",
  id: "414c672a-9a1e-4d94-b611-61adece38cfb",
  names: { given: "Kanya", family: "Tuayang", native: "กัญญา ตัวอย่าง" },
  gender: "Feminine",
  birthDate: "2000-06",
  majorityStatus: "adult",
  citizenships: ["TH"],
  languages: ["th"],
};

const intake: Case = {
  type: "Case",
  id: "fed29657-7f50-4a76-b4fc-c0e06fff8935",
  status: "Active",
  owner: shelter.id,
  jurisdiction: { country: "TH", subdivision: "TH-63" },
  openedOn: "2022-04-02",
  parties: [
    {
      person: person.id,
      roles: ["presumed-victim"],
      victim: {
        traffickingStatus: "PossibleVictimOfTrafficking",
        exploitationTypes: ["ForcedCriminality"],
        methodsOfControl: ["FalsePromises"],
        recruitmentMethods: ["ThroughOnlineSocialNetworks"],
        recruitmentWebsitesAndApps: ["Facebook"],
        exploitationPlace: { country: "MM" },
      },
    },
  ],
  events: [{ eventType: "Recruitment", date: "2022-03", place: { country: "TH" } }],
};

const consent: Consent = {
  type: "Consent",
  id: "55c4144c-e6aa-4551-af7b-f1408ba7c414",
  person: person.id,
  purposes: ["case-management", "referral"],
  givenOn: "2022-04-02",
  method: "written",
  recordedBy: shelter.id,
  language: "th",
};

const referral: Referral = {
  type: "Referral",
  id: "cacb494a-1e4b-4bc8-90a5-a559d4049ef8",
  from: shelter.id,
  to: hospital.id,
  person: person.id,
  case: intake.id,
  consent: consent.id,
  status: "proposed",
  proposedOn: "2022-04-03",
  services: ["medical", "psychosocial"],
};

const bundle: Bundle = {
  tipx: "1.0",
  id: "062580ae-553b-4256-817f-502266d387bb",
  createdAt: "2022-04-03T11:00:00+07:00",
  sender: { organization: shelter.id, name: shelter.name, country: "TH" },
  recipients: [{ organization: hospital.id, name: hospital.name, country: "TH" }],
  purpose: "referral",
  profile: "TH",
  entities: [shelter, hospital, person, intake, consent, referral],
};

// Each language is its own catalogue module: import only the ones you show.
const catalogues: Readonly<Record<string, Catalogue>> = { th, es };
const locale = catalogues[process.argv[2] ?? "en"];
// Round-trip through JSON so that validate() sees what a receiving system would see.
const result = validate(JSON.parse(JSON.stringify(bundle)), locale ? { locale } : {});

console.log(`bundle ${bundle.id}: ${result.ok ? "valid" : "INVALID"} (${bundle.entities.length} entities)`);
if (result.issues.length === 0) console.log("  no issues");
for (const issue of result.issues) {
  console.log(`  ${issue.severity.padEnd(7)} ${issue.code} ${issue.path || "/"}  ${issue.message}`);
}
process.exitCode = result.ok ? 0 : 1;
