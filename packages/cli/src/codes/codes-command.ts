import type { CodeList, Lang } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import type { OutputFormat } from "../choices";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { UsageError } from "../usage-error";

/** The options of `tipx codes`, parsed. */
export interface CodesCommandOptions {
  /** The language of the names and labels. */
  readonly lang: Lang;
  /** `text` for people, `json` for programs. */
  readonly format: OutputFormat;
}

/** Lines of two columns: the first padded to the widest (ids and codes are ASCII, so length is width). */
function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(0, ...rows.map(([first]) => first.length));
  return rows.map(([first, second]) => `${first.padEnd(width)}  ${second}\n`).join("");
}

/** The longest list id quoted back in an error: a longer argument is not an id. */
const MAX_QUOTED = 60;

/**
 * Runs `tipx codes`: prints the codes of one code list with their labels in the language of the run,
 * or, without a list, every list's id with its name. The lists are those of the model and of the country
 * profiles (subdivisions, agencies, laws and their sections).
 *
 * @param listId - the list to print, such as `htcds.gender`, when given.
 * @param options - the parsed options.
 * @param io - the run's streams.
 * @returns 0.
 * @throws {@link UsageError} for an unknown list, naming the nearest ids.
 */
export async function codesCommand(
  listId: string | undefined,
  options: CodesCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  const { codeLabel, codeListName, nearestCodes, translatableCodeLists } = await import("@tipx/schema");
  const locale = await loadCatalogue(options.lang);
  const lists = translatableCodeLists();
  const json = options.format === "json";

  if (listId === undefined) {
    const named = lists.map((list) => ({ id: list.id, name: codeListName(list, locale) }));
    io.stdout.write(
      json
        ? `${JSON.stringify(
            named.map((each, i) => ({ ...each, codes: lists[i]?.codes.length ?? 0 })),
            null,
            2,
          )}\n`
        : columns(named.map(({ id, name }) => [id, name])),
    );
    return EXIT_CODES.ok;
  }

  const list: CodeList | undefined = lists.find((each) => each.id === listId);
  if (list === undefined) {
    // A list is also found by the last part of its id ("gender") or its English name ("Gender").
    const near = nearestCodes(
      listId,
      lists.map((each) => ({ code: each.id, aliases: [each.id.slice(each.id.lastIndexOf(".") + 1), each.name] })),
    );
    const quoted = JSON.stringify(listId.slice(0, MAX_QUOTED));
    const hint = near.length > 0 ? ` (did you mean ${near.join(" or ")}?)` : "";
    throw new UsageError(`unknown code list ${quoted}${hint}; run "tipx codes" to see every list`);
  }

  const codes = list.codes.map((code) => {
    const meta = list.meta[code];
    return {
      code,
      label: codeLabel(list, code, locale),
      ...(meta?.status === "deprecated" ? { status: "deprecated" as const } : {}),
      ...(meta?.replacedBy === undefined ? {} : { replacedBy: meta.replacedBy }),
    };
  });
  const name = codeListName(list, locale);
  io.stdout.write(
    json
      ? `${JSON.stringify({ id: list.id, name, extensible: list.extensible, codes }, null, 2)}\n`
      : `${list.id}  ${name}\n\n${columns(codes.map(({ code, label, replacedBy }) => [code, replacedBy === undefined ? label : `${label} → ${replacedBy}`]))}`,
  );
  return EXIT_CODES.ok;
}
