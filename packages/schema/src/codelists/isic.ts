import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The 21 sections of ISIC Rev.4 (the UN International Standard Industrial Classification of All
 * Economic Activities), `"A"` to `"U"`.
 *
 * @example
 * ```ts
 * import { ISIC_SECTIONS } from "@tipx/schema";
 * ISIC_SECTIONS.length; // 21
 * ```
 */
export const ISIC_SECTIONS = [
  "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K",
  "L", "M", "N", "O", "P", "Q", "R", "S", "T", "U",
] as const;

/**
 * The ISIC Rev.4 sections as a code list, with the section titles in English, Thai (as in TSIC 2009,
 * Thailand's adaptation of ISIC Rev.4) and Spanish (as in CIIU Rev.4).
 *
 * @example
 * ```ts
 * import { isicSections, translate } from "@tipx/schema";
 * translate(isicSections.meta.F.label, "es"); // "Construcción"
 * ```
 * @see https://unstats.un.org/unsd/classifications/Econ/isic
 */
export const isicSections = defineCodeList({
  id: "isic4.section",
  name: { en: "ISIC Rev.4 section", th: "หมวดใหญ่ตาม ISIC Rev.4", es: "Sección de la CIIU Rev.4" },
  source: "UN ISIC Rev.4 (2008), sections A–U",
  codes: ISIC_SECTIONS,
  extensible: false,
  meta: {
    A: {
      label: {
        en: "Agriculture, forestry and fishing",
        th: "เกษตรกรรม การป่าไม้ และการประมง",
        es: "Agricultura, ganadería, silvicultura y pesca",
      },
      definition: "Growing crops, raising animals, logging, fishing and aquaculture.",
    },
    B: {
      label: { en: "Mining and quarrying", th: "การทำเหมืองแร่และเหมืองหิน", es: "Explotación de minas y canteras" },
      definition: "Extracting minerals that occur naturally as solids, liquids or gases: coal, ores, crude oil, gas, stone, sand and gems.",
    },
    C: {
      label: { en: "Manufacturing", th: "การผลิต", es: "Industrias manufactureras" },
      definition: "Transforming materials or components into new products, in factories or at home.",
    },
    D: {
      label: {
        en: "Electricity, gas, steam and air conditioning supply",
        th: "ไฟฟ้า ก๊าซ ไอน้ำ และระบบปรับอากาศ",
        es: "Suministro de electricidad, gas, vapor y aire acondicionado",
      },
    },
    E: {
      label: {
        en: "Water supply; sewerage, waste management and remediation activities",
        th: "การจัดหาน้ำ การจัดการน้ำเสีย ของเสีย และสิ่งปฏิกูล",
        es: "Suministro de agua; evacuación de aguas residuales, gestión de desechos y descontaminación",
      },
      definition: "Includes collecting, sorting and recycling waste, work often done informally.",
    },
    F: {
      label: { en: "Construction", th: "การก่อสร้าง", es: "Construcción" },
    },
    G: {
      label: {
        en: "Wholesale and retail trade; repair of motor vehicles and motorcycles",
        th: "การขายส่งและการขายปลีก การซ่อมยานยนต์และจักรยานยนต์",
        es: "Comercio al por mayor y al por menor; reparación de vehículos automotores y motocicletas",
      },
    },
    H: {
      label: {
        en: "Transportation and storage",
        th: "การขนส่งและสถานที่เก็บสินค้า",
        es: "Transporte y almacenamiento",
      },
    },
    I: {
      label: {
        en: "Accommodation and food service activities",
        th: "ที่พักแรมและบริการด้านอาหาร",
        es: "Actividades de alojamiento y de servicio de comidas",
      },
      definition: "Hotels and other lodging, restaurants, food stalls and bars.",
    },
    J: {
      label: {
        en: "Information and communication",
        th: "ข้อมูลข่าวสารและการสื่อสาร",
        es: "Información y comunicaciones",
      },
    },
    K: {
      label: {
        en: "Financial and insurance activities",
        th: "กิจกรรมทางการเงินและการประกันภัย",
        es: "Actividades financieras y de seguros",
      },
    },
    L: {
      label: { en: "Real estate activities", th: "กิจกรรมอสังหาริมทรัพย์", es: "Actividades inmobiliarias" },
    },
    M: {
      label: {
        en: "Professional, scientific and technical activities",
        th: "กิจกรรมทางวิชาชีพ วิทยาศาสตร์ และเทคนิค",
        es: "Actividades profesionales, científicas y técnicas",
      },
    },
    N: {
      label: {
        en: "Administrative and support service activities",
        th: "กิจกรรมการบริหารและการบริการสนับสนุน",
        es: "Actividades de servicios administrativos y de apoyo",
      },
      definition: "Includes employment and recruitment agencies, cleaning of buildings, security services and travel agencies.",
    },
    O: {
      label: {
        en: "Public administration and defence; compulsory social security",
        th: "การบริหารราชการ การป้องกันประเทศ และการประกันสังคมภาคบังคับ",
        es: "Administración pública y defensa; planes de seguridad social de afiliación obligatoria",
      },
    },
    P: {
      label: { en: "Education", th: "การศึกษา", es: "Enseñanza" },
    },
    Q: {
      label: {
        en: "Human health and social work activities",
        th: "กิจกรรมด้านสุขภาพและงานสังคมสงเคราะห์",
        es: "Actividades de atención de la salud humana y de asistencia social",
      },
    },
    R: {
      label: {
        en: "Arts, entertainment and recreation",
        th: "ศิลปะ ความบันเทิง และนันทนาการ",
        es: "Actividades artísticas, de entretenimiento y recreativas",
      },
      definition: "Includes performing arts, gambling and betting, sports and amusement.",
    },
    S: {
      label: { en: "Other service activities", th: "กิจกรรมบริการด้านอื่น ๆ", es: "Otras actividades de servicios" },
      definition: "Includes repair of household goods, laundries, hairdressing, beauty treatment and massage.",
    },
    T: {
      label: {
        en: "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use",
        th: "กิจกรรมการจ้างงานในครัวเรือนส่วนบุคคล และกิจกรรมการผลิตสินค้าและบริการที่ทำขึ้นเองเพื่อใช้ในครัวเรือน",
        es: "Actividades de los hogares como empleadores; actividades no diferenciadas de los hogares como productores de bienes y servicios para uso propio",
      },
      definition: "Households employing domestic workers such as maids, cooks, nannies, gardeners and drivers.",
    },
    U: {
      label: {
        en: "Activities of extraterritorial organizations and bodies",
        th: "กิจกรรมขององค์การระหว่างประเทศและองค์การต่างประเทศ",
        es: "Actividades de organizaciones y órganos extraterritoriales",
      },
      definition: "International organisations and diplomatic missions.",
    },
  },
});

