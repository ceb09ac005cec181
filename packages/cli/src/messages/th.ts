import type { KeyNeed } from "../exchange/key-file";
import type { TrustFileProblem } from "../exchange/trust-file";
import type { OutputDirectoryProblem } from "../schema/output-directory";
import type { WriteError } from "../schema/write-error";
import type { CliMessages } from "./messages";
import { byteSize } from "./messages";

const size = (bytes: number): string => byteSize(bytes, "ไบต์", "ไบต์");

const SPREADSHEET_HINT =
  "คำสั่ง tipx validate อ่านได้เฉพาะ JSON และ NDJSON ให้แปลงสเปรดชีตเป็นชุดข้อมูลก่อนด้วย tipx convert FILE --from htcds (หรือ --from mapped --mapping M.json)";

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

const KEY_NEEDS: { readonly [N in KeyNeed]: string } = {
  sign: "กุญแจสำหรับลงนาม (Ed25519 สำหรับ EdDSA หรือ P-256 สำหรับ ES256)",
  decrypt: "กุญแจเข้ารหัส P-256 (แบบที่ tipx keys generate --use enc สร้าง)",
  encrypt: "กุญแจเข้ารหัส P-256 ของผู้รับ (แบบที่ tipx keys generate --use enc สร้าง)",
};

function trustListFault(problem: Extract<TrustFileProblem, { kind: "invalid" }>): string {
  const where = problem.pointer === "" ? "ทั้งไฟล์" : problem.pointer;
  switch (problem.reason) {
    case "missing":
      return `ไม่มี ${where}`;
    case "type":
      return `${where} ต้องเป็นชนิด ${problem.expected ?? "อื่น"}`;
    case "unknown":
      return `${where} ไม่ใช่สมาชิกของรายการที่เชื่อถือ`;
    case "value":
      return `ค่าของ ${where} ไม่เป็นไปตามที่รายการที่เชื่อถือกำหนด`;
  }
}

