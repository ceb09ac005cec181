import type { CliMessages } from "./messages";
import { byteSize } from "./messages";

const size = (bytes: number): string => byteSize(bytes, "ไบต์", "ไบต์");

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
    }
  },
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
  progress: "กำลังตรวจสอบ",
  explain: { severity: "ความรุนแรง", family: "กลุ่ม", source: "ที่มา", unverified: "ยังไม่ได้ยืนยันข้อเท็จจริงกับแหล่งข้อมูลปฐมภูมิ" },
};
