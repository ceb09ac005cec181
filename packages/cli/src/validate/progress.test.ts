import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalBundle } from "../../../schema/src/validate/_test-bundles";
import { ANSI, runCli, type TempDir, tempDir } from "../_test/harness";
import { PROGRESS_MIN_BYTES, shouldShowProgress } from "./progress";

let dir: TempDir;
let large: string;
beforeAll(async () => {
  dir = await tempDir();
  // Trailing spaces are valid JSON whitespace: a few thousand padded lines pass the size threshold quickly.
  const line = `${JSON.stringify(minimalBundle())}${" ".repeat(8000)}\n`;
  large = await dir.write("large.ndjson", line.repeat(Math.ceil((PROGRESS_MIN_BYTES * 1.1) / line.length)));
});
afterAll(async () => {
  await dir.remove();
});

describe("progress bar", () => {
  it.each([
    ["a large file on a terminal", { isStderrTTY: true, fileBytes: PROGRESS_MIN_BYTES + 1, readsStdin: false }, true],
    ["a small file", { isStderrTTY: true, fileBytes: 1000, readsStdin: false }, false],
    ["stderr not a terminal", { isStderrTTY: false, fileBytes: 2 ** 32, readsStdin: false }, false],
    ["stdin among the inputs", { isStderrTTY: true, fileBytes: 2 ** 32, readsStdin: true }, false],
  ])("%s: %s", (_title, conditions, shown) => {
    expect(shouldShowProgress(conditions)).toBe(shown);
  });

  it("is drawn on stderr, and cleared, for a large input when stderr is a terminal", async () => {
    const result = await runCli(["validate", large], { isStderrTTY: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("validating");
    expect(result.stderr).toContain("100%");
    expect(result.stderr.endsWith("\r\u001b[2K")).toBe(true);
    expect(ANSI.test(result.stdout)).toBe(false);
    expect(result.stdout).toMatch(/records: \d+ valid, 0 invalid/);
  });

  it("is not drawn when stderr is not a terminal, nor for stdin", async () => {
    const notTerminal = await runCli(["validate", large]);
    expect(notTerminal.code).toBe(0);
    expect(notTerminal.stderr).toBe("");
    const stdin = Readable.from([`${JSON.stringify(minimalBundle())}\n`.repeat(10)]);
    const fromStdin = await runCli(["validate", "-"], { isStderrTTY: true, stdin });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stderr).toBe("");
  });
});
