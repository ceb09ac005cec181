import type { Framework } from "../framework";
import { childLabour } from "./child-labour";
import { hardToSee2012 } from "./hts-2012";
import { icls2018 } from "./icls-2018";
import { iloForcedLabour2012 } from "./ilo-fl-2012";
import { palermo } from "./palermo";

/**
 * Every framework tipx holds: the ILO indicators of forced labour (2012), the 20th ICLS definition
 * (2018), the ILO survey guidelines (2012), child labour under C138 and C182, and the Palermo Protocol's
 * article 3.
 *
 * @example
 * ```ts
 * import { FRAMEWORKS } from "@tipx/indicators";
 * FRAMEWORKS.map((framework) => framework.id); // ["ilo-fl-2012", "icls-2018", "hts-2012", "child-labour", "palermo"]
 * ```
 */
export const FRAMEWORKS = [iloForcedLabour2012, icls2018, hardToSee2012, childLabour, palermo] as const;

/**
 * The id of a framework in `FRAMEWORKS`.
 *
 * @example
 * ```ts
 * import type { FrameworkId } from "@tipx/indicators";
 * const id: FrameworkId = "icls-2018";
 * ```
 */
export type FrameworkId = (typeof FRAMEWORKS)[number]["id"];

/**
 * The framework of `FRAMEWORKS` with the id `F`, as `getFramework` returns it.
 *
 * @example
 * ```ts
 * import type { FrameworkById } from "@tipx/indicators";
 * type Palermo = FrameworkById<"palermo">;
 * ```
 */
export type FrameworkById<F extends FrameworkId> = Extract<(typeof FRAMEWORKS)[number], { readonly id: F }>;

/**
 * Returns the framework with the given id: typed by its id when the id is a `FrameworkId` literal, and as
 * a plain `Framework` (items and rules looked up by any string) when it is a string read from data, such
 * as the framework part of an item reference `"<framework>/<item>"`.
 *
 * @param id - A framework id, such as `"palermo"`.
 * @returns The framework.
 * @throws TypeError when tipx has no framework by that id (the message names the id and the known ones).
 * @example
 * ```ts
 * import { getFramework } from "@tipx/indicators";
 * getFramework("palermo").items.fraud.group; // "means"
 * const ref = "icls-2018/debt-bondage";
 * const [frameworkId = "", itemId = ""] = ref.split("/");
 * getFramework(frameworkId).items[itemId]?.group; // "coercion"
 * ```
 */
export function getFramework<F extends FrameworkId>(id: F): FrameworkById<F>;
export function getFramework(id: string): Framework;
export function getFramework(id: string): Framework {
  const framework = FRAMEWORKS.find((candidate) => candidate.id === id);
  if (framework === undefined) {
    const known = FRAMEWORKS.map((candidate) => JSON.stringify(candidate.id)).join(", ");
    throw new TypeError(`getFramework(): unknown framework ${JSON.stringify(id)}; expected one of ${known}.`);
  }
  return framework;
}
