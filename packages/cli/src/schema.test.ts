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

  it("exits 3 when a folder on the way is a file, naming both as given", async () => {
    const file = await dir.write("a-file", "not a directory");
    const result = await runCli(["schema", "--out", path.join(file, "inside")], { cwd: dir.path });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`tipx: cannot write ${path.join(file, "inside")}: ${file} is a file, not a folder\n`);
    expect(result.stdout).toBe("");
  });

  // One sentence per problem and language; the path is printed as it was typed, relative or absolute.
  it.each([
    ["en", "./a-file", "tipx: cannot write ./a-file: it exists and is a file, not a folder\n"],
    ["th", "./a-file", "tipx: เขียน ./a-file ไม่ได้: ./a-file มีอยู่แล้วและเป็นไฟล์ ไม่ใช่โฟลเดอร์\n"],
    ["es", "./a-file", "tipx: no se puede escribir en ./a-file: ya existe y es un archivo, no una carpeta\n"],
    ["en", "./a-file/x/", "tipx: cannot write ./a-file/x/: ./a-file is a file, not a folder\n"],
    ["th", "a-file/x", "tipx: เขียน a-file/x ไม่ได้: a-file เป็นไฟล์ ไม่ใช่โฟลเดอร์\n"],
    ["es", "a-file/x", "tipx: no se puede escribir en a-file/x: a-file es un archivo, no una carpeta\n"],
  ])("--lang %s --out %s: exits 3 with a sentence", async (lang, out, stderr) => {
    await dir.write("a-file", "not a directory");
    const result = await runCli(["schema", "--out", out, "--lang", lang], { cwd: dir.path });
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(stderr);
  });

  it.skipIf(!existsSync("/dev/null"))("says a device is not a folder", async () => {
    const result = await runCli(["schema", "--out", "/dev/null"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe("tipx: cannot write /dev/null: it exists and is not a folder\n");
  });

  it("names a file it could not write as the user gave the folder, relative or absolute", async () => {
    for (const out of ["blocked", path.join(dir.path, "blocked")]) {
      await mkdir(path.join(dir.path, "blocked", "bundle.json"), { recursive: true });
      const result = await runCli(["schema", "--out", out], { cwd: dir.path });
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(`tipx: cannot write ${path.join(out, "bundle.json")}: it is a folder, not a file\n`);
    }
    const thai = await runCli(["schema", "--out", "blocked", "--lang", "th"], { cwd: dir.path });
    expect(thai.stderr).toBe(`tipx: เขียน ${path.join("blocked", "bundle.json")} ไม่ได้: เป็นโฟลเดอร์ ไม่ใช่ไฟล์\n`);
  });

  it("prints what it wrote and checked in the --lang language", async () => {
    const written = await runCli(["schema", "--out", "spanish/", "--lang", "es"], { cwd: dir.path });
    expect(written.code).toBe(0);
    expect(written.stdout).toContain("escrito: spanish/bundle.json\n");
    const checked = await runCli(["schema", "--out", "spanish/", "--check", "--lang", "th"], { cwd: dir.path });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^ไฟล์ JSON Schema ทั้ง \d+ ไฟล์ใน spanish\/ เป็นปัจจุบันแล้ว\n$/);
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
    const thai = await runCli(["schema", "--out", "./locked", "--lang", "th"], { cwd: dir.path });
    expect(thai.stderr).toBe("tipx: เขียน ./locked ไม่ได้: ไม่มีสิทธิ์สร้างไฟล์ใน ./locked\n");
    const spanish = await runCli(["schema", "--out", "./locked/x"], { cwd: dir.path, env: { LANG: "es_AR.UTF-8" } });
    expect(spanish.stderr).toBe(
      "tipx: no se puede escribir en ./locked/x: no hay permiso para crear archivos en ./locked\n",
    );
  });
});
