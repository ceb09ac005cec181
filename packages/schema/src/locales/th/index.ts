import { defineCatalogue } from "../../i18n/catalogue";
import { codeLists } from "./code-lists";
import { fields } from "./fields";
import { isoLists } from "./iso";
import { issues } from "./issues";
import { profileLists } from "./profile-lists";
import { terms } from "./terms";

/**
 * The Thai catalogue: every label, description, message and explanation of tipx in Thai, each entry
 * with its `reviewed` flag. Pass it per call; an app that does not import it ships none of its text.
 *
 * @example
 * ```ts
 * import { validate } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * validate({}, { locale: th }).issues[0]?.code; // "TIPX103"
 * ```
 */
export const th = /* @__PURE__ */ defineCatalogue({
  lang: "th",
  name: "ไทย",
  fields,
  codeLists: { ...codeLists, ...profileLists, ...isoLists },
  issues,
  terms,
});
