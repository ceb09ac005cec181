import { _defineSubdivisions, type _SubdivisionRow } from "./subdivision";

const SOURCE = "ISO 3166-2 via iso-codes 4.15.0-1 [S40]; DOMAIN.md §6.3–6.4; shared/reference/subdivisions/TH.csv";

// iso-codes has no Thai name for TH-10 and TH-38: the researcher filled them in by hand, so those two
// rows are unverified against a registry (DOMAIN.md §11 item 13).
const HAND_FILLED = `${SOURCE}; Thai name filled in by hand, not in the iso-codes Thai catalog (DOMAIN.md §11 item 13)`;

function _row(name: string, localName: string, type: _SubdivisionRow["type"], thaiName: "catalog" | "hand-filled" = "catalog"): _SubdivisionRow {
  return thaiName === "catalog"
    ? { name, localName, type, source: SOURCE, verified: true }
    : { name, localName, type, source: HAND_FILLED, verified: false };
}

/**
 * The ISO 3166-2 subdivision codes of Thailand, in code order.
 * 78 codes: 76 provinces, TH-10 Bangkok (metropolitan administration) and TH-S Pattaya (special administrative city).
 *
 * @example
 * ```ts
 * import { THAI_SUBDIVISION_CODES } from "@tipx/schema";
 * THAI_SUBDIVISION_CODES.length; // 78
 * ```
 */
export const THAI_SUBDIVISION_CODES = [
  "TH-10", "TH-11", "TH-12", "TH-13", "TH-14", "TH-15", "TH-16", "TH-17", "TH-18", "TH-19", "TH-20", "TH-21",
  "TH-22", "TH-23", "TH-24", "TH-25", "TH-26", "TH-27", "TH-30", "TH-31", "TH-32", "TH-33", "TH-34", "TH-35",
  "TH-36", "TH-37", "TH-38", "TH-39", "TH-40", "TH-41", "TH-42", "TH-43", "TH-44", "TH-45", "TH-46", "TH-47",
  "TH-48", "TH-49", "TH-50", "TH-51", "TH-52", "TH-53", "TH-54", "TH-55", "TH-56", "TH-57", "TH-58", "TH-60",
  "TH-61", "TH-62", "TH-63", "TH-64", "TH-65", "TH-66", "TH-67", "TH-70", "TH-71", "TH-72", "TH-73", "TH-74",
  "TH-75", "TH-76", "TH-77", "TH-80", "TH-81", "TH-82", "TH-83", "TH-84", "TH-85", "TH-86", "TH-90", "TH-91",
  "TH-92", "TH-93", "TH-94", "TH-95", "TH-96", "TH-S",
] as const;

/** An ISO 3166-2 subdivision code of Thailand. */
export type ThaiSubdivisionCode = (typeof THAI_SUBDIVISION_CODES)[number];

/**
 * The subdivisions of Thailand as a code list, with English and local names, type, source and verified
 * flag per code. The hand-filled Thai names of TH-10 and TH-38 are `verified: false`.
 *
 * @see DOMAIN.md §6.3–6.4; shared/reference/subdivisions/TH.csv
 * @example
 * ```ts
 * import { thaiSubdivisions } from "@tipx/schema";
 * thaiSubdivisions.meta["TH-63"].localName; // "ตาก"
 * ```
 */
