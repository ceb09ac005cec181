import type { OutputDirectoryProblem } from "../schema/output-directory";
import type { WriteError } from "../schema/write-error";
import type { CliMessages } from "./messages";
import { byteSize } from "./messages";

const size = (bytes: number): string => byteSize(bytes, "ไบต์", "ไบต์");

const SPREADSHEET_HINT = "คำสั่ง tipx validate อ่านได้เฉพาะ JSON และ NDJSON ให้แปลงสเปรดชีตก่อน (`tipx convert` จะมีในรุ่นถัดไป)";

function outputProblem(out: string, problem: OutputDirectoryProblem): string {
  switch (problem.kind) {
    case "file":
      return problem.isTarget ? `${out} มีอยู่แล้วและเป็นไฟล์ ไม่ใช่โฟลเดอร์` : `${problem.path} เป็นไฟล์ ไม่ใช่โฟลเดอร์`;
    case "not-a-folder":
      return problem.isTarget ? `${out} มีอยู่แล้วแต่ไม่ใช่โฟลเดอร์` : `${problem.path} ไม่ใช่โฟลเดอร์`;
    case "permission":
      return `ไม่มีสิทธิ์สร้างไฟล์ใน ${problem.path}`;
    case "read-only":
      return `${problem.path} อยู่บนระบบไฟล์ที่อ่านได้อย่างเดียว`;
    case "pseudo-file-system":
      return `${out} อยู่บน ${problem.fileSystem} ซึ่งเป็นระบบไฟล์เทียมของเคอร์เนลที่เก็บไฟล์ไม่ได้`;
    case "other":
      return `ตรวจสอบ ${problem.path} ไม่ได้ (${problem.code})`;
  }
}

function writeError(error: WriteError): string {
  switch (error.kind) {
    case "permission":
      return "ไม่มีสิทธิ์เข้าถึง";
    case "no-space":
      return "พื้นที่บนอุปกรณ์เต็ม";
    case "read-only":
      return "ระบบไฟล์อ่านได้อย่างเดียว";
    case "folder":
      return "เป็นโฟลเดอร์ ไม่ใช่ไฟล์";
    case "not-a-folder":
      return "ส่วนหนึ่งของพาธเป็นไฟล์ ไม่ใช่โฟลเดอร์";
    case "other":
      return `เกิดข้อผิดพลาดของระบบ (${error.code})`;
  }
}

