/**
 * Takes the screenshots of the validator page in docs/screenshots/: the page built into a temporary folder,
 * opened from a file:// URL in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core),
 * after checking the Mae Sot example, in English and in Thai. Run it by hand after changing the page, and
 * commit the pictures; the tests do not take them (pixels differ between machines and fonts).
 *
 * ```sh
 * tsx --conditions=@tipx/source scripts/screenshots.ts
 * ```
 *
 * @module
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM } from "../test/_chromium";
import { buildValidator } from "./build-validator";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = path.join(REPO_ROOT, "docs", "screenshots");
const EXAMPLE = path.join(REPO_ROOT, "examples", "bundles", "mae-sot-interception.json");
const LANGS = ["en", "th"] as const;

/** Writes docs/screenshots/validator-<lang>.png for each language and returns their paths. */
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
