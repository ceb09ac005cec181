import type { Lang } from "@tipx/schema";
import { en } from "./en";
import { es } from "./es";
import { th } from "./th";
import type { UiText } from "./ui-text";

export type { UiText } from "./ui-text";

/** The page's texts by language. */
export const UI_TEXTS: Readonly<Record<Lang, UiText>> = { en, th, es };
