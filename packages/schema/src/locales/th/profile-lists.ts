import type { CodeListTexts } from "../../i18n/catalogue";
import { subdivisionNames } from "./subdivisions.generated";

/** Thai names and labels of the country profiles' lists (subdivisions, agencies, legal instruments and sections), keyed by list id. */
export const profileLists = {
  "iso3166-2.TH": {
    name: { text: "จังหวัดของไทย (ISO 3166-2:TH)", reviewed: false },
    codes: subdivisionNames["iso3166-2.TH"],
  },
  "agencies.TH": {
    name: { text: "หน่วยงานด้านการต่อต้านการค้ามนุษย์ของไทย", reviewed: false },
    codes: {
      "TH-DOPA": { text: "กรมการปกครอง", reviewed: false },
      "TH-RTP": { text: "สำนักงานตำรวจแห่งชาติ", reviewed: false },
      "TH-DSI": { text: "กรมสอบสวนคดีพิเศษ", reviewed: false },
      "TH-MSDHS": { text: "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", reviewed: false },
      "TH-MOL": { text: "กระทรวงแรงงาน", reviewed: false },
      "TH-ATP-CSC": { text: "คณะกรรมการประสานและกำกับการดำเนินงานป้องกันและปราบปรามการค้ามนุษย์", reviewed: false },
    },
  },
  "law.TH": {
    name: { text: "กฎหมายป้องกันและปราบปรามการค้ามนุษย์ของไทย", reviewed: false },
    codes: {
      "TH-ATIPA-2551": { text: "พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2551", reviewed: false },
      "TH-ATIPA-AMEND2-2558": { text: "พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ (ฉบับที่ 2) พ.ศ. 2558", reviewed: false },
      "TH-ATIPA-AMEND3-2560": { text: "พระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ (ฉบับที่ 3) พ.ศ. 2560", reviewed: false },
      "TH-ATIPA-DECREE-2562": {
        text: "พระราชกำหนดแก้ไขเพิ่มเติมพระราชบัญญัติป้องกันและปราบปรามการค้ามนุษย์ พ.ศ. 2562",
        reviewed: false,
      },
    },
  },
  "law.TH-ATIPA-2551.sections": {
    name: { text: "มาตราของ TH-ATIPA-2551", reviewed: false },
    codes: {
      s4: { text: "มาตรา 4", reviewed: false },
      s5: { text: "มาตรา 5", reviewed: false },
      s6: { text: "มาตรา 6", reviewed: false },
      "s6/1": { text: "มาตรา 6/1", reviewed: false },
      s52: { text: "มาตรา 52", reviewed: false },
      s53: { text: "มาตรา 53", reviewed: false },
    },
  },
  "law.TH-ATIPA-AMEND2-2558.sections": {
    name: { text: "มาตราของ TH-ATIPA-AMEND2-2558", reviewed: false },
    codes: {},
  },
  "law.TH-ATIPA-AMEND3-2560.sections": {
    name: { text: "มาตราของ TH-ATIPA-AMEND3-2560", reviewed: false },
    codes: {},
  },
  "law.TH-ATIPA-DECREE-2562.sections": {
    name: { text: "มาตราของ TH-ATIPA-DECREE-2562", reviewed: false },
    codes: {},
  },
  "iso3166-2.LR": {
    name: { text: "เคาน์ตีของไลบีเรีย (ISO 3166-2:LR)", reviewed: false },
    codes: subdivisionNames["iso3166-2.LR"],
  },
  "agencies.LR": {
    name: { text: "หน่วยงานด้านการต่อต้านการค้ามนุษย์ของไลบีเรีย", reviewed: false },
    codes: {
      "LR-AHTTF": { text: "คณะทำงานแห่งชาติด้านการต่อต้านการค้ามนุษย์", reviewed: false },
      "LR-AHTTF-SECRETARIAT": { text: "สำนักเลขาธิการคณะทำงานด้านการต่อต้านการค้ามนุษย์", reviewed: false },
      "LR-MOL": { text: "กระทรวงแรงงาน", reviewed: false },
      "LR-MOJ": { text: "กระทรวงยุติธรรม", reviewed: false },
      "LR-MOFA": { text: "กระทรวงการต่างประเทศ", reviewed: false },
      "LR-MIA": { text: "กระทรวงมหาดไทย", reviewed: false },
      "LR-MOH": { text: "กระทรวงสาธารณสุข", reviewed: false },
      "LR-MGCSP": { text: "กระทรวงเพศภาวะ เด็ก และการคุ้มครองทางสังคม", reviewed: false },
      "LR-LNP": { text: "ตำรวจแห่งชาติไลบีเรีย", reviewed: false },
      "LR-LIS": { text: "สำนักงานตรวจคนเข้าเมืองไลบีเรีย", reviewed: false },
      "LR-NIR": { text: "สำนักทะเบียนประจำตัวประชาชนแห่งชาติ", reviewed: false },
    },
  },
  "law.LR": {
    name: { text: "กฎหมายต่อต้านการค้ามนุษย์ของไลบีเรีย", reviewed: false },
    codes: {
      "LR-ATIP-2005": { text: "พระราชบัญญัติห้ามการค้ามนุษย์ในสาธารณรัฐไลบีเรีย (2005)", reviewed: false },
      "LR-ATIP-2021": { text: "พระราชบัญญัติห้ามการค้ามนุษย์ในสาธารณรัฐไลบีเรีย ฉบับปรับปรุง (2021)", reviewed: false },
      "LR-DECENT-WORK-2015": { text: "พระราชบัญญัติงานที่มีคุณค่า ค.ศ. 2015", reviewed: false },
    },
  },
  "law.LR-ATIP-2005.sections": {
    name: { text: "มาตราของ LR-ATIP-2005", reviewed: false },
    codes: {
      s2: { text: "มาตรา 2", reviewed: false },
      s5: { text: "มาตรา 5", reviewed: false },
      s7: { text: "มาตรา 7", reviewed: false },
    },
  },
  "law.LR-ATIP-2021.sections": {
    name: { text: "มาตราของ LR-ATIP-2021", reviewed: false },
    codes: {
      "art1-104": { text: "มาตรา 1-104", reviewed: false },
    },
  },
  "law.LR-DECENT-WORK-2015.sections": {
    name: { text: "มาตราของ LR-DECENT-WORK-2015", reviewed: false },
    codes: {
      "s2.2": { text: "มาตรา 2.2", reviewed: false },
      "s21.4": { text: "มาตรา 21.4", reviewed: false },
    },
  },
  "iso3166-2.PY": {
    name: { text: "จังหวัดของปารากวัย (ISO 3166-2:PY)", reviewed: false },
    codes: subdivisionNames["iso3166-2.PY"],
  },
  "agencies.PY": {
    name: { text: "หน่วยงานด้านการต่อต้านการค้ามนุษย์ของปารากวัย", reviewed: false },
    codes: {
      "PY-MESA-INTERINSTITUCIONAL": { text: "คณะทำงานระหว่างหน่วยงานเพื่อป้องกันและต่อต้านการค้ามนุษย์", reviewed: false },
      "PY-MRE": { text: "กระทรวงการต่างประเทศ", reviewed: false },
      "PY-MIGRACIONES": { text: "หน่วยงานตรวจคนเข้าเมือง", reviewed: false },
      "PY-CONTRAFOR": { text: "CONTRAFOR (คณะกรรมการไตรภาคีด้านแรงงานบังคับ)", reviewed: false },
      "PY-POLICIA-NACIONAL": { text: "ตำรวจแห่งชาติ", reviewed: false },
    },
  },
  "law.PY": {
    name: { text: "กฎหมายต่อต้านการค้ามนุษย์ของปารากวัย", reviewed: false },
    codes: {
      "PY-LEY-4788-2012": { text: "กฎหมายเลขที่ 4788/2012 ว่าด้วยการต่อต้านการค้ามนุษย์อย่างครบวงจร", reviewed: false },
      "PY-CODIGO-PENAL": { text: "ประมวลกฎหมายอาญาปารากวัย", reviewed: false },
    },
  },
  "law.PY-LEY-4788-2012.sections": {
    name: { text: "มาตราของ PY-LEY-4788-2012", reviewed: false },
    codes: {
      art1: { text: "มาตรา 1", reviewed: false },
      art5: { text: "มาตรา 5", reviewed: false },
      art6: { text: "มาตรา 6", reviewed: false },
      art7: { text: "มาตรา 7", reviewed: false },
      art48: { text: "มาตรา 48", reviewed: false },
    },
  },
  "law.PY-CODIGO-PENAL.sections": {
    name: { text: "มาตราของ PY-CODIGO-PENAL", reviewed: false },
    codes: {
      art129: { text: "มาตรา 129", reviewed: false },
    },
  },
  "iso3166-2.AR": {
    name: { text: "จังหวัดของอาร์เจนตินา (ISO 3166-2:AR)", reviewed: false },
    codes: subdivisionNames["iso3166-2.AR"],
  },
  "agencies.AR": {
    name: { text: "หน่วยงานด้านการต่อต้านการค้ามนุษย์ของอาร์เจนตินา", reviewed: false },
    codes: {
      "AR-PROTEX": { text: "สำนักงานอัยการด้านการค้ามนุษย์และการแสวงประโยชน์ (PROTEX)", reviewed: false },
      "AR-MPF": { text: "สำนักงานอัยการสูงสุด", reviewed: false },
      "AR-COMITE-EJECUTIVO": { text: "คณะกรรมการบริหารเพื่อต่อสู้กับการค้ามนุษย์", reviewed: false },
      "AR-CONSEJO-FEDERAL": { text: "สภาแห่งสหพันธ์เพื่อต่อสู้กับการค้ามนุษย์", reviewed: false },
      "AR-PROGRAMA-RESCATE": { text: "โครงการแห่งชาติเพื่อการช่วยเหลือและดูแลผู้เสียหายจากการค้ามนุษย์", reviewed: false },
      "AR-JGM": { text: "สำนักหัวหน้าคณะรัฐมนตรี", reviewed: false },
      "AR-MIN-SEGURIDAD": { text: "กระทรวงความมั่นคง", reviewed: false },
      "AR-MIN-JUSTICIA": { text: "กระทรวงยุติธรรมและสิทธิมนุษยชน", reviewed: false },
      "AR-MIN-DESARROLLO-SOCIAL": { text: "กระทรวงการพัฒนาสังคม", reviewed: false },
      "AR-MIN-TRABAJO": { text: "กระทรวงแรงงาน", reviewed: false },
    },
  },
  "law.AR": {
    name: { text: "กฎหมายต่อต้านการค้ามนุษย์ของอาร์เจนตินา", reviewed: false },
    codes: {
      "AR-LEY-26364": { text: "กฎหมายเลขที่ 26.364 ว่าด้วยการป้องกันและลงโทษการค้ามนุษย์และการช่วยเหลือผู้เสียหาย", reviewed: false },
      "AR-LEY-26842": { text: "กฎหมายเลขที่ 26.842 แก้ไขกฎหมายเลขที่ 26.364 และประมวลกฎหมายอาญา", reviewed: false },
      "AR-CODIGO-PENAL": { text: "ประมวลกฎหมายอาญาอาร์เจนตินา", reviewed: false },
    },
  },
  "law.AR-LEY-26364.sections": {
    name: { text: "มาตราของ AR-LEY-26364", reviewed: false },
    codes: {
      art2: { text: "มาตรา 2", reviewed: false },
      art18: { text: "มาตรา 18", reviewed: false },
      art21: { text: "มาตรา 21", reviewed: false },
    },
  },
  "law.AR-LEY-26842.sections": {
    name: { text: "มาตราของ AR-LEY-26842", reviewed: false },
    codes: {
      art25: { text: "มาตรา 25", reviewed: false },
      art26: { text: "มาตรา 26", reviewed: false },
    },
  },
  "law.AR-CODIGO-PENAL.sections": {
    name: { text: "มาตราของ AR-CODIGO-PENAL", reviewed: false },
    codes: {
      art145bis: { text: "มาตรา 145 ทวิ", reviewed: false },
      art145ter: { text: "มาตรา 145 ตรี", reviewed: false },
    },
  },
} as const satisfies Readonly<Record<string, CodeListTexts>>;