/**
 * Zod schema of an ISIC Rev.4 section letter.
 *
 * @example
 * ```ts
 * import { IsicSection } from "@tipx/schema";
 * IsicSection.parse("C"); // "C"
 * IsicSection.safeParse("c").success; // false
 * ```
 */
export const IsicSection = z.enum(ISIC_SECTIONS);
/** An ISIC Rev.4 section letter, `"A"` to `"U"`. */
export type IsicSection = z.infer<typeof IsicSection>;

/**
 * The 48 optional industry subdivisions HTCDS 2.0 offers under `vic_ForcedLabourIndustry` (40 tier-2,
 * 8 tier-3), in the standard's order. Each code is the ISIC Rev.4 division (2 digits) or group
 * (3 digits) the subdivision is. Where HTCDS puts several ISIC codes under one label, the code is
 * made up as `HTCDS-<section>-<ISIC codes covered>`, for example `"HTCDS-I-561-562"`; these codes
 * are tipx's and never change.
 *
 * @example
 * ```ts
 * import { INDUSTRY_SUBDIVISIONS } from "@tipx/schema";
 * INDUSTRY_SUBDIVISIONS.includes("03"); // true (Fishing and aquaculture)
 * ```
 */
export const INDUSTRY_SUBDIVISIONS = [
  // Tier 2, section A
  "01", "02", "03",
  // Tier 2, section C
  "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21",
  "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33",
  // Tier 2, section H
  "49", "50", "51", "52", "53",
  // Tier 2, section I
  "55", "HTCDS-I-561-562", "563",
  // Tier 2, section N (HTCDS leaves out division 80, security and investigation)
  "77", "78", "79", "81", "82",
  // Tier 3 under division 01 (HTCDS lists no separate group for 012 perennial crops or 017 hunting)
  "011", "013", "014", "015", "016", "HTCDS-A-012-017",
  // Tier 3 under division 03 (HTCDS splits by water, not by fishing vs aquaculture as ISIC does)
  "HTCDS-A-0311-0321", "HTCDS-A-0312-0322",
] as const;

