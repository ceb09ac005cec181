// The headless Chromium the browser tests share: Debian's chromium driven by playwright-core, a page served
// from memory that refuses every other request, and its errors collected.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SKIP_REASON = `${CHROMIUM} is missing (install Debian's chromium: \`apt-get install -y chromium\`, as .ci/run does as root)`;
export const STEP_TIMEOUT = 60_000;
const ORIGIN = "https://tipx.test";
const LAUNCH_TIMEOUT = 30_000;
// The flags known to work on this machine kind: no sandbox as root, and none of Chromium's own network traffic.
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A running Chromium with its own fresh profile, and how to close it (which also removes the profile). */
export interface LaunchedChromium {
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

/**
 * Launches headless Chromium with the flags above and a fresh profile.
 *
 * @param options - `acceptDownloads` for pages that offer files.
 */
export async function launchChromium(options: { readonly acceptDownloads?: boolean } = {}): Promise<LaunchedChromium> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), "tipx-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    timeout: LAUNCH_TIMEOUT,
    ...(options.acceptDownloads === undefined ? {} : { acceptDownloads: options.acceptDownloads }),
  });
  context.setDefaultTimeout(STEP_TIMEOUT);
  return {
    context,
    close: async () => {
      await withTimeout(context.close(), 15_000, "closing Chromium").catch(() => {});
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The content type of a file of a built site, by its extension. */
function contentType(file: string): string {
  if (file.endsWith(".html")) return "text/html; charset=utf-8";
  if (file.endsWith(".css")) return "text/css; charset=utf-8";
  if (file.endsWith(".svg")) return "image/svg+xml";
  if (file.endsWith(".js")) return "text/javascript; charset=utf-8";
  return "application/octet-stream";
}

/**
 * Serves the files of `dir` at `origin` (say `http://docs.test`) to every page of `context`, as a static
 * host would, and refuses every other request: a site opened this way makes no request to the network.
 */
export async function serveFolder(context: BrowserContext, origin: string, dir: string): Promise<void> {
  const root = path.resolve(dir);
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (url.origin !== origin || !file.startsWith(`${root}${path.sep}`) || !existsSync(file)) return route.abort();
    return route.fulfill({ contentType: contentType(file), body: await readFile(file) });
  });
}

/** Rejects when `promise` takes longer than `ms`, naming `what`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Opens a page that runs `program` (an ES module, bundled), waits until it has set `globalThis[ready]`, and
 * hands the page and the list of its errors to `use`. The page and its program come from memory; any other
 * request is refused. Chromium is closed and its profile removed afterwards, whatever happens.
 */
export async function inChromiumPage<T>(
  program: string,
  ready: string,
  use: (page: Page, pageErrors: readonly string[]) => Promise<T>,
): Promise<T> {
  const pageErrors: string[] = [];
  let launched: LaunchedChromium | undefined;
  try {
    launched = await launchChromium();
    const { context } = launched;
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`)
        return route.fulfill({
          contentType: "text/html; charset=utf-8",
          body: '<!doctype html><meta charset="utf-8"><script type="module" src="/program.js"></script>',
        });
      if (url === `${ORIGIN}/program.js`)
        return route.fulfill({ contentType: "text/javascript; charset=utf-8", body: program });
      return route.abort();
    });
    await page.goto(`${ORIGIN}/`, { timeout: STEP_TIMEOUT });
    await page
      .waitForFunction((name) => name in globalThis, ready, { timeout: STEP_TIMEOUT })
      .catch((error: unknown) => {
        throw new Error(`the program did not start: ${pageErrors.join("; ") || String(error)}`);
      });
    return await use(page, pageErrors);
  } finally {
    await launched?.close();
  }
}
