import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "./_test/harness";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

describe("--help and --version", () => {
  it("tipx --version prints the package version", async () => {
    for (const flag of ["--version", "-V"]) {
      const result = await runCli([flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${manifest.version}\n`);
    }
  });

  it("tipx --help reads like this", async () => {
    const result = await runCli(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx [options] [command]

      Work with tipx, the data exchange format for anti-trafficking case data:
      validate bundles (JSON or NDJSON), explain issue codes and write the JSON Schema
      files.

      Options:
        -V, --version                  print the version of tipx
        -l, --lang <lang>              language of the messages and of the help: en,
                                       th or es, or a tag such as th-TH (default:
                                       $TIPX_LANG, then $LANG, else en)
        -f, --format <format>          output format of validate, explain and codes
                                       (choices: "text", "json")
        -p, --profile <country>        country profile of validate (TIPX3xx rules)
                                       (choices: "TH", "LR", "PY", "AR")
        -h, --help                     show help

      Commands:
        validate [options] <files...>  check tipx bundles in JSON or NDJSON files
        explain [options] [code]       explain an issue code
        schema [options]               write the JSON Schema files of the tipx model
        codes [options] [list]         print a code list's codes with their labels
        help [command]                 display help for command

      Exit codes:
        0  every record is valid (or the command succeeded)
        1  at least one record is invalid
        2  usage error: unknown command or option, bad option value, missing argument
        3  an input could not be read (missing file, directory, no permission, no
           record within --max-line-bytes) or the output could not be written

      Environment:
        NO_COLOR     set (non-empty) to never colour the output
        FORCE_COLOR  set to colour the output even when it is not a terminal
        TIPX_LANG    default message language (en, th or es, or a tag such as th-TH)
        LANG         the system locale (th_TH.UTF-8, es_AR.utf8...), used when
                     TIPX_LANG is not set

      Options may come before or after the command: "tipx --lang th validate x.json"
      is "tipx validate x.json --lang th".
      Run "tipx <command> --help" for a command's options and examples.
      "
    `);
  });

  it("tipx explain --help reads like this", async () => {
    const result = await runCli(["explain", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx explain [options] [code]

      Explain an issue code: what the check is, why it exists and how to fix the data.

      Arguments:
        code                   an issue code such as TIPX402 (or just 402)

      Options:
        --list                 list every issue code with its severity and title
        -l, --lang <lang>      language of the messages and of the help: en, th or es,
                               or a tag such as th-TH (default: $TIPX_LANG, then
                               $LANG, else en)
        -f, --format <format>  text, or json for the explanation as a JSON object
                               (choices: "text", "json", default: "text")
        -h, --help             show help

      Examples:
        $ tipx explain TIPX402
        $ tipx explain 501 --lang es
        $ tipx explain --list
      "
    `);
  });

  it("tipx schema --help reads like this", async () => {
    const result = await runCli(["schema", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx schema [options]

      Write the JSON Schema (draft 2020-12) file of every top-level tipx type, as
      @tipx/schema publishes them.

      Options:
        -o, --out <dir>    directory to write into (default: "json-schema")
        --check            write nothing; exit 1 when a file in the directory is
                           missing or differs
        -l, --lang <lang>  language of the messages and of the help: en, th or es, or
                           a tag such as th-TH (default: $TIPX_LANG, then $LANG, else
                           en)
        -h, --help         show help

      Examples:
        $ tipx schema
        $ tipx schema --out schemas/tipx
        $ tipx schema --out schemas/tipx --check
      "
    `);
  });

  it("tipx validate --help reads like this", async () => {
    const result = await runCli(["validate", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: tipx validate [options] <files...>

      Check tipx bundles against the tipx 1.0 model and its consistency, privacy and
      data-quality rules.

      Arguments:
        files                     JSON or NDJSON files, or - for standard input

      Options:
        -f, --format <format>     text: a report for people; json: one JSON object per
                                  record, then a summary (choices: "text", "json",
                                  default: "text")
        -l, --lang <lang>         language of the messages and of the help: en, th or
                                  es, or a tag such as th-TH (default: $TIPX_LANG,
                                  then $LANG, else en)
        -p, --profile <country>   add a country profile's rules (TIPX3xx); overrides
                                  the bundle's own profile (choices: "TH", "LR", "PY",
                                  "AR")
        --level <level>           strict: warnings count as errors; lenient: unknown
                                  codes in extensible lists are warnings (choices:
                                  "strict", "standard", "lenient", default:
                                  "standard")
        -q, --quiet               print only invalid records (and, in text, no
                                  summary)
        --max-line-bytes <bytes>  the longest NDJSON line, and the largest JSON
                                  document, read; a longer one is reported as TIPX101
                                  and skipped (default: 67108864 = 64 MiB)
        --encoding <encoding>     how to decode inputs: utf-8 (default), windows-874
                                  (tis-620, Thai), windows-1252, latin1, utf-16le or
                                  utf-16be; a byte-order mark overrides it
        --color                   colour the text report even when stdout is not a
                                  terminal
        --no-color                never colour the text report
        -h, --help                show help

      Each file holds one JSON bundle, or NDJSON with one bundle per line (always
      so for .ndjson and .jsonl files). NDJSON is read a line at a time, so memory
      stays flat whatever the size; a line that is not JSON, or longer than
      --max-line-bytes, is reported as TIPX101 and reading goes on with the next
      line. Control characters in keys, paths, messages and file names are printed
      as \\u escapes.

      Examples:
        $ tipx validate bundle.json
        $ tipx validate --profile TH --lang th cases.ndjson
        $ cat cases.ndjson | tipx validate --format json - > report.jsonl
        $ tipx validate --quiet exports/*.ndjson || echo "some records are invalid"

      Run "tipx explain CODE" to learn what an issue code means.
      "
    `);
  });
});

describe("--help in Thai and Spanish", () => {
  it("tipx --help --lang th reads like this", async () => {
    const result = await runCli(["--help", "--lang", "th"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "วิธีใช้: tipx [options] [command]

      ทำงานกับ tipx รูปแบบการแลกเปลี่ยนข้อมูลคดีการค้ามนุษย์ ได้แก่ ตรวจสอบชุดข้อมูล (JSON หรือ
      NDJSON) อธิบายรหัสปัญหา และเขียนไฟล์ JSON Schema

      ตัวเลือก:
        -V, --version                  แสดงรุ่นของ tipx
        -l, --lang <lang>              ภาษาของข้อความและวิธีใช้: en, th หรือ es หรือแท็กภาษา
                                       เช่น th-TH (ค่าเริ่มต้น: ตาม $TIPX_LANG หรือ $LANG
                                       มิฉะนั้นเป็น en)
        -f, --format <format>          รูปแบบผลลัพธ์ของ validate, explain และ codes
                                       (ค่าที่ใช้ได้: "text", "json")
        -p, --profile <country>        โปรไฟล์ประเทศของ validate (กฎ TIPX3xx) (ค่าที่ใช้ได้:
                                       "TH", "LR", "PY", "AR")
        -h, --help                     แสดงวิธีใช้

      คำสั่ง:
        validate [options] <files...>  ตรวจสอบชุดข้อมูล tipx ในไฟล์ JSON หรือ NDJSON
        explain [options] [code]       อธิบายรหัสปัญหา
        schema [options]               เขียนไฟล์ JSON Schema ของแบบจำลอง tipx
        codes [options] [list]         แสดงรหัสในรายการรหัสพร้อมชื่อเรียก
        help [command]                 แสดงวิธีใช้ของคำสั่ง

      รหัสการออก (exit code):
        0  ทุกรายการถูกต้อง (หรือคำสั่งทำงานสำเร็จ)
        1  มีรายการที่ไม่ถูกต้องอย่างน้อยหนึ่งรายการ
        2  ใช้คำสั่งผิด: ไม่รู้จักคำสั่งหรือตัวเลือก ค่าของตัวเลือกไม่ถูกต้อง หรือขาดอาร์กิวเมนต์
        3  อ่านข้อมูลนำเข้าไม่ได้ (ไม่พบไฟล์ เป็นไดเรกทอรี ไม่มีสิทธิ์ หรือไม่มีรายการใด
           อยู่ภายใน --max-line-bytes) หรือเขียนผลลัพธ์ไม่ได้

      ตัวแปรสภาพแวดล้อม:
        NO_COLOR     ตั้งค่า (ไม่ว่าง) เพื่อไม่ให้ผลลัพธ์มีสีเลย
        FORCE_COLOR  ตั้งค่าเพื่อให้ผลลัพธ์มีสีแม้ไม่ได้แสดงบนเทอร์มินัล
        TIPX_LANG    ภาษาเริ่มต้นของข้อความ (en, th หรือ es หรือแท็กภาษา เช่น th-TH)
        LANG         โลแคลของระบบ (th_TH.UTF-8, es_AR.utf8 ...) ใช้เมื่อไม่ได้ตั้ง TIPX_LANG

      ตัวเลือกจะอยู่ก่อนหรือหลังคำสั่งก็ได้ "tipx --lang th validate x.json"
      ให้ผลเหมือน "tipx validate x.json --lang th"
      พิมพ์ "tipx <command> --help" เพื่อดูตัวเลือกและตัวอย่างของแต่ละคำสั่ง
      "
    `);
  });

  it("tipx --help --lang es reads like this", async () => {
    const result = await runCli(["--help", "--lang", "es"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Uso: tipx [options] [command]

      Trabaje con tipx, el formato de intercambio de datos de casos de trata de
      personas: valide paquetes (JSON o NDJSON), consulte qué significa un código de
      problema y escriba los archivos JSON Schema.

      Opciones:
        -V, --version                  mostrar la versión de tipx
        -l, --lang <lang>              idioma de los mensajes y de la ayuda: en, th o
                                       es, o una etiqueta como es-AR (por defecto:
                                       $TIPX_LANG, luego $LANG, si no en)
        -f, --format <format>          formato de salida de validate, explain y codes
                                       (valores: "text", "json")
        -p, --profile <country>        perfil de país de validate (reglas TIPX3xx)
                                       (valores: "TH", "LR", "PY", "AR")
        -h, --help                     mostrar la ayuda

      Comandos:
        validate [options] <files...>  comprobar paquetes tipx en archivos JSON o
                                       NDJSON
        explain [options] [code]       explicar un código de problema
        schema [options]               escribir los archivos JSON Schema del modelo
                                       tipx
        codes [options] [list]         mostrar los códigos de una lista con sus
                                       etiquetas
        help [command]                 mostrar la ayuda de un comando

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
      Ejecute "tipx <comando> --help" para ver las opciones y ejemplos de un comando.
      "
    `);
  });

  it("tipx validate --help --lang th reads like this", async () => {
    const result = await runCli(["validate", "--help", "--lang", "th"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "วิธีใช้: tipx validate [options] <files...>

      ตรวจสอบชุดข้อมูล tipx ตามแบบจำลอง tipx 1.0 และกฎด้านความสอดคล้อง ความเป็นส่วนตัว
      และคุณภาพข้อมูล

      อาร์กิวเมนต์:
        files                     ไฟล์ JSON หรือ NDJSON หรือ - เพื่ออ่านจากอินพุตมาตรฐาน

      ตัวเลือก:
        -f, --format <format>     text: รายงานให้คนอ่าน json: ออบเจ็กต์ JSON
                                  หนึ่งบรรทัดต่อหนึ่งรายการ แล้วตามด้วยบรรทัดสรุป (ค่าที่ใช้ได้:
                                  "text", "json", ค่าเริ่มต้น: "text")
        -l, --lang <lang>         ภาษาของข้อความและวิธีใช้: en, th หรือ es หรือแท็กภาษา เช่น
                                  th-TH (ค่าเริ่มต้น: ตาม $TIPX_LANG หรือ $LANG มิฉะนั้นเป็น
                                  en)
        -p, --profile <country>   เพิ่มกฎของโปรไฟล์ประเทศ (TIPX3xx)
                                  โดยใช้แทนโปรไฟล์ที่ระบุไว้ในชุดข้อมูล (ค่าที่ใช้ได้: "TH", "LR",
                                  "PY", "AR")
        --level <level>           strict: นับคำเตือนเป็นข้อผิดพลาด lenient:
                                  รหัสที่ไม่รู้จักในรายการรหัสที่ขยายได้เป็นเพียงคำเตือน (ค่าที่ใช้ได้:
                                  "strict", "standard", "lenient", ค่าเริ่มต้น:
                                  "standard")
        -q, --quiet               แสดงเฉพาะรายการที่ไม่ถูกต้อง (และในรูปแบบ text ไม่แสดงสรุป)
        --max-line-bytes <bytes>  ความยาวสูงสุดของบรรทัด NDJSON และขนาดสูงสุดของเอกสาร JSON
                                  ที่จะอ่าน ส่วนที่ยาวกว่านี้จะถูกรายงานเป็น TIPX101 และข้ามไป
                                  (ค่าเริ่มต้น: 67108864 = 64 MiB)
        --encoding <encoding>     วิธีถอดรหัสข้อมูลนำเข้า: utf-8 (ค่าเริ่มต้น), windows-874
                                  (tis-620, ภาษาไทย), windows-1252, latin1, utf-16le
                                  หรือ utf-16be โดย byte-order mark ในไฟล์มีผลเหนือตัวเลือกนี้
        --color                   แสดงสีในรายงาน text แม้ stdout ไม่ใช่เทอร์มินัล
        --no-color                ไม่แสดงสีในรายงาน text เลย
        -h, --help                แสดงวิธีใช้

      แต่ละไฟล์มีชุดข้อมูล JSON หนึ่งชุด หรือเป็น NDJSON ที่มีหนึ่งชุดข้อมูลต่อหนึ่งบรรทัด
      (ไฟล์ .ndjson และ .jsonl เป็น NDJSON เสมอ) NDJSON จะถูกอ่านทีละบรรทัด
      หน่วยความจำจึงคงที่ไม่ว่าไฟล์จะใหญ่เพียงใด บรรทัดที่ไม่ใช่ JSON หรือยาวเกิน
      --max-line-bytes จะถูกรายงานเป็น TIPX101 แล้วอ่านบรรทัดถัดไปต่อ
      อักขระควบคุมในคีย์ พาธ ข้อความ และชื่อไฟล์จะแสดงเป็น \\u escape

      ตัวอย่าง:
        $ tipx validate bundle.json
        $ tipx validate --profile TH --lang th cases.ndjson
        $ cat cases.ndjson | tipx validate --format json - > report.jsonl
        $ tipx validate --quiet exports/*.ndjson || echo "มีรายการที่ไม่ถูกต้อง"

      พิมพ์ "tipx explain CODE" เพื่อดูความหมายของรหัสปัญหา
      "
    `);
  });

  it("tipx validate --help --lang es reads like this", async () => {
    const result = await runCli(["validate", "--help", "--lang", "es"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "Uso: tipx validate [options] <files...>

      Comprueba paquetes tipx con el modelo tipx 1.0 y sus reglas de coherencia,
      privacidad y calidad de los datos.

      Argumentos:
        files                     archivos JSON o NDJSON, o - para la entrada estándar

      Opciones:
        -f, --format <format>     text: un informe para personas; json: un objeto JSON
                                  por registro y, al final, un resumen (valores:
                                  "text", "json", por defecto: "text")
        -l, --lang <lang>         idioma de los mensajes y de la ayuda: en, th o es, o
                                  una etiqueta como es-AR (por defecto: $TIPX_LANG,
                                  luego $LANG, si no en)
        -p, --profile <country>   añadir las reglas de un perfil de país (TIPX3xx);
                                  prevalece sobre el perfil del propio paquete
                                  (valores: "TH", "LR", "PY", "AR")
        --level <level>           strict: las advertencias cuentan como errores;
                                  lenient: los códigos desconocidos en listas
                                  ampliables son advertencias (valores: "strict",
                                  "standard", "lenient", por defecto: "standard")
        -q, --quiet               mostrar solo los registros inválidos (y, en text,
                                  sin resumen)
        --max-line-bytes <bytes>  la línea NDJSON más larga, y el documento JSON más
                                  grande, que se leen; uno más largo se informa como
                                  TIPX101 y se omite (por defecto: 67108864 = 64 MiB)
        --encoding <encoding>     cómo decodificar las entradas: utf-8 (por defecto),
                                  windows-874 (tis-620, tailandés), windows-1252,
                                  latin1, utf-16le o utf-16be; una marca de orden de
                                  bytes (BOM) prevalece sobre esta opción
        --color                   colorear el informe text aunque la salida estándar
                                  no sea una terminal
        --no-color                no colorear nunca el informe text
        -h, --help                mostrar la ayuda

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

      Ejecute "tipx explain CÓDIGO" para saber qué significa un código de problema.
      "
    `);
  });

  it.each([
    ["th", ["--help", "--lang", "th"], {}],
    ["th", ["--lang", "th-TH", "--help"], {}],
    ["th", ["-lth", "--help"], {}],
    ["th", ["--help"], { TIPX_LANG: "TH" }],
    ["th", ["--help"], { LANG: "th_TH.UTF-8" }],
    ["th", ["help"], { LANG: "th_TH.UTF-8" }],
    ["es", ["--help"], { TIPX_LANG: "es-AR" }],
    ["es", ["--help"], { LANG: "es_PY.utf8" }],
    ["es", ["--help", "--lang=es"], { LANG: "th_TH.UTF-8" }],
    ["en", ["--help"], { LANG: "fr_FR.UTF-8" }],
    ["en", ["--help", "--lang", "en"], { TIPX_LANG: "th" }],
  ])("the root help is in %s for %j with %j", async (lang, argv, env) => {
    const result = await runCli(argv, { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await runCli(["--help", "--lang", lang])).stdout);
  });

  it.each([
    ["th", ["validate", "--help", "--lang", "th"], {}],
    ["th", ["--lang", "th", "validate", "--help"], {}],
    ["th", ["help", "validate"], { TIPX_LANG: "th" }],
    ["es", ["validate", "--help"], { LANG: "es_AR.UTF-8" }],
    ["es", ["--lang", "es-PY", "validate", "--help"], {}],
  ])("validate's help is in %s for %j with %j", async (lang, argv, env) => {
    const result = await runCli(argv, { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe((await runCli(["validate", "--help", "--lang", lang])).stdout);
  });

  it("translates the help of explain and schema too, keeping command and option names", async () => {
    for (const command of ["explain", "schema"]) {
      const english = (await runCli([command, "--help"])).stdout;
      for (const lang of ["th", "es"]) {
        const translated = (await runCli([command, "--help", "--lang", lang])).stdout;
        expect(translated).not.toBe(english);
        const flags = (text: string) => text.match(/(?<=^|\s)--?[a-z][a-z-]*/gm);
        expect(flags(translated)).toEqual(flags(english));
      }
    }
  });

  it("prints usage errors with the hint in the --lang language", async () => {
    const result = await runCli(["validate", "--frobnicate", "--lang", "es", "x.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(ejecute con "--help" para ver el uso)');
  });
});
