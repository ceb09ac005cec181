import type { IssueCatalogue } from "../../i18n/catalogue";
import { _isEntityRef } from "../../issues/_words";
import type { UnsafeJoseReason } from "../../issues/exchange";
import type { Names } from "../../issues/issue";
import type { ConsentMismatch } from "../../issues/privacy";
import type { JsonType, NotPlainReason, TermKey } from "../../issues/terms";
import { conversionIssues } from "./conversion-issues";

/** What TIPX112 says about each reason. */
const NOT_PLAIN_WORDS: { readonly [R in NotPlainReason]: string } = {
  accessor: "es un getter, no una propiedad de datos",
  "not-a-plain-object": "no es un objeto ni una lista simples (es un Date, un valor envuelto o una instancia de clase)",
  cycle: "se contiene a sí mismo (un ciclo)",
  undefined: "es undefined",
  function: "es una función",
  symbol: "es un symbol",
  bigint: "es un bigint",
  "non-finite-number": "es un número no finito (NaN o Infinity)",
  "array-hole": "es una lista con huecos",
};

/** The JSON types as TIPX102 names them in a sentence, with their article. */
const TYPE_PHRASES: { readonly [T in JsonType]: string } = {
  object: "un objeto",
  array: "una lista",
  string: "un texto",
  number: "un número",
  integer: "un número entero",
  boolean: "verdadero o falso",
  null: "nulo",
  undefined: "nada",
  "allowed-types": "de uno de los tipos admitidos",
  "valid-value": "un valor válido",
};

/**
 * The article of each entity noun ("la persona", "el caso"), by the term's key. A field is always named
 * "el campo «…»", so that adjectives agree with "campo" and never with a label of unknown gender.
 */
const ARTICLES: Readonly<Record<string, "el" | "la">> = {
  "entity.Bundle": "el",
  "entity.Person": "la",
  "entity.Organization": "la",
  "entity.Case": "el",
  "entity.Operation": "el",
  "entity.Referral": "la",
  "entity.Consent": "el",
  "entity.Assessment": "la",
  "entity.LegalProceeding": "el",
} satisfies Partial<Record<TermKey, "el" | "la">>;

/** A field reference as Spanish names it in a sentence: el campo «Nombre», or la persona. */
function the(n: Names, ref: string): string {
  return _isEntityRef(ref) ? `${ARTICLES[`entity.${ref}`] ?? "el"} ${n.field(ref)}` : `el campo «${n.field(ref)}»`;
}

/** The same after "de", with "de el" contracted: del campo «Nombre», de la persona. */
function of(n: Names, ref: string): string {
  return `de ${the(n, ref)}`.replace(/^de el /, "del ");
}

/** An identity document kind as a quoted name, by its Spanish label. */
function kind(n: Names, code: string): string {
  return `«${n.code("tipx.identity-document-kind", code)}»`;
}

/** Codes as a reader must write them (JSON strings), joined as alternatives. */
function codes(n: Names, list: readonly string[]): string {
  return n.either(list.map((code) => `"${code}"`));
}

/** The text with its first letter in capitals, to begin a sentence. */
function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Spanish titles, messages and explanations of every issue code. */

/** What TIPX524 says about each reason. */
const UNSAFE_WORDS: { readonly [R in UnsafeJoseReason]: string } = {
  "too-large": "La entrada supera los 64 MiB; se rechazó antes de leerla.",
  "not-json": "La entrada no es JSON válido.",
  "not-an-object": "La entrada no es un objeto JSON.",
  malformed:
    "La firma o el paquete cifrado están mal formados: falta un miembro, tiene un tipo incorrecto o no es texto base64url.",
  "algorithm-none": 'La cabecera declara el algoritmo "none": nunca se acepta una entrada sin firma o sin cifrar.',
  algorithm:
    "La cabecera nombra un algoritmo que tipx no acepta (EdDSA o ES256 para una firma, ECDH-ES+A256KW con A256GCM para el cifrado).",
  "embedded-key":
    "La cabecera lleva una clave o un enlace a una (jwk, jku, x5u, x5c); tipx solo toma claves de la lista de confianza o de quien llama.",
  critical: "La cabecera declara extensiones críticas (crit), que tipx no admite.",
  header: "La cabecera tiene un miembro o un valor que tipx no acepta.",
  "too-many-recipients": "El paquete cifrado nombra a más de 256 destinatarios.",
  payload: "El contenido firmado no tiene forma JSON canónica: contiene un valor que JSON no puede representar.",
};

/** What TIPX502 says about each reason a consent does not cover a referral. */
const CONSENT_MISMATCH_WORDS: { readonly [R in ConsentMismatch]: (n: Names) => string } = {
  person: () => "es de otra persona",
  kind: (n) =>
    `es un consentimiento solo para «${n.code("tipx.consent-kind", "interview")}», no para el uso y la comunicación de datos`,
  refused: () => "es una negativa",
  purpose: (n) => `no incluye la finalidad «${n.code("tipx.consent-purpose", "referral")}»`,
  withdrawn: () => "se revocó antes de la derivación",
  expired: () => "venció antes de la derivación",
  recipient: () => "no nombra entre sus destinatarios a la organización a la que se deriva",
  country: () => "no incluye el país de la organización a la que se deriva",
};

/** What TIPX506 says about each reason a consent does not reach a recipient of the bundle. */
const CONSENT_REACH_WORDS = {
  expired: "venció antes de la creación del paquete",
  recipient: "no nombra a uno de los destinatarios del paquete",
  country: "no incluye el país de uno de los destinatarios del paquete",
} as const;

