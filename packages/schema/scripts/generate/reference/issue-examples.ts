// An invalid example for each issue code validate() reports: the synthetic valid bundle of the tests
// with a few edits (JSON Pointer and new value), and the options to validate it with. The issue pages run
// each example through validate() when they are generated and show what it reports; the generator stops,
// and the docs test fails, when an example no longer produces its code.

import type { IssueCode } from "../../../src/issues/issues";
import { bundleWith, type Edit, IDS, REMOVE, validBundle } from "../../../src/validate/_test-bundles";
import type { ValidateOptions } from "../../../src/validate/options";

/** One example: edits to the valid bundle, or an input of its own, and the options of validate(). */
export interface IssueExample {
  /** Edits to the synthetic valid bundle, applied in order. */
  readonly edits: readonly Edit[];
  /** The options of validate(), when the code needs one (a `maxIssues`). */
  readonly options?: ValidateOptions;
  /** Set when the input is not what the edits can show: the page shows this text as the snippet. */
  readonly shown?: string;
  /** Builds the input instead of the edits, for inputs JSON cannot hold. */
  readonly input?: () => unknown;
}

/** The Thai profile, under which the profile checks run. */
const TH_PROFILE: Edit = ["/profile", "TH"];
const document = (doc: Record<string, unknown>): Edit => ["/entities/2/identityDocuments", [doc]];
const VICTIM = "/entities/4/parties/0";

/** A bundle with an own `__proto__` key, as JSON.parse makes it from text. */
const PROTO_TEXT = '{"tipx":"1.0","__proto__":{"x":1}}';

