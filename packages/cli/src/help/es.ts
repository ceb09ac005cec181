import type { HelpTexts } from "./help-texts";

/** The help texts in Spanish. */
export const es: HelpTexts = {
  titles: {
    usage: "Uso:",
    arguments: "Argumentos:",
    options: "Opciones:",
    commands: "Comandos:",
    globalOptions: "Opciones globales:",
  },
  choices: "valores",
  default: "por defecto",
  helpOption: "mostrar la ayuda",
  helpCommand: "mostrar la ayuda de un comando",
  version: "mostrar la versión de tipx",
  afterError: '(ejecute con "--help" para ver el uso)',
  lang: "idioma de los mensajes y de la ayuda: en, th o es, o una etiqueta como es-AR (por defecto: $TIPX_LANG, luego $LANG, si no en)",
  root: {
    description:
      "Trabaje con tipx, el formato de intercambio de datos de casos de trata de personas: valide paquetes (JSON o NDJSON), consulte qué significa un código de problema y escriba los archivos JSON Schema.",
    format: "formato de salida de validate, explain y codes",
    profile: "perfil de país de validate (reglas TIPX3xx)",
    after: `
Códigos de salida:
  0  todos los registros son válidos (o el comando terminó bien)
  1  al menos un registro es inválido
  2  error de uso: comando u opción desconocidos, valor de opción incorrecto o
     falta un argumento
  3  no se pudo leer una entrada (archivo inexistente, directorio, sin permiso,
     ningún registro dentro de --max-line-bytes) o no se pudo escribir la salida

Variables de entorno:
  NO_COLOR     con un valor (no vacío), la salida nunca lleva colores
  FORCE_COLOR  con un valor, la salida lleva colores aunque no sea una terminal
  TIPX_LANG    idioma predeterminado de los mensajes (en, th o es, o una
               etiqueta como es-AR)
  LANG         la configuración regional del sistema (es_AR.UTF-8...), usada
               cuando TIPX_LANG no está definida

Las opciones pueden ir antes o después del comando: "tipx --lang es validate
x.json" equivale a "tipx validate x.json --lang es".
Ejecute "tipx <comando> --help" para ver las opciones y ejemplos de un comando.`,
  },
  validate: {
    summary: "comprobar paquetes tipx en archivos JSON o NDJSON",
    description:
      "Comprueba paquetes tipx con el modelo tipx 1.0 y sus reglas de coherencia, privacidad y calidad de los datos.",
    files: "archivos JSON o NDJSON, o - para la entrada estándar",
    format: "text: un informe para personas; json: un objeto JSON por registro y, al final, un resumen",
    profile: "añadir las reglas de un perfil de país (TIPX3xx); prevalece sobre el perfil del propio paquete",
    level:
      "strict: las advertencias cuentan como errores; lenient: los códigos desconocidos en listas ampliables son advertencias",
    quiet: "mostrar solo los registros inválidos (y, en text, sin resumen)",
    maxLineBytes:
      "la línea NDJSON más larga, y el documento JSON más grande, que se leen; uno más largo se informa como TIPX101 y se omite",
    encoding:
      "cómo decodificar las entradas: utf-8 (por defecto), windows-874 (tis-620, tailandés), windows-1252, latin1, utf-16le o utf-16be; una marca de orden de bytes (BOM) prevalece sobre esta opción",
    color: "colorear el informe text aunque la salida estándar no sea una terminal",
    noColor: "no colorear nunca el informe text",
    after: `
Cada archivo contiene un paquete JSON, o NDJSON con un paquete por línea
(siempre así en los archivos .ndjson y .jsonl). El NDJSON se lee línea a línea,
así que la memoria no crece con el tamaño; una línea que no es JSON, o que
supera --max-line-bytes, se informa como TIPX101 y la lectura sigue en la línea
siguiente. Los caracteres de control en claves, rutas, mensajes y nombres de
archivo se muestran como escapes \\u.

Ejemplos:
  $ tipx validate paquete.json
  $ tipx validate --profile AR --lang es-AR casos.ndjson
  $ cat casos.ndjson | tipx validate --format json - > informe.jsonl
  $ tipx validate --quiet datos/*.ndjson || echo "hay registros inválidos"

Ejecute "tipx explain CÓDIGO" para saber qué significa un código de problema.`,
  },
  explain: {
    summary: "explicar un código de problema",
    description: "Explica un código de problema: qué se comprueba, por qué y cómo corregir los datos.",
    code: "un código de problema como TIPX402 (o solo 402)",
    list: "listar todos los códigos con su gravedad y su título",
    format: "text, o json para obtener la explicación como objeto JSON",
    after: `
Ejemplos:
  $ tipx explain TIPX402
  $ tipx explain 501 --lang es
  $ tipx explain --list`,
  },
  codes: {
    summary: "mostrar los códigos de una lista con sus etiquetas",
    description:
      "Muestra los códigos de una lista de códigos con sus etiquetas en el idioma elegido, o el id y el nombre de cada lista.",
    list: "el id de una lista de códigos, como htcds.gender o iso3166-2.AR",
    format: "text, o json para obtener la lista como objeto JSON",
    after: `
Sin una lista, muestra el id y el nombre de cada lista de códigos: las del
modelo (listas de HTCDS, ISIC, países, idiomas, las listas propias de tipx) y
las de los perfiles de país (subdivisiones, organismos, leyes y sus artículos).

Ejemplos:
  $ tipx codes
  $ tipx codes htcds.gender --lang es
  $ tipx codes iso3166-2.AR --format json`,
  },
  schema: {
    summary: "escribir los archivos JSON Schema del modelo tipx",
    description:
      "Escribe el archivo JSON Schema (draft 2020-12) de cada tipo de primer nivel de tipx, tal como los publica @tipx/schema.",
    out: "carpeta donde escribir",
    check: "no escribir nada; salir con 1 si en la carpeta falta un archivo o alguno es distinto",
    after: `
Ejemplos:
  $ tipx schema
  $ tipx schema --out esquemas/tipx
  $ tipx schema --out esquemas/tipx --check`,
  },
};