export const issues: IssueCatalogue = {
  TIPX100: {
    title: "No se pudo leer la entrada",
    message: () => "No se pudo leer este valor: su lectura falló (un proxy revocado, por ejemplo).",
    explanation:
      "validate() nunca lanza excepciones. Si falla la lectura de la entrada (un proxy revocado, un objeto cuyas claves no pueden listarse), informa TIPX100 donde falló la lectura. Pase datos JSON simples. Un fallo de tipx mismo es TIPX900, nunca TIPX100.",
    reviewed: false,
  },
  TIPX101: {
    title: "No es JSON",
    message: (p) => `El texto no es JSON válido${p.detail ? `: ${p.detail}` : ""}.`,
    explanation:
      "Un archivo o una línea NDJSON no se pudo analizar como JSON. La CLI informa el archivo y la línea y sigue con la siguiente. Busque una línea truncada, una coma final o una marca de orden de bytes a mitad de archivo.",
    reviewed: false,
  },
  TIPX102: {
    title: "Tipo incorrecto",
    message: (p, n) =>
      `${cap(the(n, p.field))} debe ser ${TYPE_PHRASES[p.expected]}, pero ${p.received === "undefined" ? "falta" : `es ${TYPE_PHRASES[p.received]}`}.`,
    explanation:
      "Un valor tiene un tipo JSON incorrecto: una cadena donde se espera un número, un objeto donde se espera una lista, etc. El mensaje indica los tipos esperado y recibido, nunca el valor.",
    reviewed: false,
  },
  TIPX103: {
    title: "Falta un campo obligatorio",
    message: (p, n) =>
      _isEntityRef(p.field) ? `Falta ${the(n, p.field)}.` : `Falta el campo obligatorio «${n.field(p.field)}».`,
    explanation:
      "Falta un campo que el modelo exige, por ejemplo una entidad sin id, un paquete sin remitente o un cargo sin personas imputadas.",
    reviewed: false,
  },
  TIPX104: {
    title: "Campo desconocido",
    message: (p, n) =>
      `${cap(the(n, p.field))} tiene un campo ${p.key === undefined ? "" : `"${p.key}" `}que el modelo no define; ponga los datos ajenos al modelo en "extensions", bajo una clave con espacio de nombres.`,
    explanation:
      'Los objetos de tipx son estrictos: una clave que el modelo no define es un error y nunca se descarta en silencio, para detectar campos mal escritos. Los datos sin lugar en el modelo van en `extensions` de la entidad con una clave como "org.example/field".',
    reviewed: false,
  },
  TIPX105: {
    title: "Formato no válido",
    message: (p, n) => `El valor ${of(n, p.field)} no tiene el formato de ${n.term(`format.${p.format}`)}.`,
    explanation:
      "Una cadena no tiene el formato exigido: UUID para ids, AAAA / AAAA-MM / AAAA-MM-DD para fechas parciales (y el día debe existir), fecha-hora RFC 3339 con desfase, teléfonos E.164 (+ y hasta 15 dígitos), códigos de subdivisión ISO 3166-2, correos electrónicos, claves de extensión con espacio de nombres.",
    reviewed: false,
  },
  TIPX106: {
    title: "Versión de tipx no admitida",
    message: (p) => `Este validador lee tipx ${p.expected}, pero el paquete declara otra versión.`,
    explanation:
      'El campo `tipx` del paquete indica la versión del modelo. Este paquete lee "1.0" y "1.1" (la 1.1 solo agrega campos opcionales y códigos). Actualice @tipx/schema o migre los datos.',
    reviewed: false,
  },
  TIPX107: {
    title: "Tipo de entidad desconocido",
    message: (p, n) => `El tipo de entidad no es uno que el modelo conozca; debe ser ${codes(n, p.expected)}.`,
    explanation:
      "El `type` de cada entidad debe ser Person, Organization, Case, Operation, Referral, Consent, Assessment o LegalProceeding.",
    reviewed: false,
  },
  TIPX108: {
    title: "Fuera de rango",
    message: (p, n) => {
      const subject = cap(the(n, p.field));
      const bound = p.relation === "max" ? "como máximo" : "como mínimo";
      if (p.unit === undefined) {
        return `${subject} debe ser ${p.relation === "multiple-of" ? "múltiplo de" : bound} ${p.limit}.`;
      }
      const units = p.unit === "items" ? ["elemento", "elementos"] : ["carácter", "caracteres"];
      if (p.relation === "multiple-of")
        return `El número de ${units[1]} ${of(n, p.field)} debe ser múltiplo de ${p.limit}.`;
      return `${subject} debe tener ${bound} ${p.limit} ${p.limit === 1 ? units[0] : units[1]}.`;
    },
    explanation:
      "Un número, un texto o una lista es demasiado pequeño o grande: un nombre vacío, una cantidad negativa, una edad mayor de 130, una persona vinculada sin funciones, un consentimiento sin finalidades.",
    reviewed: false,
  },
  TIPX109: {
    title: "Clave de extensión no válida",
    message: (p) =>
      p.key === undefined
        ? `Una clave de extensión no tiene espacio de nombres; use un dominio invertido y un nombre, como "org.example/field".`
        : `La clave de extensión "${p.key}" no tiene espacio de nombres; use un dominio invertido y un nombre, como "org.example/field".`,
    explanation:
      'Las claves de `extensions` deben llevar espacio de nombres ("org.example/field") para que las extensiones de dos organizaciones nunca choquen. `extensions` puede contener datos sensibles: el mensaje nunca cita sus claves y la ruta se detiene en `extensions`.',
    reviewed: false,
  },
  TIPX110: {
    title: "Más problemas no listados",
    message: (p) =>
      `Se encontraron ${p.omitted} problemas más que no se listan; solo se listan los primeros ${p.limit}.`,
    explanation:
      "validate() conserva los primeros problemas de cada registro (100, salvo que `maxIssues` diga otra cosa) y cuenta el resto, para que un registro con millones de problemas use memoria acotada. Corrija los listados y vuelva a validar.",
    reviewed: false,
  },
  TIPX111: {
    title: "Clave reservada",
    message: (p, n) =>
      `${cap(the(n, p.field))} tiene una de las claves "__proto__", "constructor" o "prototype", que no se admiten; la clave se omitió.`,
    explanation:
      'JavaScript lee estas claves a través de la cadena de prototipos, y un programa que mezcle los datos con sus propios objetos podría ver esos objetos modificados a través de ellas ("contaminación del prototipo"). tipx las rechaza dondequiera que una clave sea libre (en `extensions`, como clave desconocida) y nunca las devuelve en `value`.',
    reviewed: false,
  },
  TIPX112: {
    title: "No son datos JSON simples",
    message: (p, n) =>
      `El valor ${of(n, p.field)} no es un dato JSON simple: ${NOT_PLAIN_WORDS[p.reason]}; pase datos JSON simples.`,
    explanation:
      "validate() acepta solo datos JSON simples, para que lo que acepta siga igual tras JSON.stringify y JSON.parse. Lee las propiedades propias, una vez cada una, y nunca ejecuta un getter. Aquí se informa de un Date, un valor envuelto, una instancia de clase, un Map, un getter, un ciclo, undefined, una función, un symbol, un bigint, un número no finito o un hueco en una lista. Serialice antes esos valores (un Date como texto ISO 8601) o valide el texto JSON con validateJson().",
    reviewed: false,
  },
  TIPX201: {
    title: "Código desconocido",
    message: (p, n) => {
      const where = p.list === undefined ? "uno de los códigos admitidos" : `un código de la lista «${n.list(p.list)}»`;
      const sentences = [
        p.received === undefined
          ? `El valor ${of(n, p.field)} no es ${where}.`
          : `${cap(the(n, p.field))} tiene el valor "${p.received}", que no es ${where}.`,
      ];
      if (p.suggestions !== undefined && p.suggestions.length > 0)
        sentences.push(`¿Quiso decir ${codes(n, p.suggestions)}?`);
      if (p.allowed !== undefined && p.allowed.length > 0) sentences.push(`Debe ser ${codes(n, p.allowed)}.`);
      else if (p.list !== undefined) sentences.push(`Ejecute "tipx codes ${p.list}" para ver sus códigos.`);
      return sentences.join(" ");
    },
    explanation:
      'El valor debe ser uno de los códigos de la lista del campo, escrito exactamente como en la lista (los códigos HTCDS distinguen mayúsculas y se conservan tal cual, erratas incluidas). El mensaje nombra la lista; si tiene 12 códigos o menos, los nombra también, y si es más larga propone hasta tres códigos parecidos al valor y remite a `tipx codes LISTA`, que imprime todos los códigos de la lista con sus nombres (`tipx codes LISTA --lang es` en español; `tipx codes` sin más enumera las listas). La página de códigos de problema de la documentación de tipx enumera todas las listas con su id. El mensaje repite el valor, y propone códigos parecidos, solo en campos de sensibilidad `none`. Con `level: "lenient"`, un código desconocido en una lista extensible (sitios y aplicaciones, tipos de documento) es una advertencia.',
    reviewed: false,
  },
  TIPX202: {
    title: "Código repetido",
    message: (p, n) => `${cap(the(n, p.field))} incluye el mismo código más de una vez.`,
    explanation:
      "Un campo de selección múltiple (medios de control, tipos de explotación, nacionalidades...) repite un código. Los recuentos serían erróneos; indique cada código una sola vez.",
    reviewed: false,
  },
  TIPX301: {
    title: "Formato del número de identidad",
    message: (p, n) => `El número del documento ${kind(n, p.kind)} no tiene el formato esperado (${p.expected}).`,
    explanation:
      "Sin espacios, puntos ni guiones, el número debe tener la longitud y los caracteres de su tipo (por ejemplo 13 dígitos para el PIN tailandés, 7 u 8 para el DNI argentino). Compruebe que el número se copió completo y que el tipo de documento es correcto.",
    reviewed: false,
  },
  TIPX302: {
    title: "Dígito verificador del número de identidad",
    message: (p, n) => `El dígito verificador del número del documento ${kind(n, p.kind)} no es correcto.`,
    explanation:
      "El último dígito se calcula a partir de los demás (módulo 11). Si no coincide, lo más probable es que se tecleara mal un dígito o se invirtieran dos. Compare el número con el documento.",
    reviewed: false,
  },
  TIPX303: {
    title: "Prefijo de tipo del número de identidad",
    message: (p, n) => `El número del documento ${kind(n, p.kind)} empieza con un prefijo de tipo no admitido.`,
    explanation:
      "Los primeros dígitos indican el tipo de titular: el PIN tailandés empieza con el tipo de persona (0–8; el 9 no se usa), el CUIL o CUIT con 20, 23, 24, 27, 30, 33, 34, 50, 51 o 55.",
    reviewed: false,
  },
  TIPX304: {
    title: "PIN tailandés que empieza por 0",
    message: () =>
      "El PIN tailandés empieza por 0, algo que se ha observado en tarjetas emitidas a residentes no tailandeses; se aceptó.",
    explanation:
      "python-stdnum rechaza los PIN tailandeses que empiezan por 0, pero se han observado en tarjetas de residentes no tailandeses, que a menudo son las víctimas en casos de trata. tipx los acepta como formato válido de una persona no ciudadana hasta que una fuente oficial lo confirme. No verificado.",
    reviewed: false,
  },
  TIPX305: {
    title: "Dígito verificador 10 en CUIL/CUIT",
    message: (p, n) =>
      `El dígito verificador del número del documento ${kind(n, p.kind)} resulta 10, y se aceptó el 9.`,
    explanation:
      "Cuando la fórmula del CUIL/CUIT da 10, python-stdnum espera 9. Se dice que el emisor evita ese caso cambiando el prefijo a 23 o 24, así que un número así es inusual. No verificado.",
    reviewed: false,
  },
  TIPX306: {
    title: "Tipo de documento y país emisor no coinciden",
    message: (p, n) =>
      `Los documentos del tipo ${kind(n, p.kind)} los emite ${n.code("iso3166-1", p.kindCountry)}, pero el país emisor indicado es otro.`,
    explanation: "Un tipo de documento nacional pertenece a un solo país. El tipo o el país emisor es incorrecto.",
    reviewed: false,
  },
  TIPX307: {
    title: "Tipo de documento desconocido",
    message: () => "tipx no conoce el formato de este tipo de documento.",
    explanation: "checkIdentifier conoce TH-PIN, AR-DNI, AR-CUIL, AR-CUIT, PY-CI, PY-RUC, LR-NIN y passport.",
    reviewed: false,
  },
  TIPX308: {
    title: "Número de identidad poco plausible (formato no verificado)",
    message: (p, n) =>
      `El número del documento ${kind(n, p.kind)} no tiene la forma que tipx espera (${p.expected}); ese formato no está verificado.`,
    explanation:
      "Para el NIN de Liberia, la cédula paraguaya y los pasaportes tipx no pudo verificar el formato exacto, así que solo comprueba una forma amplia y avisa en lugar de rechazar. Compare el número con el documento.",
    reviewed: false,
  },
  TIPX310: {
    title: "Subdivisión desconocida",
    message: (p, n) => `El código de subdivisión no es un código ISO 3166-2 de ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "El código empieza con el del país pero no está en su lista ISO 3166-2 (TH 78 códigos, AR 24, PY 18, LR 15). Paraguay no tiene PY-17 ni PY-18; Argentina no usa las letras I ni O. `tipx codes iso3166-2.AR` (o `.PY`, `.TH`, `.LR`) imprime los códigos de un país con sus nombres.",
    reviewed: false,
  },
  TIPX320: {
    title: "No es un número E.164",
    message: () =>
      "El número de teléfono no está en formato E.164 (+, código de país y número nacional, 15 dígitos como máximo).",
    explanation:
      "Los números E.164 se escriben +, el código de país y el número nacional significativo, 15 dígitos como máximo, sin espacios ni el prefijo troncal nacional.",
    reviewed: false,
  },
  TIPX321: {
    title: "Código de llamada de otro país",
    message: (p, n) =>
      `El número de teléfono no empieza con el código de llamada de ${n.code("iso3166-1", p.country)} (+${p.callingCode}).`,
    explanation:
      "Se pidió a checkPhone un país y el número es de otro. La validación no lo informa: las personas pueden tener números extranjeros.",
    reviewed: false,
  },
  TIPX322: {
    title: "Longitud del número nacional",
    message: (p) =>
      `El número nacional después de +${p.callingCode} tiene una longitud que el plan de numeración no usa (longitudes usadas: ${p.lengths} dígitos).`,
    explanation:
      "El plan de numeración de cada país admite solo algunas longitudes del número nacional significativo (los dígitos tras el código). Las longitudes vienen de los metadatos de libphonenumber; los planes cambian, por eso es un aviso.",
    reviewed: false,
  },
  TIPX323: {
    title: "Prefijo troncal tras el código de país",
    message: (p) =>
      `El número conserva el prefijo troncal ${p.trunkPrefix} después de +${p.callingCode}; E.164 lo omite.`,
    explanation:
      "Los números marcados dentro del país empiezan con el prefijo troncal 0 (011 1234-5678); en E.164 se omite (+54 11 1234 5678). Que ningún número nacional del país empiece por 0 se deduce de la definición del número nacional significativo, no se comprobó en el plan de numeración. No verificado.",
    reviewed: false,
  },
  TIPX330: {
    title: "Ley de otro país",
    message: (p, n) =>
      `El cargo cita la ley de otro país; la jurisdicción del proceso es ${n.code("iso3166-1", p.country)}.`,
    explanation: "Un proceso se rige por la ley de su jurisdicción; el cargo debe citar una norma de ese país.",
    reviewed: false,
  },
  TIPX331: {
    title: "Norma desconocida",
    message: (p, n) =>
      `El cargo cita una norma que no está en la lista de tipx para ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "tipx enumera por código las normas contra la trata de cada país y las leyes que se imputan junto con ellas, como los códigos penales y las leyes sobre prostitución, protección de la infancia, trabajo y migración (como AR-CODIGO-PENAL o TH-CRIMINAL-CODE). Un cargo bajo otra ley es posible, por eso es un aviso; revise cómo se escribió el código. `tipx codes law.AR` (o `law.PY`, `law.TH`, `law.LR`) imprime las normas de un país.",
    reviewed: false,
  },
  TIPX332: {
    title: "Artículo desconocido",
    message: () => "El cargo cita un artículo que no está en la lista de tipx para esa norma.",
    explanation:
      "Los artículos se escriben como códigos, por ejemplo s6, s6/1, art145bis. tipx solo enumera los que describen sus fuentes, así que puede faltar uno real: es un aviso. `tipx codes law.AR-CODIGO-PENAL.sections` imprime los artículos que tipx enumera para una norma.",
    reviewed: false,
  },
  TIPX340: {
    title: "Organismo desconocido",
    message: (p, n) =>
      `El código de organismo no está en la lista de organismos de ${n.code("iso3166-1", p.country)} que tiene tipx.`,
    explanation:
      "Los códigos de organismo empiezan con el código del país (TH-DSI, AR-PROTEX, PY-MRE, LR-AHTTF). Use un código de la lista del perfil (`tipx codes agencies.AR` imprime los de Argentina, y lo mismo para PY, TH y LR), o deje el campo vacío para otras organizaciones.",
    reviewed: false,
  },
  TIPX341: {
    title: "Organismo de otro país",
    message: (p, n) =>
      `El organismo pertenece a ${n.code("iso3166-1", p.agencyCountry)}, pero el país de la organización es otro.`,
    explanation:
      "Una organización que indica un organismo nacional debería tener el país de ese organismo; uno de los dos es incorrecto.",
    reviewed: false,
  },
  TIPX350: {
    title: "Año que parece de la era budista",
    message: (p, n) =>
      `El año ${of(n, p.field)} parece un año de la era budista (año budista = año de la era común + ${p.offset}); ${p.commonEraYear === undefined ? `réstele ${p.offset} para escribir la fecha en la era común` : `en la era común es ${p.commonEraYear}`}.`,
    explanation:
      "Las fechas de tipx son fechas ISO 8601 de la era común. Los documentos tailandeses escriben los años en la era budista (año budista = año de la era común + 543: el 2565 budista es 2022), y un año budista copiado tal cual pone la fecha 543 años en el futuro. Con el perfil TH, un año de 2400 o posterior se toma por un año budista: escriba la fecha con el año menos 543 (`parseThaiDate` lee fechas tailandesas y `formatThaiDate` las escribe). El mensaje da el año de la era común solo en campos de sensibilidad `none`. Las comprobaciones de orden, de edad y de fecha posterior al paquete sobre la misma fecha (TIPX404, TIPX405, TIPX406, TIPX410) se omiten, porque se deben al mismo error.",
    reviewed: false,
  },
  TIPX351: {
    title: "Nada que comprobar con este perfil",
    message: (p, n) =>
      `No se comprobó nada del paquete con el perfil de ${n.code("iso3166-1", p.country)}: no contiene ningún pasaporte ni ningún documento de identidad, lugar, teléfono, cargo u organismo de ese país.`,
    explanation:
      "Un perfil de país comprueba los documentos de identidad de los tipos del país y los pasaportes, los lugares y domicilios del país, los teléfonos con su código de llamada, los cargos bajo su jurisdicción o su ley, los organismos de las organizaciones y, cuando el mecanismo nacional de derivación del país fija un período de protección, los períodos de protección de las víctimas con primer y último día completos. Si el paquete no contiene nada de eso, las reglas del perfil no tuvieron nada que mirar, y la ausencia de problemas TIPX3xx no dice nada del paquete: compruebe que el perfil (la opción `profile`, `tipx validate --profile` o el campo `profile` del paquete) es el país del paquete.",
    reviewed: false,
  },
  TIPX352: {
    title: "Período de protección más largo que el del mecanismo de derivación",
    message: (p) =>
      `El período de protección dura ${p.days} días, más que los ${p.limit} días que el mecanismo nacional de derivación del país da antes de la identificación.`,
    explanation:
      "Según el mecanismo nacional de derivación de Tailandia (2022), una posible víctima puede permanecer hasta 15 días en un albergue temporal antes de las entrevistas de identificación de los equipos multidisciplinarios. Con un perfil cuyo mecanismo de derivación fija ese período, se informa del período de protección de una víctima (`identification.protectionPeriod` de una persona vinculada al caso) que dura más, contando el primer y el último día: el período puede haberse prorrogado, una fecha puede estar mal, o puede no ser el período anterior a la identificación. Solo se comparan los períodos cuyo primer y último día son fechas completas, y solo en casos del país del perfil. La duración del período procede de informes sobre el mecanismo, no de su texto, así que esto es una información, no una advertencia.",
    reviewed: false,
  },
  TIPX401: {
    title: "Id de entidad duplicado",
    message: (p) => `Este id de entidad ya lo usa la entidad en ${p.first}.`,
    explanation:
      "Dos entidades del paquete tienen el mismo id. Los ids deben ser únicos, porque toda referencia entre entidades se hace por id.",
    reviewed: false,
  },
  TIPX402: {
    title: "Referencia sin destino",
    message: (p, n) =>
      `No hay en el paquete ninguna entidad de tipo ${n.either(p.expected.map((type) => n.term(`entity.${type}`)))} con el id ${of(n, p.field)}.`,
    explanation:
      "Un campo cita un id de entidad que no está en el paquete. Un paquete es autocontenido: incluya la entidad o quite la referencia.",
    reviewed: false,
  },
  TIPX403: {
    title: "Referencia a un tipo de entidad erróneo",
    message: (p, n) =>
      `${cap(the(n, p.field))} apunta a una entidad de tipo ${n.term(`entity.${p.received}`)}, pero debe apuntar a una de tipo ${n.either(p.expected.map((type) => n.term(`entity.${type}`)))}.`,
    explanation:
      "Una referencia apunta a una entidad de tipo erróneo, como un titular de caso que es una Person en lugar de una Organization.",
    reviewed: false,
  },
  TIPX404: {
    title: "Fechas en orden incorrecto",
    message: (p, n) => `La fecha ${of(n, p.field)} es anterior a la fecha ${of(n, p.otherField)} (${p.otherPath}).`,
    explanation:
      "Un fin es anterior a su inicio: un caso cerrado antes de abrirse, un consentimiento revocado antes de otorgarse, una derivación respondida antes de hacerse, un proceso resuelto antes de presentarse. Las fechas parciales se comparan solo hasta donde ambas se conocen (2022 no es anterior a 2022-03).",
    reviewed: false,
  },
  TIPX405: {
    title: "Nacimiento posterior a un evento",
    message: (p, n) =>
      `La fecha de nacimiento de la persona es posterior a la fecha ${of(n, p.otherField)} (${p.otherPath}).`,
    explanation:
      "La fecha de nacimiento de una persona es posterior a un evento de trata, un consentimiento u operativo que la nombra. Una de las fechas es errónea. El mensaje no repite la fecha de nacimiento.",
    reviewed: false,
  },
  TIPX406: {
    title: "La mayoría de edad no concuerda con la edad",
    message: () => "La mayoría de edad registrada no concuerda con la fecha de nacimiento o la edad estimada.",
    explanation:
      "`majorityStatus` contradice la fecha de nacimiento o la edad estimada a la fecha del paquete (menor = menos de 18 años, definición de niño del Protocolo de Palermo art. 3(d)). Un niño registrado como adulto pierde protecciones que no exigen probar medios; revise la edad. Solo se informa una contradicción que vale para todos los días que admite la fecha parcial. El mensaje no dice qué estado consta ni cuál resulta, porque ambos pueden ayudar a identificar a la persona.",
    reviewed: false,
  },
  TIPX407: {
    title: "Subdivisión de otro país",
    message: (p, n) => `El código de subdivisión ${of(n, p.field)} pertenece a un país distinto del país del lugar.`,
    explanation:
      "Un código ISO 3166-2 empieza por el alfa-2 de su país (TH-63 está en TH). Un lugar cuya subdivisión empieza por el código de otro país es incoherente.",
    reviewed: false,
  },
  TIPX408: {
    title: "Estado y fechas no concuerdan",
    message: (p, n) =>
      p.missing === undefined
        ? `${cap(the(n, p.field))} tiene una fecha, pero el estado «${n.code(p.list, p.status)}» no es un estado de cierre.`
        : `El estado «${n.code(p.list, p.status)}» necesita una fecha en ${the(n, p.missing)}, que falta.`,
    explanation:
      "Un caso tiene fecha de cierre y estado abierto (Active, FollowUp), o estado cerrado sin fecha de cierre; una derivación aceptada o rechazada sin fecha de respuesta, o completada o retirada sin fecha de cierre.",
    reviewed: false,
  },
  TIPX409: {
    title: "Cantidad menor que las personas nombradas",
    message: (p, n) => `${cap(the(n, p.field))} es menor que el número de personas nombradas.`,
    explanation:
      "La cantidad `rescued` o `arrested` de un operativo cubre al menos a las personas que nombra; una cantidad menor es un error.",
    reviewed: false,
  },
  TIPX410: {
    title: "Fecha posterior al paquete",
    message: (p, n) => `La fecha ${of(n, p.field)} es posterior a la creación del paquete.`,
    explanation:
      "Una fecha de algo ya ocurrido (un nacimiento, un operativo, un evento, la apertura de un caso) es posterior al `createdAt` del paquete. Las fechas previstas (fin previsto de un plan) no se verifican.",
    reviewed: false,
  },
  TIPX411: {
    title: "Contexto sin función",
    message: (p, n) =>
      `Se indica ${the(n, p.field)}, pero la persona vinculada no tiene la función ${n.either(p.expected.map((role) => `«${n.code("tipx.party-role", role)}»`))}.`,
    explanation:
      "Una persona vinculada al caso tiene contexto de víctima sin la función victim o presumed-victim, o contexto de perpetrador sin la función suspect.",
    reviewed: false,
  },
  TIPX412: {
    title: "Perpetrador que no es persona sospechosa",
    message: (p, n) =>
      `${cap(the(n, p.field))} nombra a una persona que no está vinculada al caso con el rol «${n.code("tipx.party-role", "suspect")}».`,
    explanation:
      "Los `perpetrators` de una víctima la vinculan con personas sospechosas del mismo caso: cada persona que nombran debe estar vinculada a ese caso con el rol `suspect` (y no ser la propia víctima). Añada la persona a las personas vinculadas al caso como sospechosa, o corrija el id.",
    reviewed: false,
  },
  TIPX413: {
    title: "Persona del trayecto ajena al caso",
    message: (p, n) => `${cap(the(n, p.field))} nombra a una persona que no está vinculada al caso.`,
    explanation:
      "Las personas de un tramo del trayecto (los `participants` de un evento) son personas del caso: víctimas trasladadas, personas sospechosas que las transportaron o acompañaron. Una persona que no está entre las personas vinculadas al caso es probablemente un id erróneo; añádala a las personas vinculadas con su rol.",
    reviewed: false,
  },
  TIPX414: {
    title: "Subtipos de criminalidad forzada sin criminalidad forzada",
    message: (p, n) =>
      `Se indica ${the(n, p.field)}, pero los tipos de explotación no incluyen «${n.code("htcds.exploitation-type", "ForcedCriminality")}».`,
    explanation:
      "`forcedCriminalityTypes` precisa el tipo de explotación `ForcedCriminality`: añádalo a `exploitationTypes` o quite los subtipos.",
    reviewed: false,
  },
  TIPX415: {
    title: "Víctima que también es persona sospechosa: principio de no punibilidad",
    message: (p) =>
      `Esta persona es víctima o presunta víctima en ${p.otherPath} y persona sospechosa aquí: puede aplicarse el principio de no punibilidad.`,
    explanation:
      "Una víctima de trata puede haber sido obligada a cometer delitos, como en la criminalidad forzada de los centros de estafas en línea. El principio de no punibilidad (Principios y Directrices recomendados sobre los derechos humanos y la trata de personas de las Naciones Unidas (2002), principio 7; Convención de la ASEAN contra la Trata de Personas, especialmente Mujeres y Niños (2015), art. 14(7)) dice que las víctimas no deben ser castigadas por los delitos que se vieron obligadas a cometer como consecuencia directa de haber sido objeto de trata. Es información para quienes llevan los casos, nunca un error: el registro bien puede ser correcto.",
    reviewed: false,
  },
  TIPX416: {
    title: "Víctima que resultó no serlo",
    message: (p, n) =>
      `El rol «${n.code("tipx.party-role", "victim")}» de la persona vinculada no concuerda con ${the(n, p.field)}.`,
    explanation:
      "Una persona vinculada cuya condición de víctima dice que no es víctima de trata no debería conservar el rol `victim`: cambie el rol (por ejemplo a `witness` u `other`) o corrija la condición.",
    reviewed: false,
  },
  TIPX417: {
    title: "Presunta víctima con la condición confirmada",
    message: (p, n) =>
      `El rol «${n.code("tipx.party-role", "presumed-victim")}» de la persona vinculada no concuerda con ${the(n, p.field)}.`,
    explanation:
      "Una vez confirmada como víctima de trata, el rol de la persona en el caso es `victim`, no `presumed-victim`: actualice el rol o corrija la condición.",
    reviewed: false,
  },
  TIPX418: {
    title: "Consentimiento sin finalidad",
    message: (p, n) => `El consentimiento se otorga para el uso de datos, pero ${the(n, p.field)} está vacío.`,
    explanation:
      "Un consentimiento para el uso y la comunicación de datos nombra para qué pueden usarse. Un `purposes` vacío solo se admite en una negativa (denegado para todo) o en un consentimiento para una entrevista.",
    reviewed: false,
  },
  TIPX501: {
    title: "Derivación sin consentimiento",
    message: () => "La derivación nombra a una persona, pero no el consentimiento en que se basa.",
    explanation:
      "Derivar a una persona comparte sus datos con otra organización, lo que requiere su consentimiento informado para la finalidad `referral`. Registre una entidad Consent y cítela en el campo `consent` de la derivación.",
    reviewed: false,
  },
  TIPX502: {
    title: "El consentimiento no cubre la derivación",
    message: (p, n) => `El consentimiento de la derivación ${CONSENT_MISMATCH_WORDS[p.reason](n)}.`,
    explanation:
      "El Consent que cita una derivación debe ser el consentimiento de la persona derivada para el uso de datos (no solo para una entrevista), otorgado y no denegado, incluir la finalidad `referral`, no haberse revocado en la fecha de la derivación o antes ni haber vencido antes de ella y, si nombra sus destinatarios o sus países, incluir a la organización a la que se deriva y su país.",
    reviewed: false,
  },
  TIPX503: {
    title: "Identificadores en un paquete estadístico",
    message: (p, n) =>
      `${cap(the(n, p.field))} es un identificador directo y no debe enviarse con la finalidad «${n.code("tipx.consent-purpose", p.purpose)}».`,
    explanation:
      "Un paquete con finalidad `statistics` o `research` no debe llevar identificadores directos (nombres, números de identidad, teléfonos, correo, domicilios, coordenadas, identificadores locales). Quite esos campos del paquete antes de enviarlo, o envíelo para una finalidad que la persona haya consentido.",
    reviewed: false,
  },
  TIPX504: {
    title: "Sin consentimiento para la finalidad del paquete",
    message: (p, n) =>
      `Ningún consentimiento del paquete cubre a esta persona para la finalidad «${n.code("tipx.consent-purpose", p.purpose)}».`,
    explanation:
      'Un paquete enviado para `referral` o `cross-border-transfer` nombra a una víctima o presunta víctima sin Consent (no revocado) para esa finalidad. Es una advertencia, porque la base legal puede estar fuera del paquete; con `level: "strict"` es un error.',
    reviewed: false,
  },
  TIPX505: {
    title: "Consentimiento denegado para la finalidad del paquete",
    message: (p, n) =>
      `Esta persona denegó su consentimiento para la finalidad «${n.code("tipx.consent-purpose", p.purpose)}», que es la finalidad del paquete.`,
    explanation:
      'Un Consent con `decision: "refused"` que nombra la finalidad del paquete (o no nombra ninguna: denegado para todo) y que no se revocó prohíbe enviar los datos de la persona para esa finalidad. Deje a la persona fuera del paquete.',
    reviewed: false,
  },
  TIPX506: {
    title: "El consentimiento no alcanza al destinatario",
    message: (p, n) =>
      `El consentimiento de esta persona para la finalidad «${n.code("tipx.consent-purpose", p.purpose)}» ${CONSENT_REACH_WORDS[p.reason]}.`,
    explanation:
      'La persona consintió para la finalidad del paquete, pero el consentimiento venció antes del `createdAt` del paquete, o nombra los únicos destinatarios o países a los que pueden ir los datos y un destinatario del paquete (sus `recipients`, por id de organización o por país) no está entre ellos. Es una advertencia, porque la base legal puede estar fuera del paquete; con `level: "strict"` es un error.',
    reviewed: false,
  },
  TIPX520: {
    title: "La firma no coincide",
    message: () =>
      "La firma no coincide con el paquete: el paquete se modificó después de firmarlo, o lo firmó otra clave.",
    explanation:
      "La `signature` del paquete es un JWS sobre la forma canónica RFC 8785 del paquete sin su `signature`. No se verificó con la clave pública que la lista de confianza tiene para su id de clave: se añadió, quitó o cambió un campo después de firmar (reordenar claves o cambiar espacios no importa), se alteró la firma o su cabecera, o la firmó otra clave. No use el paquete; pida al remitente que lo envíe de nuevo.",
    reviewed: false,
  },
  TIPX521: {
    title: "Clave de firma desconocida",
    message: () => "El paquete está firmado con una clave que no figura en la lista de confianza.",
    explanation:
      "El id de clave (`kid`) de la cabecera de la firma no corresponde a ninguna clave de la lista de confianza, así que la firma no se puede comprobar ni se sabe quién la envió. Si el remitente tiene una clave nueva, añada su clave pública a la lista después de confirmarla con él por otro canal; nunca tome una clave del propio paquete.",
    reviewed: false,
  },
  TIPX522: {
    title: "Clave de firma fuera de su periodo de validez",
    message: (p) =>
      p.reason === "expired"
        ? `La clave de «${p.signer}» con la que se firmó el paquete venció el ${p.date}.`
        : `La clave de «${p.signer}» con la que se firmó el paquete solo es válida desde el ${p.date}.`,
    explanation:
      "La lista de confianza da a cada clave un periodo de validez (`notBefore`, `notAfter`), y la clave que hizo la firma está fuera de él en el momento de la comprobación. Una clave vencida puede haberse retirado o comprometido; una clave aún no válida puede haberse anunciado antes de tiempo. Pida al remitente que firme de nuevo con una clave vigente, o corrija la lista de confianza.",
    reviewed: false,
  },
  TIPX523: {
    title: "El firmante no es el remitente",
    message: (p) => `El paquete está firmado por «${p.signer}», que no es su remitente.`,
    explanation:
      "La firma es válida, pero la clave pertenece a otra organización de la lista de confianza y no al `sender` del paquete: el `id` de la entrada de la lista debe ser igual a `sender.organization` cuando el remitente lo tiene; si no, su `name` debe ser igual a `sender.name`. Un paquete reenviado por un intermediario debe firmarlo de nuevo este, como remitente.",
    reviewed: false,
  },
  TIPX524: {
    title: "Firma o cifrado no admitido o inseguro",
    message: (p) => UNSAFE_WORDS[p.reason],
    explanation:
      'La entrada se rechazó antes de usar ninguna clave, porque seguir leyéndola sería inseguro o no es lo que tipx produce: entradas de más de 64 MiB, texto que no es JSON, un valor que no es un objeto, miembros ausentes o de tipo incorrecto, base64url no canónico, `alg: "none"`, algoritmos distintos de EdDSA y ES256 (firmas) o de ECDH-ES+A256KW y A256GCM (cifrado), claves o enlaces a claves en la cabecera (`jwk`, `jku`, `x5u`, `x5c`), extensiones críticas (`crit`), compresión (`zip`), otros miembros de la cabecera o más de 256 destinatarios. Esas entradas nunca se aceptan, sea cual sea su firma.',
    reviewed: false,
  },
  TIPX525: {
    title: "Paquete sin firma",
    message: () => "El paquete no está firmado: no tiene firma.",
    explanation:
      "Un paquete firmado lleva su firma en el campo `signature` del sobre (un JWS separado). Este paquete no la tiene, así que no se puede comprobar quién lo envió ni si se modificó. Pida al remitente que lo firme.",
    reviewed: false,
  },
  TIPX526: {
    title: "No se puede descifrar",
    message: (p) =>
      p.reason === "not-a-recipient"
        ? "El paquete no está cifrado para esta clave: ningún destinatario tiene su id de clave."
        : "El paquete no se puede descifrar con esta clave: la clave no es de un destinatario, o los datos cifrados se modificaron.",
    explanation:
      "El paquete cifrado (un JWE) no se pudo abrir con la clave privada dada: la clave no es la de ninguno de los destinatarios, o se alteraron el texto cifrado, su cabecera o la clave envuelta de un destinatario (el cifrado está autenticado, así que cualquier cambio hace fallar el descifrado). Compruebe que el remitente cifró con su clave pública vigente.",
    reviewed: false,
  },
  TIPX601: {
    title: "Caso sin víctima",
    message: (_p, n) =>
      `El caso no tiene ninguna persona vinculada con la función ${n.either([`«${n.code("tipx.party-role", "victim")}»`, `«${n.code("tipx.party-role", "presumed-victim")}»`])}.`,
    explanation:
      "Un caso de trata se refiere al menos a una víctima o presunta víctima; sin ella no puede alimentar los recuentos de HTCDS o CTDC.",
    reviewed: false,
  },
  TIPX602: {
    title: "Edad desconocida",
    message: () => "La víctima no tiene fecha de nacimiento ni edad estimada.",
    explanation:
      "La edad decide si la persona es niño o niña, lo que cambia el criterio legal (no se exigen medios para un niño según el Protocolo de Palermo art. 3(c)) y los servicios debidos. Registre al menos una edad estimada (prs_Birthdate es un campo básico de HTCDS).",
    reviewed: false,
  },
  TIPX603: {
    title: "Falta un campo básico de HTCDS",
    message: (p, n) => {
      const names = p.htcds.length <= 1 ? p.htcds.join("") : `${p.htcds.slice(0, -1).join(", ")} y ${p.htcds.at(-1)}`;
      return `${cap(the(n, p.field))} no tiene ${p.htcds.length > 1 ? "los campos básicos recomendados" : "el campo básico recomendado"} de HTCDS ${names}.`;
    },
    explanation:
      "HTCDS 2.0 marca 40 de sus campos como básicos. tipx acepta un registro sin ellos pero advierte, porque la gestión de casos y las estadísticas nacionales y mundiales los necesitan. " +
      "Pide cada campo básico solo donde corresponde: " +
      "los campos de persona (nombres, género, nacionalidad, correo electrónico, teléfonos, dirección postal) y el consentimiento de cada víctima o presunta víctima; el cargo de la persona a cargo de un caso; " +
      "el contexto de la víctima (la condición de víctima de trata, y quién la decidió una vez registrada; la captación, el control, los tipos y el lugar de explotación, ninguno de ellos para una persona que se determinó que no es víctima; " +
      "los sectores del trabajo forzoso solo para el trabajo forzoso, los tipos de explotación sexual solo para la explotación sexual); " +
      "el estado y la persona a cargo de un caso (en un paquete del modelo 1.0, que no la tenía, la organización titular), y el motivo del cierre una vez cerrado; " +
      "la fecha, los motivos, los detalles y las personas a cargo de una derivación, del lado de la derivación en que está el remitente (la persona a cargo en la organización receptora una vez aceptada la derivación). " +
      "Cada registro recibe una sola advertencia que nombra todos los campos básicos que le faltan: la persona de una víctima, el contexto de víctima, el caso y la derivación. " +
      "A un paquete enviado para `statistics` o `research` no se le piden nombres, teléfonos, correo electrónico, direcciones ni nombres del personal, que no debe llevar (TIPX503). " +
      "La fecha de nacimiento queda a cargo de TIPX602, y las vulnerabilidades obsoletas de TIPX604.",
    reviewed: false,
  },
  TIPX604: {
    title: "Campo obsoleto",
    message: (p, n) =>
      `${cap(the(n, p.field))} está obsoleto en HTCDS 2.0; ejecute "tipx explain TIPX604" para ver qué lo sustituye.`,
    explanation:
      "El campo se conserva para que los datos antiguos sigan validando, pero HTCDS 2.0 lo declaró obsoleto: `vulnerabilities` y `vulnerabilityDetails` se sustituyen por una Assessment del riesgo individual, familiar y comunitario; `agreementToManagePersonalData`, por una entidad Consent con sus finalidades.",
    reviewed: false,
  },
  ...conversionIssues,
  TIPX900: {
    title: "Error interno de tipx",
    message: () =>
      "Un error interno de tipx detuvo esta comprobación; por favor, infórmelo. Los datos pueden ser válidos.",
    explanation:
      "Algo falló dentro de tipx al comprobar este valor: un defecto de tipx, no de sus datos. Los demás problemas informados siguen valiendo. Infórmelo con la versión de tipx (`tipx --version`) y, si puede compartirlo, un registro sintético que lo reproduzca.",
    reviewed: false,
  },
};
