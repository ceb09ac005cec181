import { spawn } from "node:child_process";
import { Readable, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleWithBadUuid, minimalBundle, uuid } from "../../schema/src/validate/_test-bundles";
import { Capture, ndjson, REPO_ROOT, runTipxProcess, type TempDir, tempDir, tipxCommand } from "./_test/harness";
import { run } from "./main";

let dir: TempDir;
let validThenInvalid: string;
let allValid: string;
beforeAll(async () => {
  dir = await tempDir();
  // About 1.3 MB of JSON report: far more than a pipe holds, so the reader's going away is seen.
  validThenInvalid = await dir.write(
    "valid-then-invalid.ndjson",
    ndjson(...Array.from({ length: 20_000 }, (_, index) => minimalBundle(index + 1)), bundleWithBadUuid()),
  );
  allValid = await dir.write("all-valid.ndjson", ndjson(minimalBundle(1), minimalBundle(2)));
});
afterAll(async () => {
  await dir.remove();
});

/** Runs `tipx` with stdout piped to a reader that closes the pipe after the first chunk, as `| head -1`. */
function runIntoHead(args: readonly string[]): Promise<{ code: number | null; first: string; stderr: string }> {
  const [node, nodeArgs] = tipxCommand(args);
  const child = spawn(node, nodeArgs, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let first = "";
  let stderr = "";
  child.stdout.once("data", (chunk: Buffer) => {
    first = chunk.toString("utf8").split("\n")[0] ?? "";
    child.stdout.destroy();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  return new Promise((resolve) => {
    child.on("close", (code) => resolve({ code, first, stderr }));
  });
}

describe("exit codes when output or input fail", () => {
  it("exits 3, quietly, when the reader of stdout goes away, though the records it saw were valid", async () => {
    const { code, first, stderr } = await runIntoHead(["validate", "--format", "json", validThenInvalid]);
    expect(first).toBe(`{"file":"${validThenInvalid}","line":1,"id":"${uuid(1)}","ok":true,"issues":[]}`);
    expect(code).toBe(3);
    expect(stderr).toBe("");
  }, 30_000);

  it("exits 3 when stdout is closed (>&-), saying so", async () => {
    const result = await runTipxProcess(["validate", allValid], { redirect: ">&-" });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe("tipx: cannot write the output: standard output is closed\n");
  }, 30_000);

  it("exits 3 when stdout cannot be written (EBADF: opened for reading), without a stack trace", async () => {
    const result = await runTipxProcess(["validate", allValid], { redirect: "1</dev/null" });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe("tipx: cannot write the output (EBADF)\n");
  }, 30_000);

  it("exits 3 when stdin is closed (<&-) and - is read, naming standard input", async () => {
    const result = await runTipxProcess(["validate", "-"], { redirect: "<&-" });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe("tipx: cannot read <stdin>: it is closed (EBADF)\n");
    const files = await runTipxProcess(["validate", allValid], { redirect: "<&-" });
    expect(files.code).toBe(0);
  }, 30_000);

  it("run() returns 3 when its stdout fails part way, and stops reading", async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes += 1;
        callback(writes === 1 ? null : Object.assign(new Error("broken pipe"), { code: "EPIPE" }));
      },
    });
    stdout.on("error", () => {});
    const stderr = new Capture();
    const code = await run(["validate", "--format", "json", validThenInvalid], {
      stdin: Readable.from([]),
      stdout,
      stderr,
      env: {},
      isStdoutTTY: false,
      isStderrTTY: false,
      cwd: dir.path,
    });
    expect(code).toBe(3);
    expect(writes).toBe(2);
    expect(stderr.text).toBe("");
  });
});