/**
 * The HTCDS 2.0 tier-2 and tier-3 industry subdivisions as a code list. The English labels are the
 * HTCDS labels exactly (typos included, corrected spellings as `aliases`).
 *
 * @example
 * ```ts
 * import { industrySubdivisions } from "@tipx/schema";
 * industrySubdivisions.meta["03"].label.en; // "Fishing and aquaculture"
 * ```
 */
export const industrySubdivisions = defineCodeList({
  id: "htcds.industry-subdivision",
  name: { en: "Industry subdivision", th: "ประเภทอุตสาหกรรมย่อย", es: "Subdivisión de actividad económica" },
  source:
    "IOM HTCDS 2.0 (24 Dec 2021), Field Definitions.md, Labour Subdivisions (tier 2 and tier 3); " +
    "shared/reference/htcds/industry_subdivisions.csv; codes from UN ISIC Rev.4",
  codes: INDUSTRY_SUBDIVISIONS,
  extensible: false,
  meta: {
    "01": {
      label: {
        en: "Crop and animal production, hunting and related service activities",
        th: "การเพาะปลูกและการเลี้ยงสัตว์ การล่าสัตว์ และกิจกรรมบริการที่เกี่ยวข้อง",
        es: "Agricultura, ganadería, caza y actividades de servicios conexas",
      },
      definition: "ISIC Rev.4 division 01: farming of crops and animals, hunting, and services to farms.",
    },
    "02": {
      label: { en: "Forestry and logging", th: "การป่าไม้และการทำไม้", es: "Silvicultura y extracción de madera" },
      definition: "ISIC Rev.4 division 02.",
    },
    "03": {
      label: { en: "Fishing and aquaculture", th: "การประมงและการเพาะเลี้ยงสัตว์น้ำ", es: "Pesca y acuicultura" },
      definition: "ISIC Rev.4 division 03: capture fishing and fish farming, at sea and in fresh water.",
    },
    "10": {
      label: {
        en: "Manufacture of food products",
        th: "การผลิตผลิตภัณฑ์อาหาร",
        es: "Elaboración de productos alimenticios",
      },
      definition: "ISIC Rev.4 division 10, including seafood processing.",
    },
    "11": {
      label: { en: "Manufacture of beverages", th: "การผลิตเครื่องดื่ม", es: "Elaboración de bebidas" },
      definition: "ISIC Rev.4 division 11.",
    },
    "12": {
      label: {
        en: "Manufacture of tobacco products",
        th: "การผลิตผลิตภัณฑ์ยาสูบ",
        es: "Elaboración de productos de tabaco",
      },
      definition: "ISIC Rev.4 division 12.",
    },
    "13": {
      label: { en: "Manufacture of textiles", th: "การผลิตสิ่งทอ", es: "Fabricación de productos textiles" },
      definition: "ISIC Rev.4 division 13.",
    },
    "14": {
      label: {
        en: "Manufacture of wearing apparel",
        th: "การผลิตเสื้อผ้าเครื่องแต่งกาย",
        es: "Fabricación de prendas de vestir",
      },
      definition: "ISIC Rev.4 division 14, including garment workshops.",
    },
    "15": {
      label: {
        en: "Manufacture of leather and related products",
        th: "การผลิตเครื่องหนังและผลิตภัณฑ์ที่เกี่ยวข้อง",
        es: "Fabricación de productos de cuero y productos conexos",
      },
      definition: "ISIC Rev.4 division 15, including footwear.",
    },
    // HTCDS's Field Definitions.md repeats the leather definition under this label; ours is ISIC's scope.
    "16": {
      label: {
        en: "Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials",
        th: "การผลิตไม้และผลิตภัณฑ์จากไม้และไม้ก๊อก (ยกเว้นเฟอร์นิเจอร์) และการผลิตสิ่งของจากฟางและวัสดุถักสาน",
        es: "Producción de madera y fabricación de productos de madera y corcho, excepto muebles; fabricación de artículos de paja y de materiales trenzables",
      },
      definition: "ISIC Rev.4 division 16: sawmills and wood products other than furniture.",
    },
    "17": {
      label: {
        en: "Manufacture of paper and paper products",
        th: "การผลิตกระดาษและผลิตภัณฑ์กระดาษ",
        es: "Fabricación de papel y de productos de papel",
      },
      definition: "ISIC Rev.4 division 17.",
    },
    "18": {
      label: {
        en: "Printing and reproduction of recorded media",
        th: "การพิมพ์และการผลิตซ้ำสื่อบันทึกข้อมูล",
        es: "Impresión y reproducción de grabaciones",
      },
      definition: "ISIC Rev.4 division 18.",
    },
    "19": {
      label: {
        en: "Manufacture of coke and refined petroleum products",
        th: "การผลิตถ่านโค้กและผลิตภัณฑ์ที่ได้จากการกลั่นปิโตรเลียม",
        es: "Fabricación de coque y productos de la refinación del petróleo",
      },
      definition: "ISIC Rev.4 division 19.",
    },
    "20": {
      label: {
        en: "Manufacture of chemicals and chemical products",
        th: "การผลิตเคมีภัณฑ์และผลิตภัณฑ์เคมี",
        es: "Fabricación de sustancias y productos químicos",
      },
      definition: "ISIC Rev.4 division 20.",
    },
    "21": {
      label: {
        en: "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
        th: "การผลิตเภสัชภัณฑ์ขั้นมูลฐานและผลิตภัณฑ์ทางเภสัชกรรม",
        es: "Fabricación de productos farmacéuticos, sustancias químicas medicinales y productos botánicos de uso farmacéutico",
      },
      definition: "ISIC Rev.4 division 21.",
    },
    "22": {
      label: {
        en: "Manufacture of rubber and plastics products",
        th: "การผลิตผลิตภัณฑ์ยางและผลิตภัณฑ์พลาสติก",
        es: "Fabricación de productos de caucho y de plástico",
      },
      definition: "ISIC Rev.4 division 22.",
    },
    "23": {
      label: {
        en: "Manufacture of other non-metallic mineral products",
        th: "การผลิตผลิตภัณฑ์อื่น ๆ ที่ทำจากแร่อโลหะ",
        es: "Fabricación de otros productos minerales no metálicos",
      },
      definition: "ISIC Rev.4 division 23: glass, ceramics, bricks, cement and cut stone.",
    },
    "24": {
      label: { en: "Manufacture of basic metals", th: "การผลิตโลหะขั้นมูลฐาน", es: "Fabricación de metales comunes" },
      definition: "ISIC Rev.4 division 24.",
    },
    "25": {
      label: {
        en: "Manufacture of fabricated metal products, except machinery and equipment",
        th: "การผลิตผลิตภัณฑ์โลหะประดิษฐ์ ยกเว้นเครื่องจักรและอุปกรณ์",
        es: "Fabricación de productos elaborados de metal, excepto maquinaria y equipo",
      },
      definition: "ISIC Rev.4 division 25.",
    },
    "26": {
      label: {
        en: "Manufacture of computer, electronic and optical products",
        th: "การผลิตผลิตภัณฑ์คอมพิวเตอร์ อิเล็กทรอนิกส์ และอุปกรณ์ทางทัศนศาสตร์",
        es: "Fabricación de productos de informática, de electrónica y de óptica",
      },
      definition: "ISIC Rev.4 division 26.",
    },
    "27": {
      label: {
        en: "Manufacture of electrical equipment",
        th: "การผลิตอุปกรณ์ไฟฟ้า",
        es: "Fabricación de equipo eléctrico",
      },
      definition: "ISIC Rev.4 division 27.",
    },
    "28": {
      label: {
        en: "Manufacture of machinery and equipment n.e.c.",
        th: "การผลิตเครื่องจักรและเครื่องมือ ซึ่งมิได้จัดประเภทไว้ในที่อื่น",
        es: "Fabricación de maquinaria y equipo n.c.p.",
      },
      definition: "ISIC Rev.4 division 28 (n.e.c.: not elsewhere classified).",
    },
    "29": {
      label: {
        en: "Manufacture of motor vehicles, trailers and semi-trailers",
        th: "การผลิตยานยนต์ รถพ่วง และรถกึ่งพ่วง",
        es: "Fabricación de vehículos automotores, remolques y semirremolques",
      },
      definition: "ISIC Rev.4 division 29.",
    },
    "30": {
      label: {
        en: "Manufacture of other transport equipment",
        th: "การผลิตอุปกรณ์ขนส่งอื่น ๆ",
        es: "Fabricación de otro equipo de transporte",
      },
      definition: "ISIC Rev.4 division 30, including building ships and boats.",
    },
    "31": {
      label: { en: "Manufacture of furniture", th: "การผลิตเฟอร์นิเจอร์", es: "Fabricación de muebles" },
      definition: "ISIC Rev.4 division 31.",
    },
    "32": {
      label: { en: "Other manufacturing", th: "การผลิตผลิตภัณฑ์อื่น ๆ", es: "Otras industrias manufactureras" },
      definition: "ISIC Rev.4 division 32: jewellery, toys, sports goods, medical instruments and other goods.",
    },
    "33": {
      label: {
        en: "Repair and installation of machinery and equipment",
        th: "การซ่อมและการติดตั้งเครื่องจักรและอุปกรณ์",
        es: "Reparación e instalación de maquinaria y equipo",
      },
      definition: "ISIC Rev.4 division 33.",
    },
    "49": {
      label: {
        en: "Land transport and transport via pipelines",
        th: "การขนส่งทางบกและการขนส่งทางท่อ",
        es: "Transporte por vía terrestre y transporte por tuberías",
      },
      definition: "ISIC Rev.4 division 49: road and rail transport of passengers and freight.",
    },
    "50": {
      label: { en: "Water transport", th: "การขนส่งทางน้ำ", es: "Transporte por vía acuática" },
      definition: "ISIC Rev.4 division 50.",
    },
    "51": {
      label: { en: "Air transport", th: "การขนส่งทางอากาศ", es: "Transporte por vía aérea" },
      definition: "ISIC Rev.4 division 51.",
    },
    "52": {
      label: {
        en: "Warehousing and support activities for transportation",
        th: "คลังสินค้าและกิจกรรมสนับสนุนการขนส่ง",
        es: "Almacenamiento y actividades de apoyo al transporte",
      },
      definition: "ISIC Rev.4 division 52, including cargo handling at ports.",
    },
    "53": {
      label: {
        en: "Postal and courier activities",
        th: "กิจกรรมไปรษณีย์และการรับส่งพัสดุ",
        es: "Actividades postales y de mensajería",
      },
      definition: "ISIC Rev.4 division 53.",
    },
    "55": {
      label: { en: "Primarily accommodation", th: "ธุรกิจที่พักแรมเป็นหลัก", es: "Principalmente alojamiento" },
      definition:
        "ISIC Rev.4 division 55 (groups 551, 552 and 559): businesses whose main purpose is lodging, such as " +
        "hotels, guesthouses, hostels and workers' dormitories.",
    },
    "HTCDS-I-561-562": {
      label: { en: "Primarily food", th: "ธุรกิจบริการอาหารเป็นหลัก", es: "Principalmente comidas" },
      definition:
        "ISIC Rev.4 groups 561 (restaurants and mobile food service) and 562 (event catering and other food " +
        "service): businesses whose main purpose is serving food, including food stalls and canteens.",
    },
    "563": {
      label: { en: "Primarily beverages", th: "ธุรกิจบริการเครื่องดื่มเป็นหลัก", es: "Principalmente bebidas" },
      definition: "ISIC Rev.4 group 563: bars, pubs, taverns and other places whose main purpose is serving drinks.",
    },
    "77": {
      label: {
        en: "Rental and leasing activities",
        th: "การให้เช่าและการให้เช่าแบบลีสซิ่ง",
        es: "Actividades de alquiler y arrendamiento",
      },
      definition: "ISIC Rev.4 division 77.",
    },
    "78": {
      label: { en: "Employment activities", th: "กิจกรรมการจ้างงาน", es: "Actividades de empleo" },
      definition: "ISIC Rev.4 division 78: employment and recruitment agencies, labour hire and placement.",
    },
    // HTCDS's Field Definitions.md gives this label the text of division 80 (security); ours is ISIC's 79.
    "79": {
      label: {
        en: "Travel agency, tour operator, reservation service and related activities",
        th: "ตัวแทนธุรกิจการเดินทาง ผู้จัดนำเที่ยว บริการสำรองที่นั่ง และกิจกรรมที่เกี่ยวข้อง",
        es: "Actividades de agencias de viajes, operadores turísticos, servicios de reservas y actividades conexas",
      },
      definition: "ISIC Rev.4 division 79.",
    },
    "81": {
      label: {
        en: "Services to buildings and gardening & landscape activities, including cleaning",
        th: "การบริการอาคาร การทำสวนและการจัดภูมิทัศน์ รวมถึงการทำความสะอาด",
        es: "Actividades de servicios a edificios, jardinería y paisajismo, incluida la limpieza",
      },
      definition: "ISIC Rev.4 division 81: cleaning, facility support, pest control and landscape care.",
    },
    "82": {
      label: {
        en: "Office administrative, office support and other business support activities",
        th: "การบริหารสำนักงาน การสนับสนุนงานสำนักงาน และกิจกรรมสนับสนุนธุรกิจอื่น ๆ",
        es: "Actividades administrativas y de apoyo de oficina y otras actividades de apoyo a las empresas",
      },
      definition: "ISIC Rev.4 division 82, including call centres.",
    },
    "011": {
      label: { en: "Growing of non-perennial crops", th: "การปลูกพืชล้มลุก", es: "Cultivo de plantas no perennes" },
      definition: "ISIC Rev.4 group 011: cereals, rice, vegetables, sugar cane, tobacco and other crops lasting one season.",
    },
    "013": {
      label: { en: "Plant propagation", th: "การขยายพันธุ์พืช", es: "Propagación de plantas" },
      definition: "ISIC Rev.4 group 013: nurseries producing seedlings, cuttings and other planting material.",
    },
    "014": {
      label: { en: "Animal production", th: "การเลี้ยงสัตว์", es: "Ganadería" },
      definition: "ISIC Rev.4 group 014: raising and breeding animals other than aquatic ones.",
    },
    "015": {
      label: { en: "Mixed farming", th: "การทำฟาร์มผสม", es: "Explotación mixta" },
      definition: "ISIC Rev.4 group 015: crops and animals produced together, with neither dominant.",
    },
    "016": {
      label: {
        en: "Support activities to agriculture and post-harvest crop activities",
        th: "กิจกรรมสนับสนุนการเกษตรและกิจกรรมหลังการเก็บเกี่ยว",
        es: "Actividades de apoyo a la agricultura y actividades poscosecha",
      },
      definition: "ISIC Rev.4 group 016: farm work done for others on a fee or contract basis, and preparing harvests for market.",
    },
    "HTCDS-A-012-017": {
      label: {
        en: "All other classes under crop and animal prodution, hunting and related service activities",
        th: "กิจกรรมอื่นทั้งหมดในหมวดการเพาะปลูกและการเลี้ยงสัตว์ การล่าสัตว์ และกิจกรรมบริการที่เกี่ยวข้อง",
        es: "Todas las demás clases de agricultura, ganadería, caza y actividades de servicios conexas",
      },
      definition:
        "The rest of ISIC Rev.4 division 01 not listed separately by HTCDS: group 012 (growing of perennial " +
        "crops, such as fruit, rubber, oil palm and coffee) and group 017 (hunting, trapping and related services).",
      aliases: ["All other classes under crop and animal production, hunting and related service activities"],
    },
    "HTCDS-A-0311-0321": {
      label: {
        en: "Marine fishing or acquaculture",
        th: "การประมงทะเลหรือการเพาะเลี้ยงสัตว์น้ำทะเล",
        es: "Pesca o acuicultura marina",
      },
      definition: "ISIC Rev.4 classes 0311 (marine fishing) and 0321 (marine aquaculture), including work on fishing vessels at sea.",
      aliases: ["Marine fishing or aquaculture"],
    },
    "HTCDS-A-0312-0322": {
      label: {
        en: "Freshwater fishing or aquaculture",
        th: "การประมงน้ำจืดหรือการเพาะเลี้ยงสัตว์น้ำจืด",
        es: "Pesca o acuicultura de agua dulce",
      },
      definition: "ISIC Rev.4 classes 0312 (freshwater fishing) and 0322 (freshwater aquaculture).",
    },
  },
});

