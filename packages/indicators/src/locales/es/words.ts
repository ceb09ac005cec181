import type { ExplanationWords } from "../catalogue";

/** "a, b y c"; "y" becomes "e" before a word starting with the sound i ("aislamiento e intimidación"). */
function list(items: readonly string[]): string {
  const last = items.at(-1);
  if (items.length <= 1 || last === undefined) return items.join("");
  const and = /^h?[ií](?![aeoáéó])/i.test(last) ? "e" : "y";
  return `${items.slice(0, -1).join(", ")} ${and} ${last}`;
}

/** A label or sentence inside a sentence: its first letter in lower case ("Medio" → "medio"), the rest as written. */
function inSentence(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** What each instrument looks for, in the three sentences of an outcome. */
const WHAT = {
  "ilo-fl-2012": {
    present: "Hay indicios de trabajo forzoso",
    absent: "no hay ningún indicio de trabajo forzoso",
    subject: "indicios de trabajo forzoso",
  },
  "icls-2018": {
    present: "Se dan las dos condiciones del trabajo forzoso: trabajo involuntario y amenaza de una pena",
    absent:
      "no se dan a la vez las dos condiciones del trabajo forzoso (trabajo involuntario bajo la amenaza de una pena)",
    subject: "las condiciones del trabajo forzoso",
  },
  palermo: {
    present: "Están presentes los elementos de la trata de personas",
    absent: "no están presentes todos los elementos de la trata de personas",
    subject: "los elementos de la trata de personas",
  },
  "child-labour": {
    present: "Hay indicios de trabajo infantil",
    absent: "no hay ningún indicio de trabajo infantil",
    subject: "indicios de trabajo infantil",
  },
} as const;

/**
 * The Spanish words of the explanations: whole sentences, lists joined with "y", and an outcome that says
 * what the answers show ("Hay indicios de trabajo forzoso."), never that someone is a victim.
 *
 * @example
 * ```ts
 * import { es } from "@tipx/indicators/locales/es";
 * es.words.outcome("ilo-fl-2012", "indicated"); // "Hay indicios de trabajo forzoso."
 * ```
 */
export const words: ExplanationWords = {
  outcome: (instrument, classification) => {
    const what = WHAT[instrument];
    return classification === "indicated"
      ? `${what.present}.`
      : classification === "not-indicated"
        ? `Según las respuestas dadas, ${what.absent}.`
        : `Resultado no concluyente: las respuestas dadas no muestran ni descartan ${what.subject}.`;
  },
  found: (groups) =>
    `Se encontró lo siguiente: ${groups.map(([group, items]) => `${inSentence(group)} (${list(items.map(inSentence))})`).join("; ")}.`,
  unknowns: (questions) =>
    `Preguntas aún sin respuesta que cambiarían el resultado: ${list(questions.map((question) => `«${question}»`))}.`,
  // The rule's own sentence follows the colon in lower case, its full stop moved after the source.
  rule: (text, source) => `Regla aplicada: ${inSentence(text.replace(/\.$/, ""))} (${source}).`,
  notIdentification:
    "Este es un resultado de detección, no una identificación: decidir si la persona es víctima corresponde a la autoridad competente.",
};
