import { describe, expect, it } from "vitest";
import type { Catalogue } from "../i18n/catalogue";
import { renderMessage } from "../i18n/text";
import { es } from "../locales/es/index";
import { th } from "../locales/th/index";
import { PROFILE_ISSUES, type ProfileIssueCode } from "./profile";

const PROFILE_ISSUE_CODES = Object.keys(PROFILE_ISSUES) as ProfileIssueCode[];

const PARAMS = {
  kind: "TH-PIN",
  country: "TH",
  expected: "X-XXXX-XXXXX-XX-X",
  kindCountry: "TH",
  agencyCountry: "AR",
  callingCode: "66",
  trunkPrefix: "0",
  lengths: "8, 9, 10, 13",
  days: 21,
  limit: 15,
};

describe("PROFILE_ISSUES", () => {
  it("define TIPX3xx codes only", () => {
    for (const code of PROFILE_ISSUE_CODES) expect(code).toMatch(/^TIPX3\d\d$/);
  });

  it("mark the rules resting on unverified facts verified: false", () => {
    expect(PROFILE_ISSUE_CODES.filter((code) => PROFILE_ISSUES[code].verified === false)).toEqual([
      "TIPX304",
      "TIPX305",
      "TIPX308",
      "TIPX323",
      "TIPX352",
    ]);
  });

  it("read like this in English", () => {
    expect(
      Object.fromEntries(
        PROFILE_ISSUE_CODES.map((code) => [
          code,
          `${PROFILE_ISSUES[code].severity}: ${renderMessage(code, PARAMS as never)}`,
        ]),
      ),
    ).toMatchInlineSnapshot(`
      {
        "TIPX301": "error: “Thai personal identification number”: the number does not have the expected format (X-XXXX-XXXXX-XX-X).",
        "TIPX302": "error: “Thai personal identification number”: the check digit of the number is wrong.",
        "TIPX303": "error: “Thai personal identification number”: the number begins with a type prefix that is not allowed.",
        "TIPX304": "info: The Thai PIN begins with 0, which is reported on cards issued to non-Thai residents; it was accepted.",
        "TIPX305": "info: “Thai personal identification number”: the check digit of the number computes to 10, and 9 was accepted.",
        "TIPX306": "warning: Documents of the kind “Thai personal identification number” are issued by Thailand, but the issuing country given is another.",
        "TIPX307": "error: The document kind is not one whose format tipx knows.",
        "TIPX308": "warning: “Thai personal identification number”: the number does not have the shape tipx expects (X-XXXX-XXXXX-XX-X); that format is unverified.",
        "TIPX310": "error: The subdivision code is not an ISO 3166-2 code of Thailand.",
        "TIPX320": "error: The telephone number is not in E.164 form (+, country code, national number, at most 15 digits).",
        "TIPX321": "error: The telephone number does not begin with the calling code of Thailand (+66).",
        "TIPX322": "warning: The national number after +66 has a length the numbering plan does not use (lengths used: 8, 9, 10, 13 digits).",
        "TIPX323": "warning: The number keeps the national trunk prefix 0 after +66; E.164 leaves it out.",
        "TIPX330": "error: The charge cites another country's law; the proceeding's jurisdiction is Thailand.",
        "TIPX331": "warning: The charge cites an instrument that is not in tipx's list for Thailand.",
        "TIPX332": "warning: The charge cites a section that is not in tipx's list for its instrument.",
        "TIPX340": "error: The agency code is not in tipx's list of agencies of Thailand.",
        "TIPX341": "warning: The agency belongs to Argentina, but the organisation's country is another.",
        "TIPX350": "warning: The year in “” looks like a Buddhist Era year (BE = CE + undefined); subtract undefined from it to write the date in the Common Era.",
        "TIPX351": "info: Nothing in the bundle was checked under the profile of Thailand: it holds no passport and no identity document, place, telephone number, charge or agency of that country.",
        "TIPX352": "info: The protection period lasts 21 days, longer than the 15 days the country's referral mechanism gives before identification.",
      }
    `);
  });

  it("read like this in Thai and Spanish", () => {
    const locales: readonly (Catalogue | undefined)[] = [undefined, th, es];
    expect(locales.map((locale) => renderMessage("TIPX301", PARAMS, locale))).toMatchInlineSnapshot(`
      [
        "“Thai personal identification number”: the number does not have the expected format (X-XXXX-XXXXX-XX-X).",
        "เลขของเอกสาร “เลขประจำตัวประชาชน” ไม่ตรงกับรูปแบบที่กำหนด (X-XXXX-XXXXX-XX-X)",
        "El número del documento «Número de identificación personal de Tailandia» no tiene el formato esperado (X-XXXX-XXXXX-XX-X).",
      ]
    `);
  });
});