/**
 * Zod schema of an HTCDS industry subdivision code.
 *
 * @example
 * ```ts
 * import { IndustrySubdivision } from "@tipx/schema";
 * IndustrySubdivision.parse("HTCDS-A-0311-0321"); // "HTCDS-A-0311-0321"
 * IndustrySubdivision.safeParse("3").success; // false
 * ```
 */
export const IndustrySubdivision = z.enum(INDUSTRY_SUBDIVISIONS);
/** An HTCDS tier-2 or tier-3 industry subdivision code, such as `"03"` or `"HTCDS-I-561-562"`. */
export type IndustrySubdivision = z.infer<typeof IndustrySubdivision>;

/**
 * Where an HTCDS industry subdivision sits: its ISIC section, its HTCDS tier, its parent (tier 3
 * only) and the ISIC Rev.4 codes it covers.
 *
 * @example
 * ```ts
 * import type { IndustrySubdivisionDetail } from "@tipx/schema";
 * const detail: IndustrySubdivisionDetail = { section: "A", tier: 3, parent: "01", isic: ["011"] };
 * ```
 */
export interface IndustrySubdivisionDetail {
  /** The ISIC Rev.4 section the subdivision belongs to. */
  readonly section: IsicSection;
  /** The HTCDS tier: 2 for a division-level subdivision, 3 for one below it. */
  readonly tier: 2 | 3;
  /** The tier-2 subdivision a tier-3 one belongs to; absent on tier 2. */
  readonly parent?: IndustrySubdivision;
  /** The ISIC Rev.4 divisions, groups or classes the subdivision covers. */
  readonly isic: readonly string[];
}

