// Builds the API docs once, as `pnpm run docs` does but into a temporary folder, and checks what readers
// get: typedoc reports no warning (typedoc.json treats warnings as errors), and no page mentions the
// team's internal notes. typedoc turns a bare `DOMAIN.md` into a link to http://DOMAIN.md, and readers
// have neither that file nor `../shared/reference`: sources and comments cite the published documents.
// The build takes about 75 s of CPU here (2 cores), so it runs once, in this one test.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildValidator } from "../scripts/build-validator";
import { HAS_CHROMIUM, launchChromium, SKIP_REASON, serveFolder } from "../test/_chromium";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What the built pages must not contain: the internal brief, the team's notes and their folder. */
const INTERNAL = /DOMAIN\.md|DESIGN\.md|shared\/reference/g;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith(".html") || name.endsWith(".js") ? [path] : [];
  });
}

/**
 * The local links (`href`, `src`) of the pages that name no file of the site, as `page: link`. Links to
 * other sites, anchors of the same page and `data:`/`blob:` URLs are not checked.
 */
function brokenLinks(out: string, html: readonly string[]): string[] {
  const broken: string[] = [];
  for (const page of html) {
    const text = readFileSync(page, "utf8");
    for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const link = (match[1] ?? "").replace(/&amp;/g, "&");
      if (link === "" || /^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(link)) continue;
      const target = decodeURIComponent(link.replace(/[#?].*$/, ""));
      if (target === "") continue;
      if (!existsSync(resolve(dirname(page), target))) broken.push(`${relative(out, page)}: ${link}`);
    }
  }
  return [...new Set(broken)].sort();
}

describe("the docs site", () => {
  it("builds with no warning and never mentions DOMAIN.md or the shared reference folder", async () => {
    const out = mkdtempSync(join(tmpdir(), "tipx-docs-"));
    try {
      const run = spawnSync(process.execPath, [join(root, "node_modules/typedoc/bin/typedoc"), "--out", out], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      });
      const log = `${run.stdout}${run.stderr}`;
      expect({
        status: run.status,
        problems: log.split("\n").filter((line) => /\[(warning|error)\]/.test(line)),
      }).toEqual({ status: 0, problems: [] });
      const built = pages(out);
      expect(built.length).toBeGreaterThan(50);
      const mentions = built.flatMap((page) => {
        const text = readFileSync(page, "utf8");
        return [...text.matchAll(INTERNAL)].map(
          (match) => `${relative(out, page)}: …${text.slice(Math.max(0, match.index - 60), match.index + 40)}…`,
        );
      });
      expect(mentions).toEqual([]);

      // The model's types show their fields (typedoc-plugin-zod and docs/typedoc/zod-plugin.mjs), each with
      // its TSDoc, and name the nested types and code lists instead of spelling them out.
      const page = (path: string) => readFileSync(join(out, path), "utf8");
      const personType = page("types/_tipx_schema.Person.html");
      const fields = [...personType.matchAll(/<span class="tsd-kind-property">(\w+)<\/span>/g)].map((m) => m[1]);
      expect(fields).toEqual(
        expect.arrayContaining(["names", "gender", "citizenships", "birthDate", "identityDocuments"]),
      );
      expect(personType).toContain("Countries of citizenship");
      expect(personType).toContain('href="_tipx_schema.CitizenshipCode.html"');
      expect(personType).toContain('href="_tipx_schema.PersonNames.html"');
      // The schema constant is a short page that links the type and the model reference page, not the
      // zod type of every field (2.3 MB with all 249 country codes before).
      const personSchema = page("variables/_tipx_schema.Person.html");
      expect(personSchema.length).toBeLessThan(20_000);
      expect(personSchema).toContain('href="../types/_tipx_schema.Person.html"');
      expect(personSchema).toMatch(/href="\.\.\/documents\/[^"]*Person\.html">Person<\/a>/);
      const countryCodes = /&quot;(ZW|AF)&quot;/;
      expect(personType).not.toMatch(countryCodes);
      expect(personSchema).not.toMatch(countryCodes);
      // Only the code list's own arrays spell out the country codes; other packages' pages name @tipx/schema's
      // types (`redact(bundle: Bundle)` was 8.8 MB), so no page of a function or a type gets long.
      const spelled = built.filter((path) => /&quot;ZW&quot;/.test(readFileSync(path, "utf8")));
      expect(spelled.map((path) => relative(out, path)).sort()).toEqual([
        "variables/_tipx_schema.CITIZENSHIP_CODES.html",
        "variables/_tipx_schema.COUNTRY_CODES.html",
      ]);
      const long = built.filter(
        (path) => /^(functions|interfaces|types|classes)\//.test(relative(out, path)) && statSync(path).size > 100_000,
      );
      expect(long.map((path) => relative(out, path))).toEqual([]);

      // The validator page is part of the site (`pnpm run docs` builds it after typedoc); every local link
      // and source of every page resolves to a file of the site.
      await buildValidator(join(out, "validator"));
      const html = pages(out).filter((path) => path.endsWith(".html"));
      expect(brokenLinks(out, html)).toEqual([]);

      // The index, a reference page in Thai and the Person type page render in Chromium with no console
      // error, served from the built folder as a static host would (file:// forbids the pages' SVG icons).
      if (HAS_CHROMIUM) {
        const thaiPerson = html.find((path) => /documents\/[^/]*บุคคล_\(Person\)\.html$/u.test(path));
        const opened = [join(out, "index.html"), join(out, "types/_tipx_schema.Person.html"), thaiPerson ?? ""];
        expect(thaiPerson, "a Thai reference page of Person").toBeDefined();
        const chromium = await launchChromium();
        const origin = "http://docs.test";
        await serveFolder(chromium.context, origin, out);
        try {
          for (const file of opened) {
            const page = await chromium.context.newPage();
            const errors: string[] = [];
            page.on("pageerror", (error) => errors.push(error.message));
            page.on("console", (message) => {
              if (message.type() === "error") errors.push(message.text());
            });
            await page.goto(`${origin}/${relative(out, file).split("/").map(encodeURIComponent).join("/")}`);
            await page.waitForLoadState("load");
            expect(await page.title(), relative(out, file)).not.toBe("");
            expect(errors, relative(out, file)).toEqual([]);
            await page.close();
          }
        } finally {
          await chromium.close();
        }
      } else console.warn(`docs/site.test.ts: pages not opened in a browser: ${SKIP_REASON}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 420_000);
});
