// The validator page: a file is picked or dropped, a worker validates it record by record, and the page
// shows the records as they come (up to SHOWN in full, the rest counted), in English, Thai or Spanish.
import { LANGS, type Lang } from "@tipx/schema";
import { PROFILE_CODES, type ProfileCode } from "@tipx/schema/profile-codes";
import { fileKind } from "./file-kind";
import {
  REDACTION_PURPOSES,
  type RedactionPurpose,
  type ShownExplanation,
  type ShownRecord,
  type Totals,
  type WorkerReply,
} from "./protocol";
import { element, issueItem, profileName, recordArticle, summaryList } from "./render";
import { startWorker, type ValidatorWorker } from "./start-worker";
import { UI_TEXTS, type UiText } from "./ui-text/index";

/** How many records the page shows in full; a 100 MB file's other records are only counted. */
const SHOWN = 200;

type TextKey = { [K in keyof UiText]: UiText[K] extends string ? K : never }[keyof UiText];

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const node = document.getElementById(id);
  if (!(node instanceof type)) throw new Error(`the page has no #${id}`);
  return node;
}

const page = {
  lang: byId("lang", HTMLSelectElement),
  file: byId("file", HTMLInputElement),
  drop: byId("drop", HTMLButtonElement),
  profile: byId("profile", HTMLSelectElement),
  progress: byId("progress", HTMLProgressElement),
  status: byId("status", HTMLParagraphElement),
  summary: byId("summary", HTMLElement),
  downloads: byId("downloads", HTMLElement),
  downloadLinks: byId("download-links", HTMLElement),
  conversion: byId("conversion", HTMLElement),
  records: byId("records", HTMLElement),
  list: byId("record-list", HTMLElement),
  more: byId("more", HTMLParagraphElement),
};

const state: {
  lang: Lang;
  file: File | undefined;
  worker: ValidatorWorker | undefined;
  run: number;
  explanations: Map<string, ShownExplanation>;
  queue: ShownRecord[];
  frame: number | undefined;
} = { lang: "en", file: undefined, worker: undefined, run: 0, explanations: new Map(), queue: [], frame: undefined };

const text = (): UiText => UI_TEXTS[state.lang];

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

function isProfile(value: string): value is ProfileCode {
  return (PROFILE_CODES as readonly string[]).includes(value);
}

/** Writes the page's fixed texts in the chosen language. */
function applyTexts(): void {
  const texts = text();
  document.documentElement.lang = texts.lang;
  document.title = texts.title;
  for (const node of Array.from(document.querySelectorAll<HTMLElement>("[data-text]"))) {
    const key = node.dataset["text"] as TextKey;
    const value = texts[key];
    if (typeof value === "string") node.textContent = value;
  }
  const [fromFile, ...profiles] = Array.from(page.profile.options);
  if (fromFile) fromFile.textContent = texts.profileFromFile;
  for (const option of profiles) option.textContent = profileName(option.value, texts.lang);
  for (const button of Array.from(page.downloads.querySelectorAll<HTMLButtonElement>("button[data-purpose]"))) {
    const purpose = button.dataset["purpose"] as RedactionPurpose;
    button.textContent = texts.downloadFor[purpose];
  }
}

/** Says what the page is doing, and marks it on the body for scripts that drive the page (the tests). */
function setStatus(message: string, busy: "busy" | "done" | "failed"): void {
  page.status.textContent = message;
  document.body.dataset["state"] = busy;
}

/** Appends the queued records in one frame, so that a fast file costs one layout per frame. */
function flushRecords(): void {
  state.frame = undefined;
  if (state.queue.length === 0) return;
  const fragment = document.createDocumentFragment();
  for (const record of state.queue) fragment.append(recordArticle(record, state.explanations, text()));
  state.queue = [];
  page.list.append(fragment);
}

/** Shows the totals; the summary is rewritten only where a value changed. */
function showTotals(totals: Totals): void {
  page.summary.hidden = false;
  const fresh = summaryList(totals, text());
  const old = page.summary.querySelector("dl");
  if (old === null) page.summary.append(fresh);
  else if (old.children.length !== fresh.children.length) old.replaceWith(fresh);
  else {
    Array.from(fresh.children).forEach((node, index) => {
      const current = old.children[index];
      if (current && current.textContent !== node.textContent) current.textContent = node.textContent;
    });
  }
  const rest = totals.records - SHOWN;
  page.more.hidden = rest <= 0;
  page.more.textContent = rest > 0 ? text().more(rest) : "";
}

function showConversion(issues: Extract<WorkerReply, { type: "done" }>["conversion"]): void {
  page.conversion.querySelector("ul")?.remove();
  page.conversion.hidden = issues.length === 0;
  if (issues.length === 0) return;
  page.conversion.append(
    element(
      "ul",
      { class: "issues" },
      ...issues.map((issue) => issueItem(issue, undefined, state.explanations, text())),
    ),
  );
}