/* @__NO_SIDE_EFFECTS__ */
function _tier2(section: IsicSection, ...isic: string[]): IndustrySubdivisionDetail {
  return { section, tier: 2, isic };
}

// Every HTCDS tier-3 subdivision is in section A.
/* @__NO_SIDE_EFFECTS__ */
function _tier3(parent: IndustrySubdivision, ...isic: string[]): IndustrySubdivisionDetail {
  return { section: "A", tier: 3, parent, isic };
}

/**
 * The section, tier, parent and ISIC codes of every HTCDS industry subdivision.
 *
 * @example
 * ```ts
 * import { INDUSTRY_SUBDIVISION_DETAILS } from "@tipx/schema";
 * INDUSTRY_SUBDIVISION_DETAILS["HTCDS-A-0311-0321"].parent; // "03"
 * INDUSTRY_SUBDIVISION_DETAILS["HTCDS-A-0311-0321"].isic; // ["0311", "0321"]
 * ```
 */
export const INDUSTRY_SUBDIVISION_DETAILS: { readonly [K in IndustrySubdivision]: IndustrySubdivisionDetail } = {
  "01": _tier2("A", "01"), "02": _tier2("A", "02"), "03": _tier2("A", "03"),
  "10": _tier2("C", "10"), "11": _tier2("C", "11"), "12": _tier2("C", "12"), "13": _tier2("C", "13"),
  "14": _tier2("C", "14"), "15": _tier2("C", "15"), "16": _tier2("C", "16"), "17": _tier2("C", "17"),
  "18": _tier2("C", "18"), "19": _tier2("C", "19"), "20": _tier2("C", "20"), "21": _tier2("C", "21"),
  "22": _tier2("C", "22"), "23": _tier2("C", "23"), "24": _tier2("C", "24"), "25": _tier2("C", "25"),
  "26": _tier2("C", "26"), "27": _tier2("C", "27"), "28": _tier2("C", "28"), "29": _tier2("C", "29"),
  "30": _tier2("C", "30"), "31": _tier2("C", "31"), "32": _tier2("C", "32"), "33": _tier2("C", "33"),
  "49": _tier2("H", "49"), "50": _tier2("H", "50"), "51": _tier2("H", "51"), "52": _tier2("H", "52"),
  "53": _tier2("H", "53"),
  "55": _tier2("I", "55"), "HTCDS-I-561-562": _tier2("I", "561", "562"), "563": _tier2("I", "563"),
  "77": _tier2("N", "77"), "78": _tier2("N", "78"), "79": _tier2("N", "79"), "81": _tier2("N", "81"),
  "82": _tier2("N", "82"),
  "011": _tier3("01", "011"), "013": _tier3("01", "013"), "014": _tier3("01", "014"),
  "015": _tier3("01", "015"), "016": _tier3("01", "016"), "HTCDS-A-012-017": _tier3("01", "012", "017"),
  "HTCDS-A-0311-0321": _tier3("03", "0311", "0321"), "HTCDS-A-0312-0322": _tier3("03", "0312", "0322"),
};

