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
      "Trabaje con tipx, el formato de intercambio de datos de casos de trata de personas: valide paquetes (JSON o NDJSON), detecte indicios de trata en las personas que registran, anonimícelos para un propósito, convierta planillas HTCDS, CTDC y de organismos en paquetes y a la inversa, escriba plantillas XLSForm y de Excel, consulte qué significa un código de problema, escriba los archivos JSON Schema, y firme, verifique, cifre y descifre paquetes.",
    format: "formato de salida de validate, assess, verify, explain y codes",
    profile: "perfil de país de validate (reglas TIPX3xx) y de assess (la ley del país)",
    after: `
Códigos de salida:
  0  todos los registros son válidos (o el comando terminó bien)
  1  al menos un registro es inválido (o no se verifica, o no se pudo firmar,
     cifrar o descifrar)
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
  assess: {
    summary: "detectar indicios de trata en las víctimas registradas en paquetes",
    description:
      "Aplica a cada víctima y presunta víctima de los casos de cada paquete una lista de verificación de @tipx/indicators, a partir de lo que el paquete registra sobre ellas, y muestra el resultado de la detección de cada persona con sus motivos: la clasificación, la explicación, cada indicador y las preguntas aún abiertas. Las personas se nombran por su id, nunca por su nombre. Una detección no es una identificación.",
    files: "archivos JSON o NDJSON de paquetes, o - para la entrada estándar",
    instrument:
      "la lista de verificación: palermo (los elementos de la trata), ilo-fl-2012 (los indicadores de trabajo forzoso de la OIT), icls-2018 (la definición estadística de trabajo forzoso) o child-labour (trabajo infantil)",
    profile: "el país cuya ley y cuyas edades se aplican; por defecto, el perfil de cada paquete",
    format: "text: un informe para personas; json: un objeto JSON por persona y, al final, un resumen",
    out: "escribir cada paquete con sus entidades Assessment añadidas: en esta carpeta con el nombre de la entrada, o en este archivo cuando hay una sola entrada",
    after: `
Cada paquete se valida primero: uno inválido se informa como lo hace tipx
validate y no se evalúa (código de salida 1). Un resultado de la detección no
es un error: el código de salida es 0 sean cuales sean las clasificaciones. De
una persona solo se muestra el id: nunca un nombre, un número de documento ni
una nota del paquete.

