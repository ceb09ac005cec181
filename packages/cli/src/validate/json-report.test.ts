import { describe, expect, it } from "vitest";
import { escapeControlCharacters } from "../escape";
import type { RecordOutcome } from "./check-record";
import { jsonRecordLine } from "./json-report";

/** The line as JSON.stringify writes the record's object, control characters escaped (the general path). */
function stringified(file: string, outcome: RecordOutcome): string {
  const line = {
    file,
    line: outcome.line,
    ...(outcome.index === undefined ? {} : { index: outcome.index }),
    ...(outcome.id === undefined ? {} : { id: outcome.id }),
    ok: outcome.ok,
    issues: [],
  };
  return `${escapeControlCharacters(JSON.stringify(line))}\n`;
}

describe("jsonRecordLine: a record with no issue", () => {
  const files = ["cases.ndjson", 'a "quoted"\\name.ndjson', "ไฟล์.ndjson", "bad\u001b[2J\u202e.ndjson"];
  const outcomes: RecordOutcome[] = [
    { line: 7, layout: "lines", ok: true, issues: [] },
    { line: 8, layout: "lines", ok: true, issues: [], id: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21" },
    { line: 1, index: 3, layout: "array", ok: true, issues: [], id: 'odd "id"\u0007\u202e' },
    { line: 2, index: 0, layout: "array", ok: false, issues: [] },
  ];

  it.each(files)("is the same text as the object's JSON, for file %j", (file) => {
    const render = jsonRecordLine(false);
    for (const outcome of outcomes) {
      const line = render(file, outcome);
      expect(JSON.parse(line)).toEqual(JSON.parse(stringified(file, outcome)));
      expect(line).toBe(stringified(file, outcome));
      // No control character but the final line feed, and no bidirectional override, reaches the terminal.
      const unsafe = [...line.slice(0, -1)].filter((c) => c.charCodeAt(0) < 0x20 || c === "\u202e");
      expect(unsafe).toEqual([]);
    }
  });

  it("is left out with --quiet when the record is valid", () => {
    expect(jsonRecordLine(true)("a.ndjson", { line: 1, layout: "lines", ok: true, issues: [] })).toBe("");
  });
});
