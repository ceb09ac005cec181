import { definePrivacyCatalogue } from "./catalogue";

/**
 * "ก, ข และค", as the Thai messages of @tipx/schema join their lists: และ runs on into a Thai word and is
 * set off by a space from a Latin label.
 */
function list(items: readonly string[]): string {
  const last = items.at(-1);
  if (items.length <= 1 || last === undefined) return items.join("");
  return `${items.slice(0, -1).join(", ")} และ${/^[\u0E00-\u0E7F]/u.test(last) ? "" : " "}${last}`;
}

/**
 * The Thai catalogue of `@tipx/privacy`'s k-anonymity guarantee and private-counts description: whole
 * sentences without a final full stop (as the Thai messages of @tipx/schema), lists joined with "และ",
 * every entry `reviewed: false` until a native-speaking professional of the field has reviewed it against
 * docs/glossary.md. Column labels come from the caller (`labels`), in Thai.
 *
 * @example
 * ```ts
 * import { guaranteeText, kAnonymity } from "@tipx/privacy";
 * import { th } from "@tipx/privacy/locales/th";
 * const rows = Array.from({ length: 11 }, () => ({ gender: "Woman" }));
 * const result = kAnonymity(rows, { quasiIdentifiers: ["gender"] });
 * guaranteeText(result, th, { gender: "เพศ" }); // "ข้อมูลเพศแต่ละชุดที่ปรากฏในตารางนี้ตรงกับบุคคลอย่างน้อย 11 คน"
 * ```
 */
export const th = /* @__PURE__ */ definePrivacyCatalogue({
  lang: "th",
  guarantee: {
    text: ({ outcome, quasiIdentifiers, k, diversity, failing }) => {
      const columns = list(quasiIdentifiers);
      const diverse = diversity ? ` หรือมี${diversity.sensitive}ที่แตกต่างกันน้อยกว่า ${diversity.l} แบบ` : "";
      if (outcome === "empty")
        return `ตารางนี้ไม่มีข้อมูลเหลืออยู่ เนื่องจากข้อมูล${columns}ทุกชุดตรงกับบุคคลน้อยกว่า ${k} คน${diverse} จึงถูกตัดออกทั้งหมด`;
      if (outcome === "does-not-hold")
        return `ตารางนี้ไม่เป็นไปตามเงื่อนไขที่ข้อมูลแต่ละชุดต้องตรงกับบุคคลอย่างน้อย ${k} คน โดยข้อมูล${columns} จำนวน ${failing} ชุดตรงกับบุคคลน้อยกว่า ${k} คน${diverse} และยังไม่ได้ตัดออก`;
      const each = diversity ? ` และในแต่ละกลุ่มมี${diversity.sensitive}ที่แตกต่างกันอย่างน้อย ${diversity.l} แบบ` : "";
      return `ข้อมูล${columns}แต่ละชุดที่ปรากฏในตารางนี้ตรงกับบุคคลอย่างน้อย ${k} คน${each}`;
    },
    reviewed: false,
  },
  privateCounts: {
    text: ({ epsilon, groupBy, domainGiven, clampedAtZero }) =>
      [
        `จำนวนแต่ละค่าจำแนกตาม${list(groupBy)}ได้เพิ่มค่ารบกวนแบบสุ่มตามกลไกการแจกแจงเรขาคณิตแบบสองด้าน (ε = ${epsilon}) จึงไม่แสดงว่าบุคคลใดบุคคลหนึ่งอยู่ในข้อมูลหรือไม่`,
        domainGiven ? "ตารางแสดงทุกกลุ่มที่เป็นไปได้ รวมถึงกลุ่มที่ไม่มีข้อมูล" : "กลุ่มที่แสดงอ่านมาจากข้อมูล รายชื่อกลุ่มจึงไม่ได้รับการคุ้มครอง",
        clampedAtZero ? "จำนวนที่ติดลบหลังเพิ่มค่ารบกวนถูกปรับเป็น 0" : "จำนวนหลังเพิ่มค่ารบกวนอาจติดลบได้",
      ].join(" "),
    reviewed: false,
  },
});
