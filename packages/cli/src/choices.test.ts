import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LANGS, PROFILE_CODES } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { LANG_CHOICES, PROFILE_CHOICES } from "./choices";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = fileURLToPath(new URL("./bin.ts", import.meta.url));

// A module hook that writes the URL of every module the process loads to $TIPX_MODULE_LOG.
const RECORD_LOADS = `
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(process.env.TIPX_MODULE_LOG, resolved.url + "\\n");
  return resolved;
}
`;

/** Runs `tipx ...args` from source and returns the modules it loaded, relative to the repository. */
async function modulesLoadedBy(args: readonly string[]): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tipx-startup-"));
  try {
    const hook = path.join(dir, "record-loads.mjs");
    const log = path.join(dir, "modules.log");
    await writeFile(hook, RECORD_LOADS);
    await writeFile(log, "");
    const register = `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(pathToFileURL(hook).href)});`;
    await new Promise<void>((resolve, reject) => {
      execFile(
        process.execPath,
        ["--conditions=@tipx/source", "--import", "tsx", "--import", register, BIN, ...args],
        { cwd: REPO_ROOT, env: { ...process.env, TIPX_MODULE_LOG: log } },
        (error) => (error === null ? resolve() : reject(error)),
      );
    });
    const urls = (await readFile(log, "utf8")).split("\n").filter((url) => url.startsWith("file:"));
    return [...new Set(urls.map((url) => path.relative(REPO_ROOT, fileURLToPath(url))))];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("option choices", () => {
  it("match the languages and profiles of @tipx/schema", () => {
    expect([...LANG_CHOICES]).toEqual([...LANGS]);
    expect([...PROFILE_CHOICES]).toEqual([...PROFILE_CODES]);
  });

  it("come from the light entry points alone: tipx --version loads no other module of @tipx/schema", async () => {
    const schemaModules = (await modulesLoadedBy(["--version"])).filter((file) => file.startsWith("packages/schema/"));
    expect(schemaModules).toContain("packages/schema/src/profiles/registry.ts");
    expect(schemaModules).toContain("packages/schema/src/i18n/lang.ts");
    const light = /^packages\/schema\/src\/(profiles\/(registry|[a-z]{2}\/country)|i18n\/lang)\.ts$/;
    expect(schemaModules.filter((file) => !light.test(file))).toEqual([]);
  });
});