Ejemplos:
  $ tipx assess examples/bundles/mae-sot-interception.json
  $ tipx assess --instrument ilo-fl-2012 --lang es casos.ndjson
  $ tipx assess --format json casos.ndjson > evaluacion.jsonl
  $ tipx assess --out evaluados/ exportaciones/*.json`,
  },
  redact: {
    summary: "eliminar o generalizar los datos personales de paquetes según un propósito",
    description:
      "Anonimiza cada paquete para un propósito con @tipx/privacy: cada campo se elimina, se generaliza o se conserva según su clase de sensibilidad y el propósito, y con --key-file los ids, identificadores locales y números de documento que quedan se reemplazan por seudónimos HMAC-SHA-256 con clave, iguales para la misma clave. Cada paquete se valida antes y después.",
    files: "archivos JSON o NDJSON de paquetes, o - para la entrada estándar",
    purpose: "para qué se comparten los paquetes; decide qué se elimina",
    keyFile:
      "seudonimizar con la clave de este archivo (al menos 32 bytes aleatorios, solo de su titular); nunca la clave misma",
    out: "escribir en este archivo (modo 0600) en lugar de la salida estándar",
    report:
      "escribir en este archivo una línea JSON por paquete: lo eliminado, generalizado y seudonimizado, en cantidades y rutas, nunca valores",
    after: `
Un paquete JSON de entrada da un paquete JSON anonimizado; NDJSON, un arreglo
JSON o varios archivos dan NDJSON, un paquete por línea. Un paquete inválido se
informa como lo hace tipx validate y no se escribe (código de salida 1). La
clave solo se lee de un archivo y nunca se muestra: créela con
  $ head -c 32 /dev/urandom > seudonimos.key && chmod 600 seudonimos.key
y consérvela: la misma clave da los mismos seudónimos, así los registros se
pueden seguir vinculando.

Ejemplos:
  $ tipx redact --purpose statistics examples/bundles/mae-sot-interception.json
  $ tipx redact --purpose research --key-file seudonimos.key --out investigacion.ndjson casos.ndjson
  $ tipx redact --purpose statistics --report anonimizacion.jsonl exportaciones/*.json > estadisticas.ndjson`,
  },
  convert: {
    summary: "convertir HTCDS, CTDC y planillas de organismos en paquetes tipx, y a la inversa",
    description:
      "Convierte una entrada con @tipx/convert: filas HTCDS 2.0, un libro del kit de herramientas HTCDS, filas CTDC o la planilla de un organismo (mediante un mapeo de columnas) en paquetes tipx, o paquetes tipx en filas HTCDS 2.0, CTDC o CTDC víctima-perpetrador. Cada fila, columna y valor que no pudo trasladarse se informa con su ubicación, nunca con su contenido.",
    input: "un archivo CSV, XLSX, JSON o NDJSON, o - para la entrada estándar (filas CSV o paquetes NDJSON)",
    from: "lo que contiene la entrada (paquetes tipx cuando --to escribe filas)",
    to: "lo que se escribe: paquetes tipx (ndjson es lo mismo) o filas",
    mapping:
      "el mapeo de columnas de la planilla de un organismo (JSON), para --from mapped; se verifica antes de leer cualquier fila",
    codebook: "el libro de códigos CTDC de --to ctdc (por defecto: 2024)",
    k: "k-anonimato de --to ctdc y ctdc-vp: se suprimen las filas de grupos menores que k; 1 lo desactiva (por defecto: 11)",
    hxl: "agregar la fila de etiquetas HXL bajo el encabezado de las salidas en filas",
    out: "escribir en este archivo (modo 0600) en lugar de la salida estándar",
    report: "escribir el informe como JSON en este archivo en lugar del resumen en la salida de error estándar",
    format:
      "el formato de salida; por defecto el que indica la extensión de --out, si no ndjson para paquetes y csv para filas",
    after: `
El formato de la entrada se toma de su extensión (.csv, .tsv, .xlsx, .json,
.ndjson, .jsonl). Los paquetes se escriben como NDJSON, uno por línea; las
filas como CSV. Para pasar de paquetes a filas (--to htcds, ctdc, ctdc-vp) los
paquetes se unen primero en un solo conjunto, para que las filas CTDC se
k-anonimicen sobre todos ellos. De filas a filas se pasa por tipx en dos pasos
(vea el último ejemplo).

El resumen en la salida de error estándar cuenta filas y valores (convertidas +
omitidas = filas, trasladados + no trasladados = valores) y muestra cada
problema como "fila N, columna C: TIPX7xx mensaje"; --report FILE los trae
todos, en JSON. Nunca se muestra el valor de una celda.

Códigos de salida: 0 convertido sin problemas de nivel error; 1 se omitió una
fila mal formada o un paquete no es válido; 2 error de uso, o un archivo
--mapping que no puede leerse o que se rechaza; 3 la entrada no puede leerse
(TIPX708) o la salida no puede escribirse.

Ejemplos:
  $ tipx convert casos.csv --from htcds --out casos.ndjson
  $ tipx convert examples/bundles/mae-sot-interception.json --from tipx --to ctdc --codebook 2024 --k 11 --hxl
  $ tipx convert planilla.xlsx --from mapped --mapping ong.mapping.json --report informe.json > casos.ndjson
  $ tipx convert casos.csv --from htcds | tipx convert - --from tipx --to ctdc-vp --out vp.xlsx`,
  },
  template: {
    summary: "escribir el XLSForm de un formulario, o la plantilla de registro de Excel",
    description:
      "Escribe el libro XLSForm (hojas survey, choices y settings, para ODK y KoBoToolbox) del formulario de registro o de una lista de verificación, o la plantilla de registro de Excel con listas desplegables, con @tipx/convert.",
    xlsform: "escribir un libro XLSForm",
    xlsx: "escribir la plantilla de registro de Excel",
    form: "el formulario: intake (registro) o una lista de verificación",
    lang: "los idiomas de las etiquetas, separados por comas (en, th, es): los tres por defecto en un XLSForm; uno para la plantilla, que es también el de los mensajes",
    out: "escribir en este archivo (modo 0600) en lugar de la salida estándar",
    after: `
Un libro es binario: no se escribe en una terminal. Las etiquetas sin
traducción se escriben en inglés y se listan en la salida de error estándar.

Ejemplos:
  $ tipx template --xlsform --out registro.xlsx
  $ tipx template --xlsform --form ilo-fl-2012 --lang en,es --out oit.xlsx
  $ tipx template --xlsx --lang es > plantilla.xlsx`,
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
  keys: {
    summary: "crear los pares de claves que firman y reciben paquetes",
    description: "Crea los pares de claves con los que una organización firma sus paquetes y recibe paquetes cifrados.",
    generate: {
      summary: "escribir una clave privada y una pública nuevas (archivos JWK)",
      description:
        "Escribe un par de claves nuevo en dos archivos JSON Web Key: <org>-<use>.private.jwk, que solo usted puede leer (modo 0600), y <org>-<use>.public.jwk, para entregar a otros.",
      org: "la organización dueña de las claves (su miembro org); da nombre a los archivos, con espacios y signos como -",
      use: "sig: una clave Ed25519 para firmar paquetes; enc: una clave P-256 para recibir paquetes cifrados",
      out: "directorio donde escribir (se crea si no existe)",
      kid: "el identificador de la clave (por defecto: la huella RFC 7638 de la clave pública)",
      force: "reemplazar los archivos de clave existentes",
      after: `
La clave privada se escribe en su archivo y en ningún otro sitio: nada la
muestra. Entregue la clave pública de un par sig a quienes verifican sus
paquetes (para su lista de confianza), y la de un par enc a quienes le envían
paquetes (para tipx encrypt --to).

Ejemplos:
  $ tipx keys generate --org th-dopa --use sig --out keys
  $ tipx keys generate --org th-msdhs --use enc --out keys`,
    },
  },
  sign: {
    summary: "firmar paquetes, para que quien los recibe compruebe quién los envió",
    description:
      "Firma cada paquete con una clave privada. La firma (un JWS separado sobre la forma canónica RFC 8785) va en el miembro signature del paquete, así que un paquete firmado sigue siendo un paquete.",
    files: "archivos JSON o NDJSON de paquetes, o - para la entrada estándar",
    key: "el archivo de la clave privada (una JWK, como la que escribe tipx keys generate); nunca la clave misma",
    kid: "el identificador de clave que los destinatarios buscan en su lista de confianza (por defecto: el kid del archivo)",
    alg: "el algoritmo de firma; por defecto, el de la clave: EdDSA para Ed25519, ES256 para P-256",
    out: "escribir en este archivo (modo 0600) en lugar de la salida estándar",
    after: `
Un paquete JSON da un paquete JSON firmado; NDJSON, un arreglo JSON o varios
archivos dan NDJSON, un paquete firmado por línea. Una firma dice quién envió
el paquete y que nadie lo cambió, no que sea válido: ejecute también tipx
validate. Para una derivación, firme y luego cifre.

Ejemplos:
  $ tipx sign --key keys/th-dopa-sig.private.jwk --out signed.json bundle.json
  $ tipx sign --key keys/th-dopa-sig.private.jwk cases.ndjson > signed.ndjson`,
  },
  verify: {
    summary: "comprobar las firmas de los paquetes con una lista de confianza",
    description:
      "Comprueba cada paquete firmado: la firma coincide, su clave está en la lista de confianza y vigente, y la organización que firmó es el remitente del paquete.",
    files: "archivos JSON o NDJSON de paquetes firmados, o - para la entrada estándar",
    trust: "la lista de confianza: un archivo JSON de organizaciones y sus claves públicas",
    format: "text: un informe para personas; json: un objeto JSON por registro y, al final, un resumen",
    quiet: "mostrar solo los registros que no se verificaron (y, en text, sin resumen)",
    after: `
Un registro que no se verifica recibe el código de lo que falló: TIPX520 la
firma no coincide (el paquete se modificó), TIPX521 clave desconocida, TIPX522
clave fuera de su periodo de validez, TIPX523 el firmante no es el remitente,
TIPX524 una firma insegura o mal formada, TIPX525 sin firma. Código de salida
1 cuando uno no se verifica; 2 cuando el archivo no es una lista de confianza.

Ejemplos:
  $ tipx verify --trust trust.json signed.json
  $ tipx verify --trust trust.json --format json signed.ndjson > report.jsonl`,
  },
  encrypt: {
    summary: "cifrar paquetes, para que solo sus destinatarios puedan leerlos",
    description:
      "Cifra cada paquete para uno o más destinatarios (ECDH-ES+A256KW, A256GCM): un JWE en serialización JSON general por paquete, que solo pueden descifrar quienes tienen las claves privadas de los destinatarios.",
    files: "archivos JSON o NDJSON de paquetes, firmados o no, o - para la entrada estándar",
    to: "el archivo de la clave pública de un destinatario (el .public.jwk de un par enc); repítalo por cada destinatario",
    out: "escribir en este archivo (modo 0600) en lugar de la salida estándar",
    after: `
Los encabezados del JWE no nombran a ninguna persona: solo los algoritmos, los
identificadores de clave de los destinatarios y la versión de tipx. Un paquete
JSON da un JWE; NDJSON, un arreglo JSON o varios archivos dan NDJSON, un JWE
por línea.

Ejemplos:
  $ tipx encrypt --to keys/th-msdhs-enc.public.jwk --out sent.jwe signed.json
  $ tipx sign --key keys/th-dopa-sig.private.jwk cases.ndjson \\
      | tipx encrypt --to msdhs.public.jwk --to shelter.public.jwk -`,
  },
  decrypt: {
    summary: "descifrar los paquetes enviados a usted, con su clave privada",
    description:
      "Descifra cada JWE con su clave privada y escribe el paquete que contiene. Un JWE que no se hizo para esta clave, o que se modificó en el camino, se informa como TIPX526 y se omite.",
    files: "archivos JSON o NDJSON de JWE, o - para la entrada estándar",
    key: "el archivo de su clave privada (el .private.jwk de un par enc); nunca la clave misma",
    out: "escribir en este archivo (modo 0600) en lugar de la salida estándar",
    after: `
El paquete se escribe tal como se cifró: si está firmado, compruébelo con tipx
verify.

Ejemplos:
  $ tipx decrypt --key keys/th-msdhs-enc.private.jwk --out signed.json sent.jwe
  $ tipx decrypt --key keys/th-msdhs-enc.private.jwk sent.ndjson \\
      | tipx verify --trust trust.json -`,
  },
};