export const thaiSubdivisions = _defineSubdivisions({
  country: "TH",
  name: { en: "Thai provinces (ISO 3166-2:TH)", th: "จังหวัดของไทย (ISO 3166-2:TH)", es: "Provincias de Tailandia (ISO 3166-2:TH)" },
  source: SOURCE,
  codes: THAI_SUBDIVISION_CODES,
  rows: {
    "TH-10": _row("Krung Thep Maha Nakhon", "กรุงเทพมหานคร", "Metropolitan administration", "hand-filled"),
    "TH-11": _row("Samut Prakan", "สมุทรปราการ", "Province"),
    "TH-12": _row("Nonthaburi", "นนทบุรี", "Province"),
    "TH-13": _row("Pathum Thani", "ปทุมธานี", "Province"),
    "TH-14": _row("Phra Nakhon Si Ayutthaya", "พระนครศรีอยุธยา", "Province"),
    "TH-15": _row("Ang Thong", "อ่างทอง", "Province"),
    "TH-16": _row("Lop Buri", "ลพบุรี", "Province"),
    "TH-17": _row("Sing Buri", "สิงห์บุรี", "Province"),
    "TH-18": _row("Chai Nat", "ชัยนาท", "Province"),
    "TH-19": _row("Saraburi", "สระบุรี", "Province"),
    "TH-20": _row("Chon Buri", "ชลบุรี", "Province"),
    "TH-21": _row("Rayong", "ระยอง", "Province"),
    "TH-22": _row("Chanthaburi", "จันทบุรี", "Province"),
    "TH-23": _row("Trat", "ตราด", "Province"),
    "TH-24": _row("Chachoengsao", "ฉะเชิงเทรา", "Province"),
    "TH-25": _row("Prachin Buri", "ปราจีนบุรี", "Province"),
    "TH-26": _row("Nakhon Nayok", "นครนายก", "Province"),
    "TH-27": _row("Sa Kaeo", "สระแก้ว", "Province"),
    "TH-30": _row("Nakhon Ratchasima", "นครราชสีมา", "Province"),
    "TH-31": _row("Buri Ram", "บุรีรัมย์", "Province"),
    "TH-32": _row("Surin", "สุรินทร์", "Province"),
    "TH-33": _row("Si Sa Ket", "ศรีสะเกษ", "Province"),
    "TH-34": _row("Ubon Ratchathani", "อุบลราชธานี", "Province"),
    "TH-35": _row("Yasothon", "ยโสธร", "Province"),
    "TH-36": _row("Chaiyaphum", "ชัยภูมิ", "Province"),
    "TH-37": _row("Amnat Charoen", "อำนาจเจริญ", "Province"),
    "TH-38": _row("Bueng Kan", "บึงกาฬ", "Province", "hand-filled"),
    "TH-39": _row("Nong Bua Lam Phu", "หนองบัวลำพู", "Province"),
    "TH-40": _row("Khon Kaen", "ขอนแก่น", "Province"),
    "TH-41": _row("Udon Thani", "อุดรธานี", "Province"),
    "TH-42": _row("Loei", "เลย", "Province"),
    "TH-43": _row("Nong Khai", "หนองคาย", "Province"),
    "TH-44": _row("Maha Sarakham", "มหาสารคาม", "Province"),
    "TH-45": _row("Roi Et", "ร้อยเอ็ด", "Province"),
    "TH-46": _row("Kalasin", "กาฬสินธุ์", "Province"),
    "TH-47": _row("Sakon Nakhon", "สกลนคร", "Province"),
    "TH-48": _row("Nakhon Phanom", "นครพนม", "Province"),
    "TH-49": _row("Mukdahan", "มุกดาหาร", "Province"),
    "TH-50": _row("Chiang Mai", "เชียงใหม่", "Province"),
    "TH-51": _row("Lamphun", "ลำพูน", "Province"),
    "TH-52": _row("Lampang", "ลำปาง", "Province"),
    "TH-53": _row("Uttaradit", "อุตรดิตถ์", "Province"),
    "TH-54": _row("Phrae", "แพร่", "Province"),
    "TH-55": _row("Nan", "น่าน", "Province"),
    "TH-56": _row("Phayao", "พะเยา", "Province"),
    "TH-57": _row("Chiang Rai", "เชียงราย", "Province"),
    "TH-58": _row("Mae Hong Son", "แม่ฮ่องสอน", "Province"),
    "TH-60": _row("Nakhon Sawan", "นครสวรรค์", "Province"),
    "TH-61": _row("Uthai Thani", "อุทัยธานี", "Province"),
    "TH-62": _row("Kamphaeng Phet", "กำแพงเพชร", "Province"),
    "TH-63": _row("Tak", "ตาก", "Province"),
    "TH-64": _row("Sukhothai", "สุโขทัย", "Province"),
    "TH-65": _row("Phitsanulok", "พิษณุโลก", "Province"),
    "TH-66": _row("Phichit", "พิจิตร", "Province"),
    "TH-67": _row("Phetchabun", "เพชรบูรณ์", "Province"),
    "TH-70": _row("Ratchaburi", "ราชบุรี", "Province"),
    "TH-71": _row("Kanchanaburi", "กาญจนบุรี", "Province"),
    "TH-72": _row("Suphan Buri", "สุพรรณบุรี", "Province"),
    "TH-73": _row("Nakhon Pathom", "นครปฐม", "Province"),
    "TH-74": _row("Samut Sakhon", "สมุทรสาคร", "Province"),
    "TH-75": _row("Samut Songkhram", "สมุทรสงคราม", "Province"),
    "TH-76": _row("Phetchaburi", "เพชรบุรี", "Province"),
    "TH-77": _row("Prachuap Khiri Khan", "ประจวบคีรีขันธ์", "Province"),
    "TH-80": _row("Nakhon Si Thammarat", "นครศรีธรรมราช", "Province"),
    "TH-81": _row("Krabi", "กระบี่", "Province"),
    "TH-82": _row("Phangnga", "พังงา", "Province"),
    "TH-83": _row("Phuket", "ภูเก็ต", "Province"),
    "TH-84": _row("Surat Thani", "สุราษฎร์ธานี", "Province"),
    "TH-85": _row("Ranong", "ระนอง", "Province"),
    "TH-86": _row("Chumphon", "ชุมพร", "Province"),
    "TH-90": _row("Songkhla", "สงขลา", "Province"),
    "TH-91": _row("Satun", "สตูล", "Province"),
    "TH-92": _row("Trang", "ตรัง", "Province"),
    "TH-93": _row("Phatthalung", "พัทลุง", "Province"),
    "TH-94": _row("Pattani", "ปัตตานี", "Province"),
    "TH-95": _row("Yala", "ยะลา", "Province"),
    "TH-96": _row("Narathiwat", "นราธิวาส", "Province"),
    "TH-S": _row("Phatthaya", "พัทยา", "Special administrative city"),
  },
});
