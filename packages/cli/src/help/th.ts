import type { HelpTexts } from "./help-texts";

/** The help texts in Thai. */
export const th: HelpTexts = {
  titles: {
    usage: "วิธีใช้:",
    arguments: "อาร์กิวเมนต์:",
    options: "ตัวเลือก:",
    commands: "คำสั่ง:",
    globalOptions: "ตัวเลือกร่วม:",
  },
  choices: "ค่าที่ใช้ได้",
  default: "ค่าเริ่มต้น",
  helpOption: "แสดงวิธีใช้",
  helpCommand: "แสดงวิธีใช้ของคำสั่ง",
  version: "แสดงรุ่นของ tipx",
  afterError: '(ดูวิธีใช้ด้วย "--help")',
  lang: "ภาษาของข้อความและวิธีใช้: en, th หรือ es หรือแท็กภาษา เช่น th-TH (ค่าเริ่มต้น: ตาม $TIPX_LANG หรือ $LANG มิฉะนั้นเป็น en)",
  root: {
    description:
      "ทำงานกับ tipx รูปแบบการแลกเปลี่ยนข้อมูลคดีการค้ามนุษย์ ได้แก่ ตรวจสอบชุดข้อมูล (JSON หรือ NDJSON) อธิบายรหัสปัญหา และเขียนไฟล์ JSON Schema",
    format: "รูปแบบผลลัพธ์ของ validate, explain และ codes",
    profile: "โปรไฟล์ประเทศของ validate (กฎ TIPX3xx)",
    after: `
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
พิมพ์ "tipx <command> --help" เพื่อดูตัวเลือกและตัวอย่างของแต่ละคำสั่ง`,
  },
  validate: {
    summary: "ตรวจสอบชุดข้อมูล tipx ในไฟล์ JSON หรือ NDJSON",
    description: "ตรวจสอบชุดข้อมูล tipx ตามแบบจำลอง tipx 1.0 และกฎด้านความสอดคล้อง ความเป็นส่วนตัว และคุณภาพข้อมูล",
    files: "ไฟล์ JSON หรือ NDJSON หรือ - เพื่ออ่านจากอินพุตมาตรฐาน",
    format: "text: รายงานให้คนอ่าน json: ออบเจ็กต์ JSON หนึ่งบรรทัดต่อหนึ่งรายการ แล้วตามด้วยบรรทัดสรุป",
    profile: "เพิ่มกฎของโปรไฟล์ประเทศ (TIPX3xx) โดยใช้แทนโปรไฟล์ที่ระบุไว้ในชุดข้อมูล",
    level: "strict: นับคำเตือนเป็นข้อผิดพลาด lenient: รหัสที่ไม่รู้จักในรายการรหัสที่ขยายได้เป็นเพียงคำเตือน",
    quiet: "แสดงเฉพาะรายการที่ไม่ถูกต้อง (และในรูปแบบ text ไม่แสดงสรุป)",
    maxLineBytes:
      "ความยาวสูงสุดของบรรทัด NDJSON และขนาดสูงสุดของเอกสาร JSON ที่จะอ่าน ส่วนที่ยาวกว่านี้จะถูกรายงานเป็น TIPX101 และข้ามไป",
    encoding:
      "วิธีถอดรหัสข้อมูลนำเข้า: utf-8 (ค่าเริ่มต้น), windows-874 (tis-620, ภาษาไทย), windows-1252, latin1, utf-16le หรือ utf-16be โดย byte-order mark ในไฟล์มีผลเหนือตัวเลือกนี้",
    color: "แสดงสีในรายงาน text แม้ stdout ไม่ใช่เทอร์มินัล",
    noColor: "ไม่แสดงสีในรายงาน text เลย",
    after: `
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

พิมพ์ "tipx explain CODE" เพื่อดูความหมายของรหัสปัญหา`,
  },
  explain: {
    summary: "อธิบายรหัสปัญหา",
    description: "อธิบายรหัสปัญหา: ตรวจอะไร ทำไมจึงต้องตรวจ และจะแก้ข้อมูลอย่างไร",
    code: "รหัสปัญหา เช่น TIPX402 (หรือเพียง 402)",
    list: "แสดงรหัสปัญหาทั้งหมดพร้อมความรุนแรงและชื่อ",
    format: "text หรือ json เพื่อรับคำอธิบายเป็นออบเจ็กต์ JSON",
    after: `
ตัวอย่าง:
  $ tipx explain TIPX402
  $ tipx explain 501 --lang th
  $ tipx explain --list`,
  },
  codes: {
    summary: "แสดงรหัสในรายการรหัสพร้อมชื่อเรียก",
    description: "แสดงรหัสของรายการรหัสพร้อมชื่อเรียกในภาษาที่เลือก หรือแสดงรหัสและชื่อของรายการรหัสทั้งหมด",
    list: "รหัสของรายการรหัส เช่น htcds.gender หรือ iso3166-2.TH",
    format: "text หรือ json เพื่อรับรายการเป็นออบเจ็กต์ JSON",
    after: `
หากไม่ระบุรายการ จะแสดงรหัสและชื่อของรายการรหัสทั้งหมด ทั้งของแบบจำลอง
(picklist ของ HTCDS, ISIC, ประเทศ, ภาษา และรายการของ tipx เอง)
และของโปรไฟล์ประเทศ (เขตการปกครอง หน่วยงาน กฎหมายและมาตรา)

ตัวอย่าง:
  $ tipx codes
  $ tipx codes htcds.gender --lang th
  $ tipx codes iso3166-2.TH --format json`,
  },
  schema: {
    summary: "เขียนไฟล์ JSON Schema ของแบบจำลอง tipx",
    description: "เขียนไฟล์ JSON Schema (draft 2020-12) ของชนิดระดับบนสุดทุกชนิดของ tipx ตรงตามที่ @tipx/schema เผยแพร่",
    out: "โฟลเดอร์ที่จะเขียนไฟล์ลงไป",
    check: "ไม่เขียนอะไรเลย แต่ออกด้วยรหัส 1 เมื่อไฟล์ในโฟลเดอร์หายไปหรือไม่ตรงกัน",
    after: `
ตัวอย่าง:
  $ tipx schema
  $ tipx schema --out schemas/tipx
  $ tipx schema --out schemas/tipx --check`,
  },
};
