import type { Lang } from "@tipx/schema";
import { isChoice, LANG_CHOICES } from "./choices";
import type { CliIo } from "./io";
import { UsageError } from "./usage-error";

/** What `--lang` and `TIPX_LANG` accept, for the messages that refuse a value. */
export const ACCEPTED_LANGS = `${LANG_CHOICES.join(", ")} (in any case), or a language tag of one of them such as th-TH, es-AR or en-US`;

// A BCP 47 tag (RFC 5646 section 2.1) starts with its language subtag, two or three letters, followed
// by subtags of up to eight letters or digits (script, region, variants, extensions). The underscore
// is taken as a separator too, so `th_TH` typed by habit works.
const LANGUAGE_TAG = /^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i;

/**
 * The message language a language tag names: its language subtag, when it is one tipx speaks.
 *
 * @param tag - a tag such as `th`, `TH`, `th-TH`, `es-AR`, `es-419` or `en-US`.
 * @returns the language, or `undefined` when the tag is malformed or names another language.
 *
 * @example
 * ```ts
 * langOfTag("es-PY"); // "es"
 * langOfTag("fr-FR"); // undefined
 * ```
 */
export function langOfTag(tag: string): Lang | undefined {
  const language = LANGUAGE_TAG.exec(tag.trim())?.[1]?.toLowerCase();
  return isChoice(LANG_CHOICES, language) ? language : undefined;
}

/**
 * The message language a POSIX locale name (the `LANG` environment variable) names:
 * `language[_territory][.codeset][@modifier]`, such as `th_TH.UTF-8` or `es_AR.utf8`. `C` and `POSIX`
 * are English.
 *
 * @returns the language, or `undefined` when the locale names another language or is malformed.
 */
export function langOfPosixLocale(locale: string): Lang | undefined {
  const name = locale.trim().split("@")[0]?.split(".")[0] ?? "";
  if (name === "C" || name === "POSIX") return "en";
  return langOfTag(name);
}

/**
 * The language `TIPX_LANG` and then `LANG` name, or English; for help texts, which are printed even
 * when `TIPX_LANG` is wrong (the command that runs reports it).
 */
function langOfEnvironment(env: CliIo["env"]): Lang | undefined {
  const tipx = env["TIPX_LANG"];
  if (tipx !== undefined && tipx !== "") return langOfTag(tipx);
  const posix = env["LANG"];
  return posix === undefined || posix === "" ? undefined : langOfPosixLocale(posix);
}

/**
 * The message language of a run: `--lang` when given, else the `TIPX_LANG` environment variable, else
 * the language of the `LANG` locale, else English. A `LANG` naming a language tipx does not speak means
 * English: it is the user's system setting, not a request to tipx.
 *
 * @param flag - the value of `--lang`, when given (a language, or a tag such as `th-TH`).
 * @param io - the run's environment.
 * @returns the language.
 * @throws {@link UsageError} when `--lang` or `TIPX_LANG` is something other than en, th, es or a tag
 *   of one.
 */
export function resolveLang(flag: unknown, io: Pick<CliIo, "env">): Lang {
  if (typeof flag === "string") {
    const fromFlag = langOfTag(flag);
    if (fromFlag === undefined)
      throw new UsageError(`--lang must be one of ${ACCEPTED_LANGS} (it is ${JSON.stringify(flag.slice(0, 20))})`);
    return fromFlag;
  }
  const fromEnv = io.env["TIPX_LANG"];
  if (fromEnv !== undefined && fromEnv !== "") {
    const lang = langOfTag(fromEnv);
    if (lang !== undefined) return lang;
    throw new UsageError(`TIPX_LANG must be one of ${ACCEPTED_LANGS} (it is ${JSON.stringify(fromEnv.slice(0, 20))})`);
  }
  return langOfEnvironment(io.env) ?? "en";
}

/**
 * The language to print help in, before commander has parsed anything: the last `--lang` (or `-l`)
 * on the command line, else `TIPX_LANG`, else `LANG`, else English. A value tipx does not understand
 * gives English help; commander then reports the bad `--lang` itself when the command line is parsed.
 *
 * @param argv - the arguments after the command name.
 * @param io - the run's environment.
 * @returns the language of the help texts.
 */
export function helpLang(argv: readonly string[], io: Pick<CliIo, "env">): Lang {
  let flag: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? "";
    if (arg === "--") break;
    if (arg === "--lang" || arg === "-l") flag = argv[index + 1];
    else if (arg.startsWith("--lang=")) flag = arg.slice("--lang=".length);
    else if (arg.startsWith("-l") && !arg.startsWith("--")) flag = arg.slice(2);
  }
  if (flag !== undefined) return langOfTag(flag) ?? "en";
  return langOfEnvironment(io.env) ?? "en";
}
