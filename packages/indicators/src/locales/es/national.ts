import type { NationalVariantInstrument } from "../../frameworks/national-variants";
import type { Text } from "../catalogue";

/**
 * The Spanish sentence for each profile country's trafficking rule, the one the engine cites in place of
 * `NATIONAL_VARIANTS[country].rule` when a Palermo screening runs under that profile: whose trafficking
 * needs a means. A foreign law is glossed with its country, as the schema's Spanish catalogue names it.
 * None is reviewed yet.
 *
 * @example
 * ```ts
 * import { es } from "@tipx/indicators/locales/es";
 * es.national["AR-LEY-26364"].reviewed; // false
 * ```
 */
export const national: { readonly [K in NationalVariantInstrument]: Text } = {
  "TH-ATIPA-2551": {
    text: "Según la ley tailandesa, la trata de una persona adulta requiere uno de los medios que enumera la Ley contra la Trata de Personas de Tailandia B.E. 2551 (2008): amenaza, fuerza, rapto, fraude, engaño, abuso de poder o pagos a quien tenga autoridad sobre la persona; la trata de un niño, niña o adolescente no requiere ninguno.",
    reviewed: false,
  },
  "AR-LEY-26364": {
    text: "Según la ley argentina, el ofrecimiento, la captación, el traslado, la recepción o la acogida de una persona con fines de explotación es trata a cualquier edad, sin que se requiera ningún medio; los medios solo agravan la pena.",
    reviewed: false,
  },
  "PY-LEY-4788-2012": {
    text: "Para Paraguay se aplica la regla del Protocolo de Palermo: la trata de una persona adulta requiere un medio, y la de un niño, niña o adolescente menor de 18 años no requiere ninguno.",
    reviewed: false,
  },
  "LR-ATIP-2021": {
    text: "Para Liberia se aplica la regla del Protocolo de Palermo: la trata de una persona adulta requiere un medio, y la de un niño, niña o adolescente menor de 18 años no requiere ninguno.",
    reviewed: false,
  },
};
