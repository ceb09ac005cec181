import { describe, expect, it } from "vitest";
import { LANGS } from "../i18n/lang";
import { explain, ISSUE_CODES, ISSUES } from "./catalogue";

describe("issue catalogue", () => {
  it("numbers codes TIPX1xx to TIPX6xx, each in its family", () => {
    for (const code of ISSUE_CODES) expect(code).toMatch(/^TIPX[1-6]\d\d$/);
    expect(explain("TIPX101")?.family).toBe("structure");
    expect(explain("TIPX201")?.family).toBe("code-lists");
    expect(explain("TIPX402")?.family).toBe("consistency");
    expect(explain("TIPX501")?.family).toBe("privacy");
    expect(explain("TIPX601")?.family).toBe("data-quality");
  });

  it.each(ISSUE_CODES.map((code) => [code]))("documents %s in every language", (code) => {
    const definition = ISSUES[code];
    for (const lang of LANGS) {
      expect(definition.title[lang].length).toBeGreaterThan(2);
      expect(definition.explanation[lang].length).toBeGreaterThan(20);
      const message = definition.message[lang]({ label: "L", expected: "E", received: "R", key: "k", format: "F", first: "/x", otherLabel: "O", status: "S", purpose: "P", htcds: "H", recorded: "adult", computed: "minor", asOf: "2022-01-01", list: "List", relation: "min", limit: "1", unit: "items", kind: "TH-PIN", country: "TH" });
      expect(message.length).toBeGreaterThan(5);
      expect(message).not.toContain("undefined");
    }
  });

  it("explains a code in the requested language and accepts short forms", () => {
    expect(explain("TIPX402", "th")?.title).toBe(ISSUES.TIPX402.title.th);
    expect(explain("402")?.code).toBe("TIPX402");
    expect(explain("tipx402")?.code).toBe("TIPX402");
    expect(explain("TIPX999")).toBeUndefined();
  });

  it("says when a rule rests on an unverified fact", () => {
    const unverified = ISSUE_CODES.filter((code) => explain(code)?.verified === false);
    for (const code of unverified) expect(ISSUES[code].verified).toBe(false);
  });
});