/** The examples, by issue code; a code of validate() without one is listed in the test's exceptions. */
export const ISSUE_EXAMPLES: Partial<Record<IssueCode, IssueExample>> = {
  TIPX100: {
    edits: [],
    shown: '{ ..., "names": new Proxy({}, { ownKeys() { throw new Error(); } }) } // JavaScript, not JSON',
    input: () => bundleWith(["/entities/2/names", new Proxy({}, { ownKeys: unreadableKeys })]),
  },
  TIPX102: { edits: [["/entities/2/citizenships", "TH"]] },
  TIPX103: { edits: [["/sender", REMOVE]] },
  TIPX104: { edits: [["/entities/2/nickname", "x"]] },
  TIPX105: { edits: [["/entities/0/id", "not-a-uuid"]] },
  TIPX106: { edits: [["/tipx", "2.0"]] },
  TIPX107: { edits: [["/entities/1/type", "Shelter"]] },
  TIPX108: { edits: [["/entities/4/parties/1/roles", []]] },
  TIPX109: { edits: [["/entities/2/extensions", { note: 1 }]] },
  TIPX110: {
    edits: [
      ["/entities/2/nickname", "x"],
      ["/entities/2/height", 1],
      ["/entities/2/weight", 1],
    ],
    options: { maxIssues: 2 },
  },
  TIPX111: {
    edits: [],
    shown: PROTO_TEXT,
    input: () => JSON.parse(JSON.stringify(validBundle()).replace('"tipx":"1.0"', PROTO_TEXT.slice(1, -1))),
  },
  TIPX112: { edits: [["/entities/2/gender", undefined]] },
  TIPX201: { edits: [["/entities/4/status", "Open"]] },
  TIPX202: { edits: [["/entities/2/citizenships", ["TH", "TH"]]] },
  TIPX301: { edits: [TH_PROFILE, document({ kind: "TH-PIN", number: "111203456356" })] },
  TIPX302: { edits: [TH_PROFILE, document({ kind: "TH-PIN", number: "1-1120-34563-56-3" })] },
  TIPX303: { edits: [TH_PROFILE, document({ kind: "TH-PIN", number: "9112034563562" })] },
  TIPX304: { edits: [TH_PROFILE, document({ kind: "TH-PIN", number: "0-1234-56789-01-6" })] },
  TIPX305: {
    edits: [["/profile", "AR"], document({ kind: "AR-CUIL", number: "20-10000005-9", issuingCountry: "AR" })],
  },
  TIPX306: { edits: [TH_PROFILE, document({ kind: "TH-PIN", number: "1-1120-34563-56-2", issuingCountry: "AR" })] },
  TIPX308: { edits: [TH_PROFILE, document({ kind: "passport", number: "AB/123" })] },
  TIPX310: { edits: [TH_PROFILE, ["/entities/2/address/subdivision", "TH-99"]] },
  TIPX322: { edits: [TH_PROFILE, ["/entities/2/phones", [{ number: "+661234567", kind: "mobile" }]]] },
  TIPX323: { edits: [TH_PROFILE, ["/entities/2/phones", [{ number: "+660812345678", kind: "mobile" }]]] },
  TIPX330: { edits: [TH_PROFILE, ["/entities/7", proceeding({ instrument: "AR-LEY-26842" })]] },
  TIPX331: { edits: [TH_PROFILE, ["/entities/7", proceeding({ instrument: "TH-UNKNOWN-ACT" })]] },
  TIPX332: { edits: [TH_PROFILE, ["/entities/7", proceeding({ instrument: "TH-ATIPA-2551", section: "s6-1" })]] },
  TIPX340: { edits: [TH_PROFILE, ["/entities/0/agency", "TH-NOSUCH"]] },
  TIPX341: { edits: [TH_PROFILE, ["/entities/0/agency", "AR-PROTEX"]] },
  TIPX350: { edits: [TH_PROFILE, ["/entities/4/openedOn", "2565-03-29"]] },
  TIPX351: {
    edits: [
      ["/profile", "LR"],
      ["/sender/organization", REMOVE],
      ["/entities", []],
    ],
  },
  TIPX352: {
    edits: [
      TH_PROFILE,
      [`${VICTIM}/victim/identification`, { protectionPeriod: { start: "2022-03-01", end: "2022-04-30" } }],
    ],
  },
  TIPX401: { edits: [["/entities/1/id", IDS.org]] },
  TIPX402: { edits: [["/entities/4/owner", IDS.missing]] },
  TIPX403: { edits: [["/entities/4/owner", IDS.victim]] },
  TIPX404: {
    edits: [
      ["/entities/4/status", "Closed"],
      ["/entities/4/closureReason", "The victim returned home."],
      ["/entities/4/closedOn", "2022-03"],
      ["/entities/4/openedOn", "2022-04-02"],
    ],
  },
  TIPX405: {
    edits: [
      ["/entities/2/birthDate", "2022-03-30"],
      ["/entities/2/majorityStatus", REMOVE],
    ],
  },
  TIPX406: { edits: [["/entities/2/birthDate", "2010"]] },
  TIPX407: { edits: [["/entities/2/address/subdivision", "AR-C"]] },
  TIPX408: {
    edits: [
      ["/entities/4/status", "Closed"],
      ["/entities/4/closureReason", "The victim returned home."],
    ],
  },
  TIPX409: {
    edits: [
      [
        "/entities/7",
        {
          type: "Operation",
          id: IDS.operation,
          kind: "raid",
          date: "2022-03-29",
          leadAgency: IDS.org,
          rescued: { persons: [IDS.victim], count: 0 },
        },
      ],
    ],
  },
  TIPX410: { edits: [["/entities/4/openedOn", "2022-04-02"]] },
  TIPX411: { edits: [[`${VICTIM}/roles`, ["witness"]]] },
  TIPX412: { edits: [[`${VICTIM}/victim/perpetrators`, [{ person: IDS.victim }]]] },
  TIPX413: {
    edits: [
      ["/entities/4/events/0/participants", [{ person: "00000000-0000-4000-8000-000000000077", role: "traveller" }]],
    ],
  },
  TIPX414: {
    edits: [
      [`${VICTIM}/victim/forcedCriminalityTypes`, ["OnlineFraudAndScams"]],
      [`${VICTIM}/victim/exploitationTypes`, ["ForcedLabour"]],
    ],
  },
  TIPX415: { edits: [[`${VICTIM}/roles`, ["victim", "suspect"]]] },
  TIPX416: {
    edits: [
      [`${VICTIM}/roles`, ["victim"]],
      [`${VICTIM}/victim/traffickingStatus`, "NotAVictimOfTrafficking"],
    ],
  },
  TIPX417: { edits: [[`${VICTIM}/victim/traffickingStatus`, "ActualVictimOfTrafficking"]] },
  TIPX418: { edits: [["/entities/5/purposes", []]] },
  TIPX501: { edits: [["/entities/6/consent", REMOVE]] },
  TIPX502: { edits: [["/entities/5/purposes", ["case-management"]]] },
  TIPX503: { edits: [["/purpose", "statistics"]] },
  TIPX504: {
    edits: [
      ["/purpose", "referral"],
      ["/entities/5/purposes", ["case-management"]],
    ],
  },
  TIPX505: {
    edits: [
      ["/purpose", "referral"],
      ["/entities/5/decision", "refused"],
    ],
  },
  TIPX506: {
    edits: [
      ["/purpose", "referral"],
      ["/entities/5/expiresOn", "2022-03-31"],
    ],
  },
  TIPX601: { edits: [[`${VICTIM}/roles`, ["witness"]]] },
  TIPX602: {
    edits: [
      ["/entities/2/birthDate", REMOVE],
      ["/entities/2/majorityStatus", REMOVE],
    ],
  },
  TIPX603: { edits: [[`${VICTIM}/victim`, REMOVE]] },
  TIPX604: { edits: [[`${VICTIM}/victim/vulnerabilities`, ["Poverty"]]] },
};

function proceeding(charge: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "LegalProceeding",
    id: "00000000-0000-4000-8000-000000000066",
    case: IDS.case,
    jurisdiction: { country: "TH" },
    charges: [{ ...charge, against: [IDS.suspect] }],
  };
}

/** A Proxy trap that fails, as reading some host objects does. */
function unreadableKeys(): never {
  throw new Error("keys cannot be listed");
}
