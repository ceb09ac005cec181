import type { Lang } from "@tipx/schema";
import { LANGS } from "@tipx/schema/langs";
import { describe, expect, it } from "vitest";
import { cliMessages } from "../messages/index";
import type { OutputDirectoryProblem } from "./output-directory";
import type { WriteError } from "./write-error";

// Every problem `tipx schema` can meet, as each language says it: whole sentences, the paths as given.
const PROBLEMS: readonly OutputDirectoryProblem[] = [
  { kind: "file", path: "out", isTarget: true },
  { kind: "file", path: "./a", isTarget: false },
  { kind: "not-a-folder", path: "out", isTarget: true },
  { kind: "not-a-folder", path: "./a", isTarget: false },
  { kind: "permission", path: "./a" },
  { kind: "read-only", path: "./a" },
  { kind: "pseudo-file-system", fileSystem: "/proc" },
  { kind: "other", path: "./a", code: "ELOOP" },
];
const WRITE_ERRORS: readonly WriteError[] = [
  { kind: "permission" },
  { kind: "no-space" },
  { kind: "read-only" },
  { kind: "folder" },
  { kind: "not-a-folder" },
  { kind: "other", code: "EIO" },
];

/** Every message of `tipx schema` in `lang`. */
function allMessages(lang: Lang): string[] {
  const m = cliMessages(lang).schema;
  return [
    ...PROBLEMS.map((problem) => m.cannotWrite("out", problem)),
    ...WRITE_ERRORS.map((error) => m.fileError("out/bundle.json", "write", error)),
    m.fileError("out/bundle.json", "read", { kind: "permission" }),
    m.wrote("out/bundle.json"),
    m.missing("out/bundle.json"),
    m.differs("out/bundle.json"),
    m.stale(1, 12, "out"),
    m.stale(2, 12, "out"),
    m.upToDate(12, "out"),
  ];
}

describe("tipx schema messages", () => {
  it("read like this", () => {
    expect(Object.fromEntries(LANGS.map((lang) => [lang, allMessages(lang)]))).toMatchInlineSnapshot(`
      {
        "en": [
          "cannot write out: it exists and is a file, not a folder",
          "cannot write out: ./a is a file, not a folder",
          "cannot write out: it exists and is not a folder",
          "cannot write out: ./a is not a folder",
          "cannot write out: no permission to create files in ./a",
          "cannot write out: ./a is on a read-only file system",
          "cannot write out: it is on /proc, a kernel pseudo file system that cannot hold files",
          "cannot write out: ./a could not be checked (ELOOP)",
          "cannot write out/bundle.json: permission denied",
          "cannot write out/bundle.json: there is no space left on the device",
          "cannot write out/bundle.json: the file system is read-only",
          "cannot write out/bundle.json: it is a folder, not a file",
          "cannot write out/bundle.json: a part of its path is a file, not a folder",
          "cannot write out/bundle.json: system error EIO",
          "cannot read out/bundle.json: permission denied",
          "wrote out/bundle.json",
          "missing: out/bundle.json",
          "differs: out/bundle.json",
          "1 of 12 JSON Schema files are out of date; run \`tipx schema --out out\`",
          "2 of 12 JSON Schema files are out of date; run \`tipx schema --out out\`",
          "12 JSON Schema files in out are up to date",
        ],
        "es": [
          "no se puede escribir en out: ya existe y es un archivo, no una carpeta",
          "no se puede escribir en out: ./a es un archivo, no una carpeta",
          "no se puede escribir en out: ya existe y no es una carpeta",
          "no se puede escribir en out: ./a no es una carpeta",
          "no se puede escribir en out: no hay permiso para crear archivos en ./a",
          "no se puede escribir en out: ./a está en un sistema de archivos de solo lectura",
          "no se puede escribir en out: está en /proc, un sistema de archivos virtual del núcleo que no puede contener archivos",
          "no se puede escribir en out: no se pudo comprobar ./a (ELOOP)",
          "no se puede escribir out/bundle.json: permiso denegado",
          "no se puede escribir out/bundle.json: no queda espacio en el dispositivo",
          "no se puede escribir out/bundle.json: el sistema de archivos es de solo lectura",
          "no se puede escribir out/bundle.json: es una carpeta, no un archivo",
          "no se puede escribir out/bundle.json: una parte de la ruta es un archivo, no una carpeta",
          "no se puede escribir out/bundle.json: error del sistema (EIO)",
          "no se puede leer out/bundle.json: permiso denegado",
          "escrito: out/bundle.json",
          "falta: out/bundle.json",
          "difiere: out/bundle.json",
          "1 de 12 archivos JSON Schema está desactualizado; ejecute \`tipx schema --out out\`",
          "2 de 12 archivos JSON Schema están desactualizados; ejecute \`tipx schema --out out\`",
          "los 12 archivos JSON Schema de out están al día",
        ],
        "th": [
          "เขียน out ไม่ได้: out มีอยู่แล้วและเป็นไฟล์ ไม่ใช่โฟลเดอร์",
          "เขียน out ไม่ได้: ./a เป็นไฟล์ ไม่ใช่โฟลเดอร์",
          "เขียน out ไม่ได้: out มีอยู่แล้วแต่ไม่ใช่โฟลเดอร์",
          "เขียน out ไม่ได้: ./a ไม่ใช่โฟลเดอร์",
          "เขียน out ไม่ได้: ไม่มีสิทธิ์สร้างไฟล์ใน ./a",
          "เขียน out ไม่ได้: ./a อยู่บนระบบไฟล์ที่อ่านได้อย่างเดียว",
          "เขียน out ไม่ได้: out อยู่บน /proc ซึ่งเป็นระบบไฟล์เทียมของเคอร์เนลที่เก็บไฟล์ไม่ได้",
          "เขียน out ไม่ได้: ตรวจสอบ ./a ไม่ได้ (ELOOP)",
          "เขียน out/bundle.json ไม่ได้: ไม่มีสิทธิ์เข้าถึง",
          "เขียน out/bundle.json ไม่ได้: พื้นที่บนอุปกรณ์เต็ม",
          "เขียน out/bundle.json ไม่ได้: ระบบไฟล์อ่านได้อย่างเดียว",
          "เขียน out/bundle.json ไม่ได้: เป็นโฟลเดอร์ ไม่ใช่ไฟล์",
          "เขียน out/bundle.json ไม่ได้: ส่วนหนึ่งของพาธเป็นไฟล์ ไม่ใช่โฟลเดอร์",
          "เขียน out/bundle.json ไม่ได้: เกิดข้อผิดพลาดของระบบ (EIO)",
          "อ่าน out/bundle.json ไม่ได้: ไม่มีสิทธิ์เข้าถึง",
          "เขียน out/bundle.json แล้ว",
          "ไม่พบ: out/bundle.json",
          "ไม่ตรงกัน: out/bundle.json",
          "ไฟล์ JSON Schema 1 จาก 12 ไฟล์ไม่เป็นปัจจุบัน ให้รัน \`tipx schema --out out\`",
          "ไฟล์ JSON Schema 2 จาก 12 ไฟล์ไม่เป็นปัจจุบัน ให้รัน \`tipx schema --out out\`",
          "ไฟล์ JSON Schema ทั้ง 12 ไฟล์ใน out เป็นปัจจุบันแล้ว",
        ],
      }
    `);
  });
});
