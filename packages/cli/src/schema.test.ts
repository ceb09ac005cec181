import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateJsonSchemas, serializeJsonSchema } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
import { th } from "@tipx/schema/locales/th";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, runTipxProcess, type TempDir, tempDir } from "./_test/harness";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

describe("tipx schema", () => {
  it("writes every JSON Schema file into --out, as @tipx/schema publishes them (Thai and Spanish labels), and says so", async () => {
    const result = await runCli(["schema", "--out", "schemas"], { cwd: dir.path });
    expect(result.code).toBe(0);
    const expected = generateJsonSchemas({ locales: [th, es] });
    const written = (await readdir(path.join(dir.path, "schemas"), { recursive: true })).filter((name) =>
      name.endsWith(".json"),
    );
    expect(written.sort()).toEqual(expected.map((file) => file.fileName).sort());
    for (const file of expected) {
      expect(await readFile(path.join(dir.path, "schemas", file.fileName), "utf8")).toBe(
        serializeJsonSchema(file.schema),
      );
      expect(result.stdout).toContain(`wrote ${path.join("schemas", file.fileName)}\n`);
    }
  });

  it("writes into ./json-schema by default", async () => {
    const result = await runCli(["schema"], { cwd: dir.path });
    expect(result.code).toBe(0);
    expect(await readdir(path.join(dir.path, "json-schema"))).toContain("bundle.json");
  });

  it("--check exits 0 when the files are up to date and 1 when one differs or is missing", async () => {
    expect((await runCli(["schema", "--out", "checked"], { cwd: dir.path })).code).toBe(0);
    expect((await runCli(["schema", "--out", "checked", "--check"], { cwd: dir.path })).code).toBe(0);
    await writeFile(path.join(dir.path, "checked", "bundle.json"), "{}\n");
    const stale = await runCli(["schema", "--out", "checked", "--check"], { cwd: dir.path });
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain(`differs: ${path.join("checked", "bundle.json")}`);
    const missing = await runCli(["schema", "--out", "nowhere", "--check"], { cwd: dir.path });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain("missing: ");
  });

  it("exits 3 when the directory cannot be written", async () => {
    const file = await dir.write("a-file", "not a directory");
    const result = await runCli(["schema", "--out", path.join(file, "inside")], { cwd: dir.path });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`tipx: cannot write ${path.join(file, "inside")}: ${file} is not a directory\n`);
  });

  // Node's recursive mkdir spins at 100 % CPU under /proc: the real process runs, killed if it hangs.
  it.skipIf(!existsSync("/proc/self"))(
    "exits 3 at once for a directory under /proc, naming the path as given",
    async () => {
      const started = Date.now();
      const result = await runTipxProcess(["schema", "--out", "/proc/tipx-test"], { timeout: 15_000 });
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(
        "tipx: cannot write /proc/tipx-test: it is on /proc, a kernel pseudo file system that cannot hold files\n",
      );
      expect(result.stdout).toBe("");
      expect(Date.now() - started).toBeLessThan(15_000);
    },
    20_000,
  );

  it.skipIf(!existsSync("/sys/kernel"))("refuses /sys too, before creating anything", async () => {
    const result = await runCli(["schema", "--out", "/sys/kernel/tipx-test/deeper"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("cannot write /sys/kernel/tipx-test/deeper: it is on /sys");
  });

  it.skipIf(process.getuid?.() === 0)("exits 3 for a directory it may not write into", async () => {
    const locked = path.join(dir.path, "locked");
    await mkdir(locked);
    await chmod(locked, 0o555);
    const result = await runCli(["schema", "--out", "locked/schemas"], { cwd: dir.path });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe("tipx: cannot write locked/schemas: no permission to create files in locked\n");
  });
});
