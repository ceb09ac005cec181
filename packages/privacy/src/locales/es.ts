import { definePrivacyCatalogue } from "./catalogue";

/** "a, b y c", with "e" before a word that starts with the sound /i/ ("género e identidad"). */
function list(items: readonly string[]): string {
  const last = items.at(-1);
  if (items.length <= 1 || last === undefined) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${/^h?[iíIÍ](?![aeiouáéíóú])/u.test(last) ? "e" : "y"} ${last}`;
}

/**
 * The Spanish catalogue of `@tipx/privacy`'s k-anonymity guarantee and private-counts description, in
 * neutral Latin-American Spanish, every entry `reviewed: false` until a native-speaking professional of the
 * field has reviewed it against docs/glossary.md. Column labels come from the caller (`labels`), in Spanish.
 *
 * @example
 * ```ts
 * import { guaranteeText, kAnonymity } from "@tipx/privacy";
 * import { es } from "@tipx/privacy/locales/es";
 * const rows = Array.from({ length: 11 }, () => ({ gender: "Woman" }));
 * const result = kAnonymity(rows, { quasiIdentifiers: ["gender"] });
 * guaranteeText(result, es, { gender: "género" });
 * // "Cada combinación de género en esta tabla es compartida por al menos 11 personas."
 * ```
 */
export const es = /* @__PURE__ */ definePrivacyCatalogue({
  lang: "es",
  guarantee: {
    text: ({ outcome, quasiIdentifiers, k, diversity, failing }) => {
      const columns = list(quasiIdentifiers);
      const diverse = diversity ? ` o tenía menos de ${diversity.l} valores distintos de ${diversity.sensitive}` : "";
      if (outcome === "empty")
        return `Esta tabla no tiene filas: cada combinación de ${columns} era compartida por menos de ${k} personas${diverse}, por lo que se suprimieron todas.`;
      if (outcome === "does-not-hold") {
        const some = failing === 1 ? "1 combinación" : `${failing} combinaciones`;
        const diverseNow = diversity
          ? ` o ${failing === 1 ? "tiene" : "tienen"} menos de ${diversity.l} valores distintos de ${diversity.sensitive}`
          : "";
        return `Esta tabla no es ${k}-anónima: ${some} de ${columns} ${failing === 1 ? "es compartida" : "son compartidas"} por menos de ${k} personas${diverseNow} y no se ${failing === 1 ? "suprimió" : "suprimieron"}.`;
      }
      const each = diversity
        ? `, y cada uno de esos grupos tiene al menos ${diversity.l} valores distintos de ${diversity.sensitive}`
        : "";
      return `Cada combinación de ${columns} en esta tabla es compartida por al menos ${k} personas${each}.`;
    },
    reviewed: false,
  },
  privateCounts: {
    text: ({ epsilon, groupBy, domainGiven, clampedAtZero }) =>
      [
        `A cada conteo por ${list(groupBy)} se le agregó ruido aleatorio (mecanismo geométrico bilateral, ε = ${epsilon}), por lo que no muestra si una persona determinada está en los datos.`,
        domainGiven
          ? "Se listan todos los grupos posibles, incluidos los vacíos."
          : "Los grupos listados se tomaron de los datos, por lo que la lista misma no está protegida.",
        clampedAtZero
          ? "Los conteos con ruido que resultaron negativos se elevaron a 0."
          : "Los conteos con ruido pueden ser negativos.",
      ].join(" "),
    reviewed: false,
  },
});