/** The CLI's own words in Thai. */
export const th: CliMessages = {
  line: (line) => `บรรทัด ${line}`,
  root: "(ราก)",
  stdin: "<stdin>",
  valid: "ถูกต้อง",
  invalid: "ไม่ถูกต้อง",
  fileCounts: (c) => `${c.records} รายการ: ถูกต้อง ${c.valid} ไม่ถูกต้อง ${c.invalid}`,
  summary: (s) =>
    `${s.files} ไฟล์ ${s.records} รายการ: ถูกต้อง ${s.valid} ไม่ถูกต้อง ${s.invalid} ` +
    `(ข้อผิดพลาด ${s.errors} คำเตือน ${s.warnings})` +
    (s.unreadable > 0 ? ` อ่านไม่ได้ ${s.unreadable} ไฟล์` : ""),
  unreadable: (file, reason) => {
    switch (reason.kind) {
      case "missing":
        return `อ่าน ${file} ไม่ได้: ไม่พบไฟล์`;
      case "directory":
        return `อ่าน ${file} ไม่ได้: เป็นไดเรกทอรี`;
      case "permission":
        return `อ่าน ${file} ไม่ได้: ไม่มีสิทธิ์เข้าถึง`;
      case "closed":
        return `อ่าน ${file} ไม่ได้: ถูกปิดไปแล้ว (EBADF)`;
      case "over-limit":
        return `อ่าน ${file} ไม่ได้: ไม่มีรายการใดอยู่ภายในขีดจำกัด ${size(reason.limit)} (--max-line-bytes)`;
      case "not-text":
        return (
          `อ่าน ${file} ไม่ได้: บรรทัด ${reason.line} ยาวเกินขีดจำกัด ${size(reason.limit)} (--max-line-bytes) ` +
          "และมีไบต์ NUL จึงไม่ใช่ข้อความ หยุดอ่านแล้ว"
        );
      case "other":
        return `อ่าน ${file} ไม่ได้: เกิดข้อผิดพลาดในการอ่าน (${reason.code})`;
      case "encoding":
        return (
          `อ่าน ${file} ไม่ได้: ไม่ใช่ ${reason.encoding === "utf-8" ? "UTF-8" : reason.encoding} ที่ถูกต้อง ` +
          `(ไบต์ที่ไม่ถูกต้องตัวแรกอยู่ที่ตำแหน่ง ${reason.offset}${reason.compressed ? " ของข้อมูลที่คลายการบีบอัดแล้ว" : ""})` +
          (reason.likely === undefined
            ? ""
            : ` ดูเหมือนเป็น${reason.likely === "windows-874" ? "ภาษาไทยแบบ windows-874 (TIS-620)" : " windows-1252 (Latin-1)"} ` +
              `ให้รันอีกครั้งด้วย --encoding ${reason.likely}`)
        );
      case "not-json":
        switch (reason.detected) {
          case "csv":
            return `อ่าน ${file} ไม่ได้: ดูเหมือนเป็นไฟล์ CSV ไม่ใช่ JSON ${SPREADSHEET_HINT}`;
          case "xlsx":
            return `อ่าน ${file} ไม่ได้: ดูเหมือนเป็นสเปรดชีต XLSX (ไฟล์ ZIP) ไม่ใช่ JSON ${SPREADSHEET_HINT}`;
          case "xls":
            return `อ่าน ${file} ไม่ได้: ดูเหมือนเป็นเวิร์กบุ๊ก Excel 97-2003 (.xls) ไม่ใช่ JSON ${SPREADSHEET_HINT}`;
          case "binary":
            return (
              `อ่าน ${file} ไม่ได้: เป็นข้อมูลไบนารี ไม่ใช่ข้อความ JSON (มีไบต์ NUL หรือไบต์ควบคุมอื่น) ` +
              "คำสั่ง tipx validate อ่านได้เฉพาะ JSON และ NDJSON"
            );
          case "utf-16le":
          case "utf-16be":
            return (
              `อ่าน ${file} ไม่ได้: ดูเหมือนเป็นข้อความ ${reason.detected.toUpperCase()} ที่ไม่มีเครื่องหมายลำดับไบต์ (BOM) ` +
              `ให้รันอีกครั้งด้วย --encoding ${reason.detected}`
            );
        }
        break;
      case "gzip":
        return (
          `อ่าน ${file} ไม่ได้: ดูเหมือนเป็นไฟล์ gzip (จากชื่อหรือไบต์แรก) แต่คลายการบีบอัดไม่ได้ (${reason.code}) ` +
          "ไฟล์อาจไม่ครบหรือไม่ใช่ gzip"
        );
    }
  },
  emptyInput: (file) => `คำเตือน: ${file} ว่างเปล่า ไม่มีรายการให้ตรวจสอบ`,
  jsonProblem: (p) => {
    switch (p.kind) {
      case "empty":
        return "ข้อมูลนำเข้าว่างเปล่า";
      case "end-of-input":
        return "ข้อมูลสิ้นสุดก่อนกำหนด";
      case "too-large":
        return (
          `เอกสาร JSON หลายบรรทัดยาวเกินขีดจำกัด ${size(p.limit)} (--max-line-bytes) ` +
          "ให้เขียนหนึ่งชุดข้อมูลต่อหนึ่งบรรทัด (NDJSON)"
        );
      case "line-too-long":
        return `รายการยาวเกินขีดจำกัด ${size(p.limit)} (--max-line-bytes) จึงไม่ได้อ่าน`;
      case "syntax":
        if (p.line !== undefined && p.column !== undefined) return `ไวยากรณ์ผิดที่บรรทัด ${p.line} คอลัมน์ ${p.column}`;
        if (p.column !== undefined) return `ไวยากรณ์ผิดที่คอลัมน์ ${p.column}`;
        return "ไวยากรณ์ผิด";
    }
  },
  schema: {
    wrote: (file) => `เขียน ${file} แล้ว`,
    missing: (file) => `ไม่พบ: ${file}`,
    differs: (file) => `ไม่ตรงกัน: ${file}`,
    stale: (stale, total, out) =>
      `ไฟล์ JSON Schema ${stale} จาก ${total} ไฟล์ไม่เป็นปัจจุบัน ให้รัน \`tipx schema --out ${out}\``,
    upToDate: (total, out) => `ไฟล์ JSON Schema ทั้ง ${total} ไฟล์ใน ${out} เป็นปัจจุบันแล้ว`,
    cannotWrite: (out, problem) => `เขียน ${out} ไม่ได้: ${outputProblem(out, problem)}`,
    fileError: (file, operation, error) =>
      `${operation === "write" ? "เขียน" : "อ่าน"} ${file} ไม่ได้: ${writeError(error)}`,
  },
  progress: "กำลังตรวจสอบ",
  explain: { severity: "ความรุนแรง", family: "กลุ่ม", source: "ที่มา", unverified: "ยังไม่ได้ยืนยันข้อเท็จจริงกับแหล่งข้อมูลปฐมภูมิ" },
};
