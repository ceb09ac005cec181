import type { ExplanationWords } from "../catalogue";

/**
 * "ก, ข และค", as the Thai messages of @tipx/schema join their lists: และ runs on into a Thai word and is
 * set off by a space from a Latin label or a quotation mark.
 */
function list(items: readonly string[]): string {
  const last = items.at(-1);
  if (items.length <= 1 || last === undefined) return items.join("");
  return `${items.slice(0, -1).join(", ")} และ${/^[\u0E00-\u0E7F]/u.test(last) ? "" : " "}${last}`;
}

/** What each instrument looks for, in the three sentences of an outcome. */
const WHAT = {
  "ilo-fl-2012": {
    present: "พบข้อบ่งชี้ของการบังคับใช้แรงงาน",
    absent: "ไม่พบข้อบ่งชี้ใดของการบังคับใช้แรงงาน",
    subject: "ข้อบ่งชี้ของการบังคับใช้แรงงาน",
  },
  "icls-2018": {
    present: "พบเงื่อนไขทั้งสองประการของการบังคับใช้แรงงาน คือ การทำงานโดยไม่สมัครใจ และการข่มขู่ว่าจะลงโทษ",
    absent: "ไม่พบเงื่อนไขของการบังคับใช้แรงงานครบทั้งสองประการ (การทำงานโดยไม่สมัครใจภายใต้การข่มขู่ว่าจะลงโทษ)",
    subject: "เงื่อนไขของการบังคับใช้แรงงาน",
  },
  palermo: {
    present: "พบองค์ประกอบของการค้ามนุษย์ครบถ้วน",
    absent: "ไม่พบองค์ประกอบของการค้ามนุษย์ครบถ้วน",
    subject: "องค์ประกอบของการค้ามนุษย์",
  },
  "child-labour": {
    present: "พบข้อบ่งชี้ของการใช้แรงงานเด็ก",
    absent: "ไม่พบข้อบ่งชี้ใดของการใช้แรงงานเด็ก",
    subject: "ข้อบ่งชี้ของการใช้แรงงานเด็ก",
  },
} as const;

/**
 * The Thai words of the explanations: whole sentences without a final full stop (as the Thai messages of
 * @tipx/schema), lists joined with "และ", and an outcome that says what the answers show ("พบข้อบ่งชี้ของ
 * การบังคับใช้แรงงาน"), never that someone is a victim (ผู้เสียหาย).
 *
 * @example
 * ```ts
 * import { th } from "@tipx/indicators/locales/th";
 * th.words.outcome("ilo-fl-2012", "indicated"); // "พบข้อบ่งชี้ของการบังคับใช้แรงงาน"
 * ```
 */
export const words: ExplanationWords = {
  outcome: (instrument, classification) => {
    const what = WHAT[instrument];
    return classification === "indicated"
      ? what.present
      : classification === "not-indicated"
        ? `จากคำตอบที่ได้ ${what.absent}`
        : `ยังสรุปไม่ได้ คำตอบที่ได้ยังไม่แสดงว่ามีหรือไม่มี${what.subject}`;
  },
  found: (groups) => `สิ่งที่พบ ได้แก่ ${list(groups.map(([group, items]) => `${group} (${list(items)})`))}`,
  unknowns: (questions) =>
    `ยังไม่ทราบคำตอบของคำถามต่อไปนี้ ซึ่งอาจทำให้ผลเปลี่ยนไป: ${list(questions.map((question) => `“${question}”`))}`,
  rule: (text, source) => `หลักที่ใช้: ${text} (ที่มา: ${source})`,
  notIdentification:
    "ผลนี้เป็นผลการคัดกรอง ไม่ใช่การคัดแยกผู้เสียหาย ส่วนบุคคลนี้เป็นผู้เสียหายหรือไม่ ต้องให้เจ้าหน้าที่ผู้มีอำนาจตามกฎหมายเป็นผู้ตัดสิน",
};