const ACTIONS = { sign: "ลงนาม", encrypt: "เข้ารหัส", decrypt: "ถอดรหัส" } as const;

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
  exchange: {
    keyFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return th.unreadable(file, p.reason);
        case "too-large":
          return `${file} ไม่ใช่ไฟล์กุญแจ: มีขนาดเกิน ${size(p.limit)} ขณะที่ JWK มีขนาดเพียงไม่กี่ร้อยไบต์`;
        case "not-json":
          return `${file} ไม่ใช่ไฟล์กุญแจ: ไม่มีออบเจกต์ JSON (JWK แบบที่ tipx keys generate เขียน)`;
        case "not-a-jwk":
          return `${file} ไม่ใช่ไฟล์กุญแจ: เป็น JSON แต่ไม่ใช่ JWK (ไม่มีสมาชิก "kty")`;
        case "public-key":
          return `${file} เก็บกุญแจสาธารณะ แต่คำสั่งนี้ต้องใช้กุญแจส่วนตัว (ไฟล์ .private.jwk ของ tipx keys generate)`;
        case "private-key":
          return `${file} เก็บกุญแจส่วนตัว ให้ระบุกุญแจสาธารณะของผู้รับ (ไฟล์ .public.jwk ของผู้รับ) และเก็บกุญแจส่วนตัวไว้เป็นความลับ`;
        case "wrong-key":
          return `${file} ไม่ใช่${KEY_NEEDS[p.need]}`;
      }
    },
    keyFileOpen: (file, mode) =>
      `คำเตือน: ผู้ใช้อื่นเข้าถึง ${file} ได้ (โหมด ${mode}) กุญแจส่วนตัวต้องเป็นของเจ้าของเท่านั้น ให้รัน chmod 600 ${file}`,
    inlineKey: (option) =>
      `${option} ต้องระบุชื่อไฟล์กุญแจ ไม่ใช่ตัวกุญแจ เพราะกุญแจที่พิมพ์ในบรรทัดคำสั่งจะค้างอยู่ในประวัติของเชลล์และปรากฏในรายการโปรเซส`,
    inlineInput: "ข้อมูลนำเข้ารายการหนึ่งเป็นข้อความ JSON ไม่ใช่ชื่อไฟล์ ให้ระบุไฟล์ หรือ - เพื่ออ่านจากอินพุตมาตรฐาน",
    trustFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return th.unreadable(file, p.reason);
        case "too-large":
          return `${file} ไม่ใช่รายการที่เชื่อถือ (trust list): มีขนาดเกิน ${size(p.limit)}`;
        case "not-json":
          return `${file} ไม่ใช่รายการที่เชื่อถือ (trust list): ไม่ใช่ JSON`;
        case "invalid":
          return `${file} ไม่ใช่รายการที่เชื่อถือ (trust list): ${trustListFault(p)} (ดู json-schema/trust-list.json ของ @tipx/exchange)`;
      }
    },
    noKid: (file, option) =>
      option === "--kid"
        ? `${file} ไม่มีรหัสกุญแจ (สมาชิก "kid") ให้ระบุด้วย --kid`
        : `${file} ไม่มีรหัสกุญแจ (สมาชิก "kid") กุญแจที่สร้างด้วย tipx keys generate จะมีรหัสนี้`,
    badKid: 'รหัสกุญแจ (--kid หรือ "kid" ในไฟล์กุญแจ) ต้องเป็นอักขระ ASCII ที่มองเห็นได้ 1 ถึง 256 ตัว ไม่มีช่องว่าง',
    duplicateKid: (file, first) => `${file} มีรหัสกุญแจเดียวกับ ${first} แต่เป็นกุญแจอื่น ผู้รับแต่ละรายต้องมีรหัสกุญแจของตนเอง`,
    algMismatch: (file, alg) => `${file} ไม่ใช่กุญแจสำหรับ ${alg} (EdDSA ใช้กุญแจ Ed25519 และ ES256 ใช้กุญแจ P-256)`,
    orgName: "--org ต้องมีตัวอักษรหรือตัวเลขอย่างน้อยหนึ่งตัว เพราะใช้ตั้งชื่อไฟล์กุญแจ",
    keyExists: (file) => `${file} มีอยู่แล้ว tipx keys generate จะเขียนทับกุญแจเมื่อระบุ --force เท่านั้น`,
    wrotePrivate: (file) => `เขียน ${file} แล้ว (กุญแจส่วนตัว: เก็บเป็นความลับ มีเพียงคุณที่อ่านได้)`,
    wrotePublic: (file, kid, use) =>
      use === "sig"
        ? `เขียน ${file} แล้ว (กุญแจสาธารณะ kid ${kid}: ส่งให้ผู้ที่ตรวจสอบชุดข้อมูลของคุณ เพื่อใส่ในรายการที่เชื่อถือ)`
        : `เขียน ${file} แล้ว (กุญแจสาธารณะ kid ${kid}: ส่งให้ผู้ที่ส่งชุดข้อมูลถึงคุณ เพื่อใช้กับ tipx encrypt --to)`,
    outIsInput: (file) => `--out ${file} เป็นข้อมูลนำเข้าด้วย ให้เขียนลงไฟล์อื่น`,
    emptyInput: (file) => `คำเตือน: ${file} ว่างเปล่า ไม่มีรายการใด`,
    notDone: (action, failed, total) => `${ACTIONS[action]}ไม่ได้ ${failed} จาก ${total} รายการ`,
    verified: "ตรวจสอบผ่าน",
    notVerified: "ตรวจสอบไม่ผ่าน",
    verifyCounts: (c) => `${c.records} รายการ: ตรวจสอบผ่าน ${c.valid} ไม่ผ่าน ${c.invalid}`,
    verifySummary: (s) =>
      `${s.files} ไฟล์ ${s.records} รายการ: ตรวจสอบผ่าน ${s.valid} ไม่ผ่าน ${s.invalid}` +
      (s.unreadable > 0 ? ` อ่านไม่ได้ ${s.unreadable} ไฟล์` : ""),
  },
  assess: {
    person: (id) => `บุคคล ${id}`,
    classification: { indicated: "พบข้อบ่งชี้", "not-indicated": "ไม่พบข้อบ่งชี้", inconclusive: "ยังสรุปไม่ได้" },
    toAsk: "ควรถามเพิ่ม",
    noPerson: "ไม่มีผู้เสียหายหรือผู้ที่อาจเป็นผู้เสียหายให้ประเมิน",
    summary: (s) =>
      `${s.files} ไฟล์ ${s.records} ชุดข้อมูล: ประเมินแล้ว ${s.assessed} ชุด ไม่ถูกต้อง ${s.invalid} ชุด ` +
      `บุคคล ${s.persons} คน: พบข้อบ่งชี้ ${s.indicated} ไม่พบข้อบ่งชี้ ${s.notIndicated} ยังสรุปไม่ได้ ${s.inconclusive}` +
      (s.unreadable > 0 ? ` อ่านไม่ได้ ${s.unreadable} ไฟล์` : ""),
    wrote: (file, added) => `เขียน ${file} แล้ว (เพิ่มผลการประเมิน ${added} รายการ)`,
    outStdin: "--out ระบุโฟลเดอร์ แต่อินพุตมาตรฐานไม่มีชื่อไฟล์ให้ใช้เขียน ให้ระบุชื่อไฟล์ใน --out และใช้ - เป็นข้อมูลนำเข้าเพียงรายการเดียว",
    outSameName: (name) => `ข้อมูลนำเข้าสองรายการชื่อ ${name} เหมือนกัน --out จะเขียนทั้งสองลงไฟล์เดียวกัน ให้ประเมินทีละรายการ`,
    outReplacesInput: (file) => `--out จะเขียนทับข้อมูลนำเข้า ${file} ให้เขียนลงโฟลเดอร์อื่น`,
  },
  redact: {
    keyFile: (file, p) => {
      switch (p.kind) {
        case "unreadable":
          return th.unreadable(file, p.reason);
        case "too-short":
          return `${file} สั้นเกินไปสำหรับกุญแจนามแฝง มีเพียง ${size(p.bytes)} แต่กุญแจต้องเป็นไบต์สุ่มอย่างน้อย ${p.min} ไบต์ (สร้างได้ด้วย head -c 32 /dev/urandom)`;
        case "too-large":
          return `${file} ไม่ใช่กุญแจนามแฝง เพราะมีขนาดใหญ่กว่า ${size(p.limit)}`;
      }
    },
    notDone: (failed, total) => `ปกปิดข้อมูลไม่ได้ ${failed} จาก ${total} ชุดข้อมูล`,
  },
  convert: {
    counts: (c) =>
      `${c.from === c.to ? `อ่าน ${c.from}` : `${c.from} เป็น ${c.to}`}: ${c.rows} แถว แปลงแล้ว ${c.converted} ข้าม ${c.skipped} ` +
      `ค่า ${c.values} ค่า นำไปได้ ${c.carried} นำไปไม่ได้ ${c.notCarried}`,
    row: (row) => `แถว ${row}`,
    column: (column) => `คอลัมน์ ${column}`,
    sheet: (sheet) => `แผ่นงาน ${sheet}`,
    more: (count) => `และอีก ${count} รายการ (เขียนทั้งหมดด้วย --report FILE)`,
    rows: (count) => `(${count} แถว)`,
    times: (count) => `(${count} ครั้ง ดูทีละรายการด้วย --report FILE)`,
    mappingRejected: (file) => `ไม่รับไฟล์การจับคู่ ${file} และไม่ได้อ่านแถวใดเลย`,
    binaryToTerminal: "จะไม่เขียนสมุดงาน XLSX ออกทางเทอร์มินัล โปรดระบุ --out FILE หรือเปลี่ยนทิศทางเอาต์พุตมาตรฐาน",
    progress: "กำลังแปลง",
  },
  template: { wrote: (file) => `เขียน ${file} แล้ว` },
  progress: "กำลังตรวจสอบ",
  explain: { severity: "ความรุนแรง", family: "กลุ่ม", source: "ที่มา", unverified: "ยังไม่ได้ยืนยันข้อเท็จจริงกับแหล่งข้อมูลปฐมภูมิ" },
};
