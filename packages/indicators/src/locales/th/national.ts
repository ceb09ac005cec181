import type { NationalVariantInstrument } from "../../frameworks/national-variants";
import type { Text } from "../catalogue";

/**
 * The Thai sentence for each profile country's trafficking rule, the one the engine cites in place of
 * `NATIONAL_VARIANTS[country].rule` when a Palermo screening runs under that profile: whose trafficking
 * needs a means, with the Thai Act under its official name and its s.6 means in its own words. None is
 * reviewed yet.
 *
 * @example
 * ```ts
 * import { th } from "@tipx/indicators/locales/th";
 * th.national["TH-ATIPA-2551"].reviewed; // false
 * ```
 */
export const national: { readonly [K in NationalVariantInstrument]: Text } = {
  "TH-ATIPA-2551": {
    text: "ตามกฎหมายไทย การค้ามนุษย์ที่กระทำต่อผู้ใหญ่ต้องมีวิธีการอย่างใดอย่างหนึ่งที่พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551 กำหนดไว้ ได้แก่ ข่มขู่ ใช้กำลังบังคับ ลักพาตัว ฉ้อฉล หลอกลวง ใช้อำนาจโดยมิชอบ หรือให้เงินหรือผลประโยชน์อย่างอื่นแก่ผู้ปกครองหรือผู้ดูแลบุคคลนั้น ส่วนการค้ามนุษย์ที่กระทำต่อเด็กไม่ต้องมีวิธีการ",
    reviewed: false,
  },
  "AR-LEY-26364": {
    text: "ตามกฎหมายอาร์เจนตินา การเสนอ การจัดหา การส่งต่อ การรับไว้ หรือการจัดให้อยู่อาศัยซึ่งบุคคลเพื่อการแสวงประโยชน์ ถือเป็นการค้ามนุษย์ไม่ว่าบุคคลนั้นจะมีอายุเท่าใด โดยไม่ต้องมีวิธีการ วิธีการเป็นเพียงเหตุเพิ่มโทษ",
    reviewed: false,
  },
  "PY-LEY-4788-2012": {
    text: "สำหรับปารากวัย ใช้หลักของพิธีสารปาแลร์โม คือการค้ามนุษย์ที่กระทำต่อผู้ใหญ่ต้องมีวิธีการ ส่วนที่กระทำต่อเด็กอายุต่ำกว่า 18 ปีไม่ต้องมีวิธีการ",
    reviewed: false,
  },
  "LR-ATIP-2021": {
    text: "สำหรับไลบีเรีย ใช้หลักของพิธีสารปาแลร์โม คือการค้ามนุษย์ที่กระทำต่อผู้ใหญ่ต้องมีวิธีการ ส่วนที่กระทำต่อเด็กอายุต่ำกว่า 18 ปีไม่ต้องมีวิธีการ",
    reviewed: false,
  },
};
