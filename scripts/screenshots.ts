/**
 * Takes the screenshots in docs/screenshots/, in English and in Thai: the validator page built into a
 * temporary folder, opened from a file:// URL in headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) after checking the Mae Sot example; and the model reference page of Person, from the
 * docs site built by typedoc into a temporary folder and served to the page from memory. Run it by hand after changing the page, and
 * commit the pictures; the tests do not take them (pixels differ between machines and fonts).
 *
 * ```sh
 * tsx --conditions=@tipx/source scripts/screenshots.ts
 * ```
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { CHROMIUM, serveFolder } from "../test/_chromium";
import { buildValidator } from "./build-validator";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(REPO_ROOT, "docs", "screenshots");
const EXAMPLE = path.join(REPO_ROOT, "examples", "bundles", "mae-sot-interception.json");
const LANGS = ["en", "th"] as const;

/** The Person reference page of each language in the built site (typedoc names pages by their titles). */
const REFERENCE_PAGES: { readonly [L in (typeof LANGS)[number]]: RegExp } = {
  en: /^Model_reference\.Entities_and_objects\.Person\.html$/,
  th: /^[^.]+\.[^.]+\.บุคคล_\(Person\)\.html$/u,
};

/** Writes docs/screenshots/reference-<lang>.png of the Person reference page, and returns their paths. */
async function referenceScreenshots(context: BrowserContext): Promise<string[]> {
  const site = await mkdtemp(path.join(tmpdir(), "tipx-docs-"));
  const written: string[] = [];
  try {
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, "node_modules/typedoc/bin/typedoc"), "--out", site], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`typedoc failed:\n${run.stdout}${run.stderr}`);
    const origin = "http://docs.test";
    await serveFolder(context, origin, site);
    const documents = await readdir(path.join(site, "documents"));
    for (const lang of LANGS) {
      const name = documents.find((file) => REFERENCE_PAGES[lang].test(file));
      if (name === undefined) throw new Error(`No Person reference page in ${lang}`);
      const page = await context.newPage();
      await page.goto(`${origin}/documents/${encodeURIComponent(name)}`);
      await page.waitForLoadState("load");
      const file = path.join(OUT_DIR, `reference-${lang}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      await page.close();
    }
  } finally {
    await rm(site, { recursive: true, force: true });
  }
  return written;
}

/** Writes docs/screenshots/validator-<lang>.png and reference-<lang>.png for each language and returns their paths. */
export async function takeScreenshots(): Promise<string[]> {
  const site = await mkdtemp(path.join(tmpdir(), "tipx-validator-"));
  const profile = await mkdtemp(path.join(tmpdir(), "tipx-chromium-"));
  const written: string[] = [];
  try {
    await buildValidator(site);
    await mkdir(OUT_DIR, { recursive: true });
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      viewport: { width: 1100, height: 1400 },
      deviceScaleFactor: 1,
      colorScheme: "light",
    });
    try {
      for (const lang of LANGS) {
        const page = await context.newPage();
        await page.goto(`${pathToFileURL(path.join(site, "index.html")).href}?lang=${lang}`);
        await page.waitForSelector("body[data-ready]");
        await page.setInputFiles("#file", EXAMPLE);
        await page.waitForSelector("body[data-state=done]");
        // Open the first issue's explanation, so that the picture shows one.
        await page.$eval("#record-list details", (details) => details.setAttribute("open", ""));
        await page.$eval("#file", (input) => (input as HTMLInputElement).blur());
        const file = path.join(OUT_DIR, `validator-${lang}.png`);
        await page.screenshot({ path: file });
        written.push(file);
        await page.close();
      }
      written.push(...(await referenceScreenshots(context)));
    } finally {
      await context.close();
    }
  } finally {
    await rm(site, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
  return written;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const file of await takeScreenshots()) console.log(path.relative(process.cwd(), file));
}
