import type { Lang } from "@tipx/schema";
import { isChoice, LANG_CHOICES } from "./choices";
import type { CliIo } from "./io";
import { UsageError } from "./usage-error";

/**
 * The message language of a run: `--lang` when given, else the `TIPX_LANG` environment variable, else
 * English.
 *
 * @param flag - the value of `--lang` (commander has already checked it).
 * @param io - the run's environment.
 * @returns the language.
 * @throws {@link UsageError} when `TIPX_LANG` is set to something other than en, th or es.
 */
export function resolveLang(flag: unknown, io: Pick<CliIo, "env">): Lang {
  if (isChoice(LANG_CHOICES, flag)) return flag;
  const fromEnv = io.env["TIPX_LANG"];
  if (fromEnv === undefined || fromEnv === "") return "en";
  if (isChoice(LANG_CHOICES, fromEnv)) return fromEnv;
  throw new UsageError(
    `TIPX_LANG must be one of ${LANG_CHOICES.join(", ")} (it is ${JSON.stringify(fromEnv.slice(0, 20))})`,
  );
}