/**
 * Every industry code tipx accepts where HTCDS asks for an industry: the ISIC Rev.4 sections followed
 * by the HTCDS industry subdivisions.
 *
 * @example
 * ```ts
 * import { ISIC_CODES } from "@tipx/schema";
 * ISIC_CODES.length; // 69
 * ```
 */
export const ISIC_CODES = [...ISIC_SECTIONS, ...INDUSTRY_SUBDIVISIONS] as const;

/**
 * The ISIC sections and HTCDS industry subdivisions together as one code list.
 *
 * @example
 * ```ts
 * import { isicCodes } from "@tipx/schema";
 * isicCodes.meta.C.label.en; // "Manufacturing"
 * isicCodes.meta["14"].label.en; // "Manufacture of wearing apparel"
 * ```
 */
export const isicCodes = defineCodeList({
  id: "tipx.isic-code",
  name: { en: "Industry (ISIC Rev.4)", th: "ประเภทอุตสาหกรรม (ISIC Rev.4)", es: "Actividad económica (CIIU Rev.4)" },
  source: `tipx 1.0: union of ${isicSections.source} and ${industrySubdivisions.source}`,
  codes: ISIC_CODES,
  extensible: false,
  meta: { ...isicSections.meta, ...industrySubdivisions.meta },
});

/**
 * Zod schema of an industry code: an ISIC Rev.4 section letter or an HTCDS industry subdivision code.
 *
 * @example
 * ```ts
 * import { IsicCode } from "@tipx/schema";
 * IsicCode.parse("A"); // "A"
 * IsicCode.parse("011"); // "011"
 * IsicCode.safeParse("012").success; // false (HTCDS groups 012 under "HTCDS-A-012-017")
 * ```
 */
export const IsicCode = z.enum(ISIC_CODES);
/** An ISIC Rev.4 section letter or an HTCDS industry subdivision code. */
export type IsicCode = z.infer<typeof IsicCode>;
