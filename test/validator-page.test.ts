// The validator page (docs/validator/, built by scripts/build-validator.ts into a temporary folder) in
// headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), served on a fake http origin
// that page.route answers from the built files, and opened from a file:// URL. A person picks files with
// the keyboard; the page validates the examples, an NDJSON file, an HTCDS CSV and an HTCDS workbook in
// English, Thai and Spanish, screens the victims and offers redacted copies. No request leaves the page
// (every request is counted) and nothing is logged to the console as an error. Without Chromium the test
// skips and says so, as test/browser.test.ts does.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { writeHtcdsWorkbook } from "@tipx/convert";
import { type Bundle, explain, validate } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
import { th } from "@tipx/schema/locales/th";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildValidator } from "../scripts/build-validator";
import { HAS_CHROMIUM, type LaunchedChromium, launchChromium, SKIP_REASON, STEP_TIMEOUT } from "./_chromium";

const ROOT = path.resolve(import.meta.dirname, "..");
const ORIGIN = "http://validator.test";
const PAGE_FILES = ["index.html", "validator.css", "validator.js", "validator-worker.js", "validator-worker-xlsx.js"];
const MAE_SOT = path.join(ROOT, "examples", "bundles", "mae-sot-interception.json");
const INVALID = path.join(ROOT, "examples", "bundles", "invalid-intake.json");
const NDJSON = path.join(ROOT, "examples", "mae-sot.ndjson");
/** The errors `tipx validate --format json examples/bundles/invalid-intake.json` reports. */
const INVALID_ERRORS = ["TIPX401", "TIPX402", "TIPX404", "TIPX405", "TIPX406", "TIPX407", "TIPX501"];

if (!HAS_CHROMIUM) console.warn(`test/validator-page.test.ts skipped: ${SKIP_REASON}`);

/** One opened page: its requests and its console errors, as they happen. */
interface Opened {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
}

let out = "";
let chromiumRun: LaunchedChromium | undefined;
let context: BrowserContext | undefined;

/** Opens the page at `url`, hands it to `use`, and closes it whatever happens. */
async function withPage(url: string, use: (opened: Opened) => Promise<void>): Promise<void> {
  if (!context) throw new Error("Chromium is not running");
  const page = await context.newPage();
  try {
    await use(await open(page, url));
  } finally {
    await page.close();
  }
}

async function open(page: Page, url: string): Promise<Opened> {
  const requests: string[] = [];
  const errors: string[] = [];
  // Listening from the start turns on Playwright's file-chooser interception before any key is pressed.
  page.on("filechooser", () => {});
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto(url, { timeout: STEP_TIMEOUT });
  await page.waitForSelector("body[data-ready]", { timeout: STEP_TIMEOUT });
  return { page, requests, errors };
}

/** Picks a file with the keyboard: Tab to the drop zone, Enter opens the file chooser. */
async function pickWithKeyboard(page: Page, files: Parameters<Page["setInputFiles"]>[1]): Promise<void> {
  await page.focus("#lang");
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.id === "drop")) break;
  }
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("drop");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.keyboard.press("Enter")]);
  await chooser.setFiles(files);
}

/** Waits until the page has checked the file, or fails with what it says. */
async function checked(page: Page): Promise<void> {
  await page.waitForSelector("body:is([data-state=done], [data-state=failed])", { timeout: STEP_TIMEOUT });
  const state = await page.$eval("body", (body) => body.dataset["state"]);
  if (state !== "done") throw new Error(`the page failed: ${await page.textContent("#status")}`);
}