function onReply(run: number, file: File, reply: WorkerReply): void {
  if (run !== state.run) return;
  if (reply.type === "batch" || reply.type === "done") {
    for (const [code, explanation] of Object.entries(reply.explanations)) state.explanations.set(code, explanation);
  }
  if (reply.type === "batch") {
    state.queue.push(...reply.records);
    state.frame ??= requestAnimationFrame(flushRecords);
    page.progress.value = reply.size === 0 ? 1 : reply.read / reply.size;
    showTotals(reply.totals);
  } else if (reply.type === "done") {
    if (state.frame !== undefined) cancelAnimationFrame(state.frame);
    flushRecords();
    showTotals(reply.totals);
    showConversion(reply.conversion);
    page.progress.value = 1;
    page.downloads.hidden = false;
    setStatus(text().done(file.name), "done");
    state.worker?.terminate();
    state.worker = undefined;
  } else if (reply.type === "failed") {
    setStatus(text().failed(reply.reason), "failed");
    state.worker?.terminate();
    state.worker = undefined;
  }
}

/** Validates the file from the start, in the chosen language and with the chosen profile. */
async function validateFile(file: File): Promise<void> {
  state.worker?.terminate();
  state.worker = undefined;
  state.run += 1;
  const run = state.run;
  state.file = file;
  state.queue = [];
  state.explanations = new Map();
  page.list.replaceChildren();
  page.downloadLinks.replaceChildren();
  page.summary.hidden = true;
  page.conversion.hidden = true;
  page.downloads.hidden = true;
  page.more.hidden = true;
  page.progress.value = 0;
  page.records.hidden = false;
  const kind = fileKind(file.name);
  if (kind === undefined) {
    setStatus(text().unsupported(file.name), "failed");
    return;
  }
  setStatus(text().reading(file.name), "busy");
  try {
    const worker = await startWorker(kind === "xlsx" ? "xlsx" : "core", (reply) => onReply(run, file, reply));
    if (run !== state.run) return worker.terminate();
    state.worker = worker;
    const profile = isProfile(page.profile.value) ? page.profile.value : undefined;
    worker.send({ type: "validate", file, kind, lang: state.lang, profile, shown: SHOWN });
  } catch (error) {
    setStatus(text().failed(error instanceof Error ? error.message : String(error)), "failed");
  }
}

/** Redacts the file for a purpose in a worker of its own and offers the copy as a download. */
async function download(purpose: RedactionPurpose): Promise<void> {
  const file = state.file;
  const kind = file === undefined ? undefined : fileKind(file.name);
  if (file === undefined || kind === undefined) return;
  const worker = await startWorker(kind === "xlsx" ? "xlsx" : "core", (reply) => {
    if (reply.type === "failed") setStatus(text().failed(reply.reason), "failed");
    if (reply.type !== "redacted") return;
    worker.terminate();
    const link = element("a", { href: URL.createObjectURL(reply.blob), download: reply.name }, reply.name);
    page.downloadLinks.append(
      element(
        "li",
        { "data-purpose": reply.purpose },
        link,
        `: ${text().downloadReady(reply.redacted, reply.skipped)}`,
      ),
    );
    link.click();
  });
  worker.send({ type: "redact", file, kind, purpose });
}

function start(): void {
  const preferred = new URLSearchParams(location.search).get("lang") ?? navigator.language.slice(0, 2);
  state.lang = isLang(preferred) ? preferred : "en";
  page.lang.replaceChildren(...LANGS.map((lang) => element("option", { value: lang, lang }, UI_TEXTS[lang].name)));
  page.lang.value = state.lang;
  page.profile.append(...PROFILE_CODES.map((code) => element("option", { value: code }, code)));
  for (const purpose of REDACTION_PURPOSES) {
    const button = element("button", { type: "button", "data-purpose": purpose });
    button.addEventListener("click", () => void download(purpose));
    page.downloads.querySelector(".buttons")?.append(button);
  }
  applyTexts();
  page.lang.addEventListener("change", () => {
    if (!isLang(page.lang.value)) return;
    state.lang = page.lang.value;
    applyTexts();
    if (state.file) void validateFile(state.file);
  });
  page.profile.addEventListener("change", () => {
    if (state.file) void validateFile(state.file);
  });
  page.file.addEventListener("change", () => {
    const file = page.file.files?.[0];
    if (file) void validateFile(file);
  });
  page.drop.addEventListener("click", () => page.file.click());
  document.addEventListener("dragover", (event) => {
    event.preventDefault();
    page.drop.classList.add("dragging");
  });
  document.addEventListener("dragleave", () => page.drop.classList.remove("dragging"));
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    page.drop.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (file) void validateFile(file);
  });
  document.body.dataset["ready"] = "true";
}

start();