/** What the page shows, read from its DOM. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const texts = (selector: string, root: ParentNode = document) =>
      Array.from(root.querySelectorAll(selector)).map((node) => node.textContent?.trim() ?? "");
    const terms = texts(".summary dt");
    const values = texts(".summary dd");
    return {
      lang: document.documentElement.lang,
      title: document.querySelector("h1")?.textContent ?? "",
      status: document.querySelector("#status")?.textContent ?? "",
      progress: (document.querySelector("#progress") as HTMLProgressElement | null)?.value,
      summary: Object.fromEntries(terms.map((term, index) => [term, values[index] ?? ""])),
      records: Array.from(document.querySelectorAll("#record-list article")).map((article) => ({
        heading: article.querySelector("h3")?.textContent ?? "",
        ok: article.classList.contains("ok"),
        meta: article.querySelector(".meta")?.textContent ?? "",
        codes: texts(".issue .code", article),
        errors: texts(".issue.error .code", article),
        paths: texts(".issue .where code", article),
        messages: texts(".issue .message", article),
        explanations: texts(".issue details summary", article),
        screenings: texts(".screening strong", article),
      })),
      conversion: texts("#conversion .issue .code"),
      more: document.querySelector("#more")?.hasAttribute("hidden")
        ? ""
        : (document.querySelector("#more")?.textContent ?? ""),
    };
  });
}

/** Chooses a language with the keyboard: focus the switch, then arrow keys until it shows `lang`. */
async function chooseLanguage(page: Page, lang: string): Promise<void> {
  await page.focus("#file");
  await page.keyboard.press("Shift+Tab");
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("lang");
  for (
    let i = 0;
    i < 3 && (await page.$eval("#lang", (select) => (select as HTMLSelectElement).value)) !== lang;
    i += 1
  )
    await page.keyboard.press("ArrowDown");
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** The requests that went anywhere but the page's own files (and the Blob URLs it makes). */
function foreign(requests: readonly string[], base: string): string[] {
  return requests.filter(
    (url) =>
      !url.startsWith("blob:") && !PAGE_FILES.some((name) => url === `${base}${name}` || url === `${base}${name}?`),
  );
}

describe.skipIf(!HAS_CHROMIUM)("the validator page", () => {
  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), "tipx-validator-"));
    await buildValidator(out);
    chromiumRun = await launchChromium({ acceptDownloads: true });
    context = chromiumRun.context;
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      const name = url.pathname.replace(/^\/(validator\/)?/, "") || "index.html";
      if (url.origin === ORIGIN && PAGE_FILES.includes(name)) {
        const type = name.endsWith(".html") ? "text/html" : name.endsWith(".css") ? "text/css" : "text/javascript";
        return route.fulfill({ contentType: `${type}; charset=utf-8`, body: await readFile(path.join(out, name)) });
      }
      if (url.protocol === "file:" || url.protocol === "blob:") return route.continue();
      return route.abort();
    });
  }, 120_000);

  afterAll(async () => {
    await chromiumRun?.close();
    await rm(out, { recursive: true, force: true });
  });

  it("validates the Mae Sot example and the invalid example in English, with its CSP and no request out", async () => {
    await withPage(`${ORIGIN}/validator/index.html`, async ({ page, requests, errors }) => {
      const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) =>
        meta.getAttribute("content"),
      );
      expect(csp).toContain("connect-src 'none'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      // The page loads its own four files, and the XLSX worker only when a workbook is picked.
      expect([...requests].sort()).toEqual(
        ["index.html", "validator-worker.js", "validator.css", "validator.js"].map(
          (name) => `${ORIGIN}/validator/${name}`,
        ),
      );
      await pickWithKeyboard(page, MAE_SOT);
      await checked(page);
      let view = await shown(page);
      expect(view.lang).toBe("en");
      expect(view.progress).toBe(1);
      expect(view.summary).toMatchObject({ Records: "1", Valid: "1", Invalid: "0", Errors: "0" });
      expect(view.summary["Country profiles applied"]).toBe("TH (Thailand): 1");
      const [record] = view.records;
      expect(record).toMatchObject({ ok: true, errors: [] });
      expect(record?.heading).toContain("line 1");
      expect(new Set(record?.codes)).toEqual(new Set(["TIPX603"]));
      expect(record?.paths).toContain("/entities/3");
      expect(record?.explanations[0]).toBeTruthy();
      expect(record?.meta).toContain("4e1a7461-749b-4664-8b53-85470c1f9fdb");
      expect(record?.screenings).toHaveLength(11);
      expect(record?.screenings).toContain("indicated");

      await pickWithKeyboard(page, INVALID);
      await checked(page);
      view = await shown(page);
      expect(view.summary).toMatchObject({ Records: "1", Valid: "0", Invalid: "1" });
      expect(view.records).toHaveLength(1);
      expect([...new Set(view.records[0]?.errors)].sort()).toEqual(INVALID_ERRORS);
      expect(view.records[0]?.paths).toContain("/entities/5/id");
      expect(foreign(requests, `${ORIGIN}/validator/`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }, 120_000);

  it.each([
    ["th", th, "ตรวจสอบไฟล์ tipx", "ไม่ถูกต้อง", "ระเบียน", "TH (ไทย): 1", "พบข้อบ่งชี้"],
    ["es", es, "Verificar un archivo tipx", "inválido", "Registros", "TH (Tailandia): 1", "con indicios"],
  ] as const)(
    "works in %s, chosen with the keyboard: texts, issue messages and explanations in the language",
    async (lang, locale, title, invalid, records, profileApplied, indicated) => {
      await withPage(`${ORIGIN}/validator/index.html`, async ({ page, requests, errors }) => {
        await chooseLanguage(page, lang);
        await pickWithKeyboard(page, INVALID);
        await checked(page);
        let view = await shown(page);
        expect(view.lang).toBe(lang);
        expect(view.title).toBe(title);
        expect(view.records[0]?.heading).toContain(invalid);
        expect([...new Set(view.records[0]?.errors)].sort()).toEqual(INVALID_ERRORS);
        // The messages are those validate() writes with the language's catalogue, and its explanations' titles.
        const expected = validate(JSON.parse(await readFile(INVALID, "utf8")), { locale }).issues;
        expect(view.records[0]?.messages).toEqual(expected.map((issue) => issue.message));
        expect(view.records[0]?.explanations[0]).toBe(explain(expected[0]?.code ?? "", locale)?.title);
        expect(view.summary[records]).toBe("1");
        await pickWithKeyboard(page, MAE_SOT);
        await checked(page);
        view = await shown(page);
        expect(Object.values(view.summary)).toContain(profileApplied);
        expect(view.records[0]?.ok).toBe(true);
        expect(view.records[0]?.screenings).toHaveLength(11);
        expect(view.records[0]?.screenings).toContain(indicated);
        // Readable at 200 % zoom and beyond: at 320 CSS pixels wide (1280 at 400 %) nothing scrolls sideways.
        await page.setViewportSize({ width: 320, height: 800 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
        expect(foreign(requests, `${ORIGIN}/validator/`)).toEqual([]);
        expect(errors).toEqual([]);
      });
    },
    120_000,
  );

  it("validates an NDJSON file line by line, an HTCDS CSV row by row and an HTCDS workbook", async () => {
    await withPage(`${ORIGIN}/validator/index.html`, async ({ page, requests, errors }) => {
      await pickWithKeyboard(page, NDJSON);
      await checked(page);
      let view = await shown(page);
      expect(view.summary).toMatchObject({ Records: "3", Valid: "1", Invalid: "2" });
      expect(view.records.map((record) => record.heading.replace(/ (valid|invalid)$/, ""))).toEqual([
        "Record 1, line 1",
        "Record 2, line 2",
        "Record 3, line 3",
      ]);
      expect(view.records[2]?.errors).toEqual(["TIPX101"]);

      // A long file: the first 200 records are shown in full, the rest only counted.
      const line = JSON.stringify(JSON.parse(await readFile(INVALID, "utf8")));
      const long = Array.from({ length: 260 }, () => line).join("\n");
      await pickWithKeyboard(page, {
        name: "long.ndjson",
        mimeType: "application/x-ndjson",
        buffer: Buffer.from(long),
      });
      await checked(page);
      view = await shown(page);
      expect(view.summary).toMatchObject({ Records: "260", Valid: "0", Invalid: "260" });
      expect(view.records).toHaveLength(200);
      expect(view.records[199]?.heading).toContain("line 200");
      expect(view.more).toBe("60 more records are not shown; the summary counts them.");
      expect(view.progress).toBe(1);

      const csv =
        "prs_FirstName,prs_Gender,prs_Citizenship,vic_TypeOfExploitation,agency_note\r\n" +
        "Somchai,Masculine,MM,ForcedLabour,x\r\nMalee,Feminine,TH,SexualExploitation;ForcedLabour,y\r\n";
      await pickWithKeyboard(page, { name: "intake.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await checked(page);
      view = await shown(page);
      expect(view.summary).toMatchObject({ Records: "2" });
      expect(view.records.map((record) => record.heading.replace(/ (valid|invalid)$/, ""))).toEqual([
        "Record 1, row 2",
        "Record 2, row 3",
      ]);
      expect(view.conversion).toContain("TIPX701");

      const bundle = JSON.parse(await readFile(MAE_SOT, "utf8")) as Bundle;
      const { value: workbook } = await writeHtcdsWorkbook(bundle);
      await pickWithKeyboard(page, {
        name: "toolkit.xlsx",
        mimeType: "application/octet-stream",
        buffer: Buffer.from(workbook),
      });
      await checked(page);
      view = await shown(page);
      expect(view.summary).toMatchObject({ Records: "1" });
      expect(view.records[0]?.screenings.length).toBe(11);
      expect(foreign(requests, `${ORIGIN}/validator/`)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }, 180_000);

  it("works from a file:// URL and downloads a redacted copy made in the page", async () => {
    const base = pathToFileURL(`${out}/`).href;
    await withPage(`${base}index.html`, async ({ page, requests, errors }) => {
      await pickWithKeyboard(page, MAE_SOT);
      await checked(page);
      const view = await shown(page);
      expect(view.summary).toMatchObject({ Records: "1", Valid: "1" });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Download redacted for statistics" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("mae-sot-interception.statistics.json");
      const redacted = JSON.parse(await readFile(await download.path(), "utf8")) as Bundle;
      expect(redacted.purpose).toBe("statistics");
      const people = redacted.entities.filter((entity) => entity.type === "Person");
      expect(people.length).toBeGreaterThan(0);
      expect(people.every((person) => !("names" in person))).toBe(true);
      expect(foreign(requests, base)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }, 120_000);
});

describe.skipIf(HAS_CHROMIUM)("the validator page", () => {
  it(`is not tested in a browser (skipped: ${SKIP_REASON})`, () => {});
});
