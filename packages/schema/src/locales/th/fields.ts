import type { FieldTexts } from "../../i18n/catalogue";

/** Thai labels and descriptions of every field of the model, keyed by field id. */
export const fields = {
  "Bundle.tipx": {
    label: "รุ่นของ tipx",
    description: 'รุ่นของแบบจำลอง "1.0" หรือ "1.1"',
    reviewed: false,
  },
  "Bundle.id": {
    label: "รหัสชุดข้อมูล",
    description: "UUID ที่ระบุชุดข้อมูลนี้",
    reviewed: false,
  },
  "Bundle.createdAt": {
    label: "สร้างเมื่อ",
    description: "เวลาที่สร้างชุดข้อมูล",
    reviewed: false,
  },
  "Bundle.sender": {
    label: "ผู้ส่ง",
    description: "หน่วยงานที่ส่งชุดข้อมูล",
    reviewed: false,
  },
  "Party.organization": {
    label: "หน่วยงาน",
    description: "รหัสของเอนทิตีหน่วยงาน หากมีในชุดข้อมูล",
    reviewed: false,
  },
  "Party.name": {
    label: "ชื่อ",
    description: "ชื่อหน่วยงาน",
    reviewed: false,
  },
  "Party.country": {
    label: "ประเทศ",
    description: "ประเทศของหน่วยงาน",
    reviewed: false,
  },
  "Bundle.recipients": {
    label: "ผู้รับ",
    description: "หน่วยงานที่เป็นผู้รับชุดข้อมูล",
    reviewed: false,
  },
  "Bundle.purpose": {
    label: "วัตถุประสงค์",
    description: "เหตุผลในการแบ่งปันข้อมูล กฎความยินยอมและความเป็นส่วนตัวขึ้นกับค่านี้",
    reviewed: false,
  },
  "Bundle.profile": {
    label: "โปรไฟล์ประเทศ",
    description: "โปรไฟล์ประเทศที่ใช้กฎ: TH, LR, PY หรือ AR",
    reviewed: false,
  },
  "Bundle.classification": {
    label: "ชั้นความลับ",
    description: "ผู้ที่มีสิทธิ์เห็นชุดข้อมูล",
    reviewed: false,
  },
  "Bundle.entities": {
    label: "เอนทิตี",
    description: "บุคคล หน่วยงาน กรณี และเอนทิตีอื่น",
    reviewed: false,
  },
  "Bundle.signature": {
    label: "ลายมือชื่อ",
    description: "ลายมือชื่อดิจิทัลของผู้ส่ง: JWS แบบแยกเนื้อหา ลงนามบนรูปแบบมาตรฐาน RFC 8785 ของชุดข้อมูลโดยไม่รวมฟิลด์นี้",
    reviewed: false,
  },
  "BundleSignature.protected": {
    label: "ส่วนหัวที่ได้รับการป้องกัน",
    description: 'ส่วนหัวที่ได้รับการป้องกันของ JWS เข้ารหัสแบบ base64url: อัลกอริทึม รหัสกุญแจ ประเภท "tipx+jws" และรุ่นของ tipx',
    reviewed: false,
  },
  "BundleSignature.signature": {
    label: "ค่าลายมือชื่อ",
    description: "ค่าลายมือชื่อของ JWS เข้ารหัสแบบ base64url",
    reviewed: false,
  },
  "Entity.type": {
    label: "ประเภทเอนทิตี",
    description: "ชนิดของเอนทิตี ซึ่งกำหนดว่ามีฟิลด์ใดบ้าง",
    reviewed: false,
  },
  "Entity.id": {
    label: "รหัสเอนทิตี",
    description: "UUID ที่ระบุเอนทิตีนี้ ไม่ซ้ำกันในชุดข้อมูล เอนทิตีอื่นอ้างถึงด้วยรหัสนี้",
    reviewed: false,
  },
  "Entity.identifiers": {
    label: "รหัสอ้างอิงของหน่วยงาน",
    description: "รหัสที่ระบบของหน่วยงานผู้ถือข้อมูลกำหนดให้เอนทิตีนี้ (เลขที่กรณี เลขแฟ้ม)",
    reviewed: false,
  },
  "Identifier.system": {
    label: "ระบบของรหัสอ้างอิง",
    description: "ผู้ออกรหัสอ้างอิง: URI หรือชื่อระบบของหน่วยงานผู้ถือข้อมูล",
    reviewed: false,
  },
  "Identifier.value": {
    label: "ค่ารหัสอ้างอิง",
    description: "รหัสอ้างอิงตามที่ระบบผู้ออกเขียนไว้",
    reviewed: false,
  },
  "Entity.meta": {
    label: "ข้อมูลการบันทึก",
    description: "เวลาและระบบที่สร้างและแก้ไขระเบียน",
    reviewed: false,
  },
  "RecordMeta.createdAt": {
    label: "สร้างเมื่อ",
    description: "เวลาที่สร้างระเบียนนี้",
    reviewed: false,
  },
  "RecordMeta.updatedAt": {
    label: "แก้ไขล่าสุดเมื่อ",
    description: "เวลาที่ระเบียนนี้ถูกแก้ไขล่าสุด",
    reviewed: false,
  },
  "RecordMeta.source": {
    label: "ระบบต้นทาง",
    description: "ระบบที่ระเบียนนี้มาจาก",
    reviewed: false,
  },
  "Entity.extensions": {
    label: "ส่วนขยาย",
    description: 'ข้อมูลนอกแบบจำลอง ภายใต้คีย์ที่มีเนมสเปซ เช่น "org.example/field"',
    reviewed: false,
  },
  "Person.names": {
    label: "ชื่อ",
    description: "ชื่อของบุคคล",
    reviewed: false,
  },
  "PersonNames.salutation": {
    label: "คำนำหน้าชื่อ",
    description: "คำนำหน้าชื่อ เช่น นาย นางสาว",
    reviewed: false,
  },
  "PersonNames.title": {
    label: "ตำแหน่งหรือยศ",
    description: "ยศหรือตำแหน่ง",
    reviewed: false,
  },
  "PersonNames.given": {
    label: "ชื่อ",
    description: "ชื่อตัว",
    reviewed: false,
  },
  "PersonNames.middle": {
    label: "ชื่อกลาง",
    description: "ชื่อกลาง",
    reviewed: false,
  },
  "PersonNames.family": {
    label: "นามสกุล",
    description: "นามสกุล",
    reviewed: false,
  },
  "PersonNames.full": {
    label: "ชื่อเต็ม",
    description: "ชื่อเต็มตามที่เขียน เมื่อแยกส่วนไม่ได้",
    reviewed: false,
  },
  "PersonNames.native": {
    label: "ชื่อในอักษรของเจ้าตัว",
    description: "ชื่อที่เขียนด้วยอักษรของเจ้าตัว",
    reviewed: false,
  },
  "PersonNames.aliases": {
    label: "ชื่ออื่น",
    description: "ชื่ออื่นที่ใช้เรียกบุคคลนี้",
    reviewed: false,
  },
  "Person.gender": {
    label: "เพศ",
    description: "เพศ ตามค่าของ HTCDS 2.0",
    reviewed: false,
  },
  "Person.birthDate": {
    label: "วันเกิด",
    description: "วันเกิด ระบุถึงปี เดือน หรือวัน",
    reviewed: false,
  },
  "Person.ageEstimate": {
    label: "อายุโดยประมาณ",
    description: "อายุที่ระบุหรือประเมิน ณ วันที่หนึ่ง เมื่อไม่ทราบวันเกิด",
    reviewed: false,
  },
  "AgeEstimate.years": {
    label: "อายุ (ปี)",
    description: "อายุเป็นปีเต็ม",
    reviewed: false,
  },
  "AgeEstimate.asOf": {
    label: "อายุ ณ วันที่",
    description: "วันที่ระบุหรือประเมินอายุ",
    reviewed: false,
  },
  "Person.majorityStatus": {
    label: "ผู้เยาว์หรือผู้ใหญ่",
    description: "บุคคลเป็นผู้เยาว์ (อายุต่ำกว่า 18 ปี) หรือผู้ใหญ่ ตามที่บันทึกไว้",
    reviewed: false,
  },
  "Person.deceased": {
    label: "เสียชีวิตแล้ว",
    description: "บุคคลนี้เสียชีวิตแล้วหรือไม่",
    reviewed: false,
  },
  "Person.citizenships": {
    label: "สัญชาติ",
    description: "ประเทศที่ถือสัญชาติ รหัส ISO 3166-1 alpha-2 หรือ ZZ (ไม่ทราบ) หรือ XXA (ไร้สัญชาติ) มีได้หลายค่า",
    reviewed: false,
  },
  "Person.countryOfOrigin": {
    label: "ประเทศต้นทาง",
    description: "ประเทศที่บุคคลเดินทางมาจาก ซึ่งอาจไม่ใช่ประเทศที่ถือสัญชาติ",
    reviewed: false,
  },
  "Person.residence": {
    label: "สถานะการพำนัก",
    description: "สถานะทางการเข้าเมืองหรือการพำนัก แยกตามประเทศ",
    reviewed: false,
  },
  "Residence.country": {
    label: "ประเทศ",
    description: "ประเทศที่สถานะนี้ใช้",
    reviewed: false,
  },
  "Residence.status": {
    label: "สถานะการพำนัก",
    description: "พลเมือง ผู้มีถิ่นที่อยู่ แรงงานข้ามชาติที่ขึ้นทะเบียน ผู้ลี้ภัย อยู่โดยไม่ได้รับอนุญาต ฯลฯ",
    reviewed: false,
  },
  "Residence.asOf": {
    label: "ณ วันที่",
    description: "วันที่ทราบว่าบุคคลมีสถานะนี้",
    reviewed: false,
  },
  "Residence.validUntil": {
    label: "ใช้ได้ถึง",
    description: "วันที่สถานะชั่วคราวสิ้นสุด",
    reviewed: false,
  },
  "Person.languages": {
    label: "ภาษา",
    description: "ภาษาที่พูด รหัส ISO 639-3 (ยอมรับรหัส ISO 639-1) ภาษาหลักก่อน",
    reviewed: false,
  },
  "Person.maritalStatus": {
    label: "สถานภาพสมรส",
    description: "สถานภาพสมรส ตามค่าของ HTCDS 2.0",
    reviewed: false,
  },
  "Person.numberOfChildren": {
    label: "จำนวนบุตร",
    description: "จำนวนบุตรของบุคคล",
    reviewed: false,
  },
  "Person.education": {
    label: "ระดับการศึกษาสูงสุด",
    description: "ระดับการศึกษาสูงสุดที่จบ (ISCED 2011)",
    reviewed: false,
  },
  "Person.identityDocuments": {
    label: "เอกสารแสดงตน",
    description: "บัตรประจำตัวประชาชน หนังสือเดินทาง และเอกสารอื่น",
    reviewed: false,
  },
  "IdentityDocument.kind": {
    label: "ประเภทเอกสาร",
    description: "ประเภทเอกสาร เช่น TH-PIN หรือหนังสือเดินทาง",
    reviewed: false,
  },
  "IdentityDocument.number": {
    label: "เลขที่เอกสาร",
    description: "เลขที่เอกสารตามที่พิมพ์ไว้",
    reviewed: false,
  },
  "IdentityDocument.issuingCountry": {
    label: "ประเทศที่ออกเอกสาร",
    description: "ประเทศที่ออกเอกสาร",
    reviewed: false,
  },
  "IdentityDocument.pseudonymous": {
    label: "เลขนามแฝง",
    description:
      "ตั้งค่าเมื่อ `number` เป็นนามแฝงที่สร้างด้วยกุญแจ (จาก @tipx/privacy) ไม่ใช่เลขที่พิมพ์บนเอกสาร โปรไฟล์ประเทศจะไม่ตรวจเลขนี้",
    reviewed: false,
  },
  "IdentityDocument.expiresOn": {
    label: "วันหมดอายุ",
    description: "วันหมดอายุของเอกสาร",
    reviewed: false,
  },
  "Person.phones": {
    label: "โทรศัพท์",
    description: "หมายเลขโทรศัพท์ในรูปแบบ E.164",
    reviewed: false,
  },
  "Phone.number": {
    label: "หมายเลขโทรศัพท์",
    description: "หมายเลขในรูปแบบ E.164 (+รหัสประเทศ และหมายเลขในประเทศ)",
    reviewed: false,
  },
  "Phone.kind": {
    label: "ประเภทหมายเลข",
    description: "มือถือ บ้าน ที่ทำงาน หรืออื่น ๆ",
    reviewed: false,
  },
  "Person.email": {
    label: "อีเมล",
    description: "ที่อยู่อีเมล",
    reviewed: false,
  },
  "Person.position": {
    label: "ตำแหน่ง",
    description: "ตำแหน่งของบุคคลในหน่วยงาน เช่น ตำแหน่งของเจ้าหน้าที่ผู้ดูแลกรณีหรือของเจ้าพนักงาน",
    reviewed: false,
  },
  "Position.title": {
    label: "ตำแหน่ง",
    description: 'ชื่อตำแหน่ง เช่น "พนักงานตรวจแรงงาน"',
    reviewed: false,
  },
  "Position.organization": {
    label: "หน่วยงาน",
    description: "รหัสหน่วยงานที่ตำแหน่งนี้สังกัด",
    reviewed: false,
  },
  "Person.address": {
    label: "ที่อยู่",
    description: "ที่อยู่สำหรับติดต่อหรือที่พักอาศัย",
    reviewed: false,
  },
  "Place.country": {
    label: "ประเทศ",
    description: "ประเทศ เป็นรหัส ISO 3166-1 alpha-2",
    reviewed: false,
  },
  "Place.subdivision": {
    label: "เขตการปกครอง",
    description: "จังหวัดหรือเขตการปกครองระดับแรก เป็นรหัส ISO 3166-2",
    reviewed: false,
  },
  "Place.locality": {
    label: "ท้องที่",
    description: "เมือง อำเภอ หรือหมู่บ้าน",
    reviewed: false,
  },
  "Place.lines": {
    label: "ที่อยู่",
    description: "บรรทัดที่อยู่ เช่น บ้านเลขที่และถนน",
    reviewed: false,
  },
  "Place.postalCode": {
    label: "รหัสไปรษณีย์",
    description: "รหัสไปรษณีย์",
    reviewed: false,
  },
  "Place.latitude": {
    label: "ละติจูด",
    description: "ละติจูดเป็นองศาทศนิยม (WGS 84)",
    reviewed: false,
  },
  "Place.longitude": {
    label: "ลองจิจูด",
    description: "ลองจิจูดเป็นองศาทศนิยม (WGS 84)",
    reviewed: false,
  },
  "Organization.name": {
    label: "ชื่อหน่วยงาน",
    description: "ชื่อของหน่วยงาน",
    reviewed: false,
  },
  "Organization.organizationType": {
    label: "ประเภทหน่วยงาน",
    description: "ประเภทของหน่วยงาน ตามค่าของ HTCDS 2.0",
    reviewed: false,
  },
  "Organization.country": {
    label: "ประเทศ",
    description: "ประเทศที่หน่วยงานดำเนินงานหรือจดทะเบียน",
    reviewed: false,
  },
  "Organization.agency": {
    label: "รหัสหน่วยงานรัฐ",
    description: "รหัสหน่วยงานหลักจากโปรไฟล์ประเทศ เช่น TH-DOPA หรือ AR-PROTEX",
    reviewed: false,
  },
  "Organization.address": {
    label: "ที่อยู่",
    description: "ที่อยู่ของหน่วยงาน ที่อยู่ของสถานคุ้มครองอาจต้องปกปิด",
    reviewed: false,
  },
  "Organization.phone": {
    label: "โทรศัพท์",
    description: "หมายเลขโทรศัพท์ของหน่วยงาน รูปแบบ E.164",
    reviewed: false,
  },
  "Organization.email": {
    label: "อีเมล",
    description: "อีเมลของหน่วยงาน",
    reviewed: false,
  },
  "Case.status": {
    label: "สถานะกรณี",
    description: "ดำเนินการ ติดตาม ปิด หรือปิดโดยส่งต่อ",
    reviewed: false,
  },
  "Case.closureReason": {
    label: "เหตุผลในการปิดกรณี",
    description: "เหตุผลที่ปิดกรณี",
    reviewed: false,
  },
  "Case.owner": {
    label: "หน่วยงานเจ้าของกรณี",
    description: "รหัสหน่วยงานที่รับผิดชอบกรณี",
    reviewed: false,
  },
  "Case.caseWorker": {
    label: "เจ้าหน้าที่ผู้ดูแลกรณี",
    description: "เจ้าหน้าที่ผู้บันทึกหรือดูแลกรณี พร้อมหน่วยงานของเจ้าหน้าที่",
    reviewed: false,
  },
  "CaseWorker.person": {
    label: "เจ้าหน้าที่ผู้ดูแลกรณี",
    description: "รหัสเอนทิตีบุคคลของเจ้าหน้าที่ผู้ดูแลกรณี หากมีในชุดข้อมูล",
    reviewed: false,
  },
  "CaseWorker.staffId": {
    label: "รหัสเจ้าหน้าที่",
    description: "รหัสประจำตัวของเจ้าหน้าที่ในหน่วยงานที่สังกัด",
    reviewed: false,
  },
  "CaseWorker.organization": {
    label: "หน่วยงาน",
    description: "รหัสหน่วยงานที่เจ้าหน้าที่สังกัด",
    reviewed: false,
  },
  "Case.jurisdiction": {
    label: "เขตอำนาจ",
    description: "ประเทศและเขตการปกครองที่ดูแลกรณี",
    reviewed: false,
  },
  "Jurisdiction.country": {
    label: "ประเทศ",
    description: "ประเทศที่มีเขตอำนาจ",
    reviewed: false,
  },
  "Jurisdiction.subdivision": {
    label: "เขตการปกครอง",
    description: "เขตการปกครองตาม ISO 3166-2 ที่มีเขตอำนาจ",
    reviewed: false,
  },
  "Case.openedOn": {
    label: "วันที่เปิดกรณี",
    description: "วันที่เปิดกรณี",
    reviewed: false,
  },
  "Case.closedOn": {
    label: "วันที่ปิดกรณี",
    description: "วันที่ปิดกรณี",
    reviewed: false,
  },
  "Case.parties": {
    label: "บุคคลที่เกี่ยวข้อง",
    description: "บุคคลที่เกี่ยวข้องกับกรณีและบทบาทของแต่ละคน",
    reviewed: false,
  },
  "CaseParty.person": {
    label: "บุคคล",
    description: "รหัสของเอนทิตีบุคคล",
    reviewed: false,
  },
  "CaseParty.roles": {
    label: "บทบาท",
    description: "บทบาทของบุคคลในกรณี (ผู้เสียหาย ผู้ต้องสงสัย พยาน ฯลฯ)",
    reviewed: false,
  },
  "CaseParty.victim": {
    label: "ข้อมูลผู้เสียหาย",
    description: "ข้อมูลที่บันทึกในกรณีเกี่ยวกับบุคคลในฐานะผู้เสียหาย",
    reviewed: false,
  },
  "VictimContext.traffickingStatus": {
    label: "สถานะการเป็นผู้เสียหาย",
    description: "บุคคลอาจเป็น เป็น หรือไม่เป็นผู้เสียหายจากการค้ามนุษย์",
    reviewed: false,
  },
  "VictimContext.statusDecidedBy": {
    label: "ผู้วินิจฉัยสถานะ",
    description: "ประเภทหน่วยงานที่วินิจฉัยสถานะ",
    reviewed: false,
  },
  "VictimContext.identification": {
    label: "การคัดแยกผู้เสียหาย",
    description: "การคัดแยกผู้เสียหาย: วันที่ หน่วยงาน วิธีการ ผลการคัดแยก และระยะเวลาคุ้มครอง",
    reviewed: false,
  },
  "Identification.date": {
    label: "วันที่คัดแยก",
    description: "วันที่มีผลการคัดแยก",
    reviewed: false,
  },
  "Identification.organization": {
    label: "หน่วยงานที่คัดแยก",
    description: "รหัสหน่วยงานที่คัดแยกบุคคลนี้",
    reviewed: false,
  },
  "Identification.procedure": {
    label: "วิธีการคัดแยก",
    description: "วิธีการคัดแยก เช่น การสัมภาษณ์โดยทีมสหวิชาชีพ",
    reviewed: false,
  },
  "Identification.decision": {
    label: "ผลการคัดแยก",
    description: "เป็นผู้เสียหาย ไม่เป็นผู้เสียหาย หรืออยู่ระหว่างการคัดแยก",
    reviewed: false,
  },
  "Identification.protectionPeriod": {
    label: "ระยะเวลาคุ้มครอง",
    description: "ระยะเวลาฟื้นฟูและคุ้มครอง: ช่วงที่บุคคลได้รับเวลาและที่พักอาศัยก่อนมีผลการคัดแยก",
    reviewed: false,
  },
  "Identification.protectionPeriod.start": {
    label: "วันเริ่มต้น",
    description: "วันแรกของระยะเวลาคุ้มครอง",
    reviewed: false,
  },
  "Identification.protectionPeriod.end": {
    label: "วันสิ้นสุด",
    description: "วันสุดท้ายของระยะเวลาคุ้มครอง",
    reviewed: false,
  },
  "VictimContext.relationshipToTrafficker": {
    label: "ความสัมพันธ์กับผู้ค้ามนุษย์",
    description: "ผู้เสียหายรู้จักผู้ค้ามนุษย์อย่างไร (ข้อมูลสรุป ส่วนฟิลด์ “ผู้กระทำผิด” มีหนึ่งรายการต่อผู้ต้องสงสัยหนึ่งคน)",
    reviewed: false,
  },
  "VictimContext.perpetrators": {
    label: "ผู้กระทำผิด",
    description: "ผู้ต้องสงสัยในกรณีที่กระทำการค้ามนุษย์ต่อผู้เสียหายรายนี้ แต่ละคนพร้อมความสัมพันธ์และบทบาท",
    reviewed: false,
  },
  "PerpetratorLink.person": {
    label: "ผู้กระทำผิด",
    description: "รหัสบุคคลที่เป็นผู้ต้องสงสัยในกรณี",
    reviewed: false,
  },
  "PerpetratorLink.relationship": {
    label: "ความสัมพันธ์",
    description: "ผู้เสียหายรู้จักผู้ต้องสงสัยรายนี้อย่างไร",
    reviewed: false,
  },
  "PerpetratorLink.roles": {
    label: "บทบาทต่อผู้เสียหาย",
    description: "สิ่งที่ผู้ต้องสงสัยรายนี้ทำต่อผู้เสียหาย: จัดหา เป็นนายหน้า ขนส่ง แสวงประโยชน์ หรือควบคุม",
    reviewed: false,
  },
  "PerpetratorLink.moneyExchanged": {
    label: "มีการแลกเปลี่ยนเงิน",
    description: "ผู้ต้องสงสัยรายนี้กับผู้อื่นมีการจ่ายหรือรับเงินกันเพราะผู้เสียหายหรือไม่",
    reviewed: false,
  },
  "VictimContext.ageWhenTrafficked": {
    label: "อายุเมื่อถูกค้ามนุษย์",
    description: "อายุเป็นปีเมื่อเริ่มถูกค้ามนุษย์",
    reviewed: false,
  },
  "VictimContext.recruitmentMethods": {
    label: "วิธีการจัดหา",
    description: "วิธีที่ผู้เสียหายถูกจัดหา",
    reviewed: false,
  },
  "VictimContext.recruitmentPlace": {
    label: "สถานที่จัดหา",
    description: "สถานที่ที่ผู้เสียหายถูกจัดหา",
    reviewed: false,
  },
  "VictimContext.recruitmentWebsitesAndApps": {
    label: "เว็บไซต์และแอปที่ใช้จัดหา",
    description: "เว็บไซต์และแอปพลิเคชันที่ใช้จัดหาผู้เสียหาย",
    reviewed: false,
  },
  "VictimContext.methodsOfControl": {
    label: "วิธีการควบคุม",
    description: "วิธีที่ผู้ค้ามนุษย์ใช้ควบคุมผู้เสียหาย",
    reviewed: false,
  },
  "VictimContext.exploitationTypes": {
    label: "รูปแบบการแสวงประโยชน์",
    description: "รูปแบบการแสวงประโยชน์ ตามค่าของ HTCDS 2.0 และ ForcedCriminality (tipx)",
    reviewed: false,
  },
  "VictimContext.forcedCriminalityTypes": {
    label: "รูปแบบการบังคับให้กระทำความผิดทางอาญา",
    description: "ความผิดทางอาญาที่ผู้เสียหายถูกบังคับให้กระทำ",
    reviewed: false,
  },
  "VictimContext.forcedLabourIndustries": {
    label: "อุตสาหกรรมที่มีแรงงานบังคับ",
    description: "อุตสาหกรรมของแรงงานบังคับ ตามหมวด ISIC Rev.4 หรือหมวดย่อยของ HTCDS",
    reviewed: false,
  },
  "VictimContext.sexExploitationTypes": {
    label: "รูปแบบการแสวงประโยชน์ทางเพศ",
    description: "รูปแบบการแสวงประโยชน์ทางเพศ",
    reviewed: false,
  },
  "VictimContext.exploitationPlace": {
    label: "สถานที่แสวงประโยชน์",
    description: "สถานที่ที่ผู้เสียหายถูกแสวงประโยชน์",
    reviewed: false,
  },
  "VictimContext.exploitationWebsitesAndApps": {
    label: "เว็บไซต์และแอปที่ใช้แสวงประโยชน์",
    description: "เว็บไซต์และแอปพลิเคชันที่ใช้ในการแสวงประโยชน์",
    reviewed: false,
  },
  "VictimContext.vulnerabilities": {
    label: "ความเปราะบาง",
    description: "ความเปราะบาง (เลิกใช้ใน HTCDS 2.0 ให้ใช้ Assessment)",
    reviewed: false,
  },
  "VictimContext.vulnerabilityDetails": {
    label: "รายละเอียดความเปราะบาง",
    description: "คำบรรยายความเปราะบาง (เลิกใช้ใน HTCDS 2.0)",
    reviewed: false,
  },
  "VictimContext.agreementToManagePersonalData": {
    label: "ความยินยอมให้จัดการข้อมูลส่วนบุคคล",
    description: "เลิกใช้ใน HTCDS 2.0 ให้บันทึกเอนทิตี Consent",
    reviewed: false,
  },
  "CaseParty.perpetrator": {
    label: "ข้อมูลผู้กระทำผิด",
    description: "ข้อมูลที่บันทึกในกรณีเกี่ยวกับบุคคลในฐานะผู้ต้องสงสัย",
    reviewed: false,
  },
  "PerpetratorContext.rolesInProcess": {
    label: "บทบาทในกระบวนการค้ามนุษย์",
    description: "สิ่งที่ผู้ต้องสงสัยทำในกระบวนการค้ามนุษย์",
    reviewed: false,
  },
  "PerpetratorContext.roleDetails": {
    label: "รายละเอียดบทบาท",
    description: "คำบรรยายบทบาทของผู้ต้องสงสัย",
    reviewed: false,
  },
  "PerpetratorContext.organization": {
    label: "องค์กรอาชญากรรม",
    description: "กลุ่มหรือเครือข่ายที่ผู้ต้องสงสัยสังกัด",
    reviewed: false,
  },
  "Case.events": {
    label: "เหตุการณ์การค้ามนุษย์",
    description: "เหตุการณ์การจัดหา การเคลื่อนย้าย และการแสวงประโยชน์",
    reviewed: false,
  },
  "TraffickingEvent.eventType": {
    label: "ประเภทเหตุการณ์",
    description: "การจัดหา การเคลื่อนย้าย หรือการแสวงประโยชน์",
    reviewed: false,
  },
  "TraffickingEvent.date": {
    label: "วันที่",
    description: "วันที่เกิดหรือเริ่มเหตุการณ์",
    reviewed: false,
  },
  "TraffickingEvent.place": {
    label: "สถานที่",
    description: "สถานที่เกิดเหตุการณ์",
    reviewed: false,
  },
  "TraffickingEvent.endDate": {
    label: "วันที่สิ้นสุด",
    description: "วันที่เหตุการณ์สิ้นสุด เช่น วันที่การแสวงประโยชน์สิ้นสุด หรือวันที่ถึงปลายทางของช่วงการเดินทาง",
    reviewed: false,
  },
  "TraffickingEvent.from": {
    label: "ต้นทาง",
    description: "สถานที่เริ่มต้นของช่วงการเดินทาง",
    reviewed: false,
  },
  "TraffickingEvent.to": {
    label: "ปลายทาง",
    description: "สถานที่สิ้นสุดของช่วงการเดินทาง",
    reviewed: false,
  },
  "TraffickingEvent.transportMode": {
    label: "พาหนะที่ใช้เดินทาง",
    description: "ผู้คนเดินทางด้วยวิธีใด",
    reviewed: false,
  },
  "TraffickingEvent.borderCrossing": {
    label: "การข้ามแดน",
    description: "ช่วงการเดินทางนี้ข้ามแดนอย่างไร หากมีการข้ามแดน",
    reviewed: false,
  },
  "BorderCrossing.kind": {
    label: "ลักษณะการข้ามแดน",
    description: "ข้ามที่จุดผ่านแดน หรือข้ามแดนนอกจุดผ่านแดน",
    reviewed: false,
  },
  "BorderCrossing.point": {
    label: "จุดข้ามแดน",
    description: "ชื่อจุดผ่านแดน หรือสถานที่ที่ข้ามแดน",
    reviewed: false,
  },
  "TraffickingEvent.participants": {
    label: "บุคคลในการเดินทาง",
    description: "บุคคลที่อยู่ในช่วงการเดินทางนี้ แต่ละคนพร้อมบทบาท",
    reviewed: false,
  },
  "LegParticipant.person": {
    label: "บุคคล",
    description: "รหัสของเอนทิตีบุคคล",
    reviewed: false,
  },
  "LegParticipant.role": {
    label: "บทบาทในการเดินทาง",
    description: "สิ่งที่บุคคลทำในช่วงการเดินทางนี้: ถูกพาไป ขนส่ง คุมไป จัดหา หรือรับตัว",
    reviewed: false,
  },
  "TraffickingEvent.persons": {
    label: "บุคคล",
    description: "รหัสบุคคลที่เกี่ยวข้องกับเหตุการณ์ หากไม่ระบุหมายถึงผู้เสียหายทุกคนในกรณี",
    reviewed: false,
  },
  "TraffickingEvent.description": {
    label: "รายละเอียด",
    description: "คำบรรยายเหตุการณ์",
    reviewed: false,
  },
  "Case.relatedCases": {
    label: "กรณีที่เชื่อมโยงกัน",
    description: "รหัสกรณีที่เชื่อมโยงกัน เช่น กรณีอื่นที่ผู้เสียหายในกรณีนี้เป็นผู้ต้องสงสัย",
    reviewed: false,
  },
  "Case.comments": {
    label: "ความเห็น",
    description: "ความเห็นของเจ้าหน้าที่ผู้ดูแลกรณี",
    reviewed: false,
  },
  "CaseComment.text": {
    label: "ความเห็น",
    description: "ข้อความความเห็น",
    reviewed: false,
  },
  "CaseComment.createdAt": {
    label: "เขียนเมื่อ",
    description: "เวลาที่เขียนความเห็น",
    reviewed: false,
  },
  "CaseComment.author": {
    label: "ผู้เขียน",
    description: "รหัสหน่วยงานของผู้เขียน",
    reviewed: false,
  },
  "Case.supportPlans": {
    label: "แผนการช่วยเหลือ",
    description: "แผนการช่วยเหลือผู้เสียหาย",
    reviewed: false,
  },
  "SupportPlan.planType": {
    label: "ประเภทแผน",
    description: "ประเภทความช่วยเหลือ",
    reviewed: false,
  },
  "SupportPlan.person": {
    label: "บุคคล",
    description: "รหัสบุคคลที่ได้รับการช่วยเหลือตามแผน",
    reviewed: false,
  },
  "SupportPlan.objectives": {
    label: "วัตถุประสงค์",
    description: "เป้าหมายของแผน",
    reviewed: false,
  },
  "SupportPlan.actionPlan": {
    label: "แผนปฏิบัติ",
    description: "การดำเนินการตามแผน",
    reviewed: false,
  },
  "SupportPlan.plannedEndOn": {
    label: "วันสิ้นสุดตามแผน",
    description: "วันที่แผนควรสิ้นสุด",
    reviewed: false,
  },
  "SupportPlan.actualEndOn": {
    label: "วันสิ้นสุดจริง",
    description: "วันที่แผนสิ้นสุดจริง",
    reviewed: false,
  },
  "Operation.kind": {
    label: "ประเภทปฏิบัติการ",
    description: "การบุกค้น การตรวจ การสกัดกั้น การช่วยเหลือ ฯลฯ",
    reviewed: false,
  },
  "Operation.date": {
    label: "วันที่",
    description: "วันที่ดำเนินปฏิบัติการ",
    reviewed: false,
  },
  "Operation.leadAgency": {
    label: "หน่วยงานหลัก",
    description: "รหัสของหน่วยงานที่นำปฏิบัติการ",
    reviewed: false,
  },
  "Operation.otherAgencies": {
    label: "หน่วยงานร่วม",
    description: "รหัสของหน่วยงานอื่นที่ร่วมปฏิบัติการ",
    reviewed: false,
  },
  "Operation.place": {
    label: "สถานที่",
    description: "สถานที่ดำเนินปฏิบัติการ",
    reviewed: false,
  },
  "Operation.rescued": {
    label: "ผู้ได้รับการช่วยเหลือ",
    description: "บุคคลที่ได้รับการช่วยเหลือหรือสกัดกั้นในปฏิบัติการ",
    reviewed: false,
  },
  "OperationHeadcount.persons": {
    label: "บุคคล",
    description: "รหัสของเอนทิตีบุคคลที่เกี่ยวข้อง",
    reviewed: false,
  },
  "OperationHeadcount.count": {
    label: "จำนวน",
    description: "จำนวนคน ทั้งที่ระบุชื่อและไม่ระบุ",
    reviewed: false,
  },
  "Operation.arrested": {
    label: "ผู้ถูกจับกุม",
    description: "บุคคลที่ถูกจับกุมในปฏิบัติการ",
    reviewed: false,
  },
  "Operation.cases": {
    label: "กรณี",
    description: "รหัสของกรณีที่เกิดจากหรือเกี่ยวข้องกับปฏิบัติการ",
    reviewed: false,
  },
  "Operation.description": {
    label: "รายละเอียด",
    description: "คำบรรยายปฏิบัติการ ไม่ควรใส่ข้อมูลส่วนบุคคล",
    reviewed: false,
  },
  "Referral.from": {
    label: "หน่วยงานผู้ส่งต่อ",
    description: "รหัสหน่วยงานที่ส่งต่อ",
    reviewed: false,
  },
  "Referral.to": {
    label: "หน่วยงานผู้รับ",
    description: "รหัสหน่วยงานที่รับการส่งต่อ",
    reviewed: false,
  },
  "Referral.person": {
    label: "บุคคลที่ถูกส่งต่อ",
    description: "รหัสบุคคลที่ถูกส่งต่อ",
    reviewed: false,
  },
  "Referral.case": {
    label: "กรณี",
    description: "รหัสกรณีที่การส่งต่อนี้เกี่ยวข้อง",
    reviewed: false,
  },
  "Referral.status": {
    label: "สถานะการส่งต่อ",
    description: "เสนอ รับ ปฏิเสธ เสร็จสิ้น หรือถอน",
    reviewed: false,
  },
  "Referral.proposedOn": {
    label: "วันที่ส่งต่อ",
    description: "วันที่ส่งต่อ",
    reviewed: false,
  },
  "Referral.respondedOn": {
    label: "วันที่ตอบรับ",
    description: "วันที่หน่วยงานผู้รับตอบรับหรือปฏิเสธ",
    reviewed: false,
  },
  "Referral.closedOn": {
    label: "วันที่สิ้นสุด",
    description: "วันที่การส่งต่อเสร็จสิ้นหรือถูกถอน",
    reviewed: false,
  },
  "Referral.reasons": {
    label: "เหตุผล",
    description: "เหตุผลในการส่งต่อ ตามค่าของ HTCDS 2.0",
    reviewed: false,
  },
  "Referral.details": {
    label: "รายละเอียดการส่งต่อ",
    description: "รายละเอียดของการส่งต่อ",
    reviewed: false,
  },
  "Referral.services": {
    label: "บริการที่ขอ",
    description: "บริการที่ขอในการส่งต่อ",
    reviewed: false,
  },
  "Referral.caseWorkers": {
    label: "เจ้าหน้าที่ผู้ดูแลกรณี",
    description: "ชื่อหรือรหัสเจ้าหน้าที่ผู้ดูแลกรณีของแต่ละฝ่าย",
    reviewed: false,
  },
  "Referral.caseWorkers.referring": {
    label: "เจ้าหน้าที่ผู้ส่งต่อ",
    description: "ชื่อหรือรหัสเจ้าหน้าที่ผู้ส่งต่อ",
    reviewed: false,
  },
  "Referral.caseWorkers.receiving": {
    label: "เจ้าหน้าที่ผู้รับ",
    description: "ชื่อหรือรหัสเจ้าหน้าที่ผู้รับ",
    reviewed: false,
  },
  "Referral.consent": {
    label: "ความยินยอม",
    description: "รหัสความยินยอมที่การส่งต่อนี้อาศัย",
    reviewed: false,
  },
  "Consent.person": {
    label: "บุคคล",
    description: "รหัสบุคคลผู้ให้ความยินยอม",
    reviewed: false,
  },
  "Consent.kind": {
    label: "ความยินยอมในเรื่อง",
    description: "ความยินยอมให้ใช้และแบ่งปันข้อมูล (ค่าเริ่มต้น) หรือความยินยอมให้สัมภาษณ์",
    reviewed: false,
  },
  "Consent.decision": {
    label: "การตัดสินใจ",
    description: "ให้ความยินยอม (ค่าเริ่มต้น) หรือปฏิเสธ",
    reviewed: false,
  },
  "Consent.purposes": {
    label: "วัตถุประสงค์",
    description: "วัตถุประสงค์ที่อนุญาตให้ใช้ข้อมูล หรือสำหรับการปฏิเสธ คือวัตถุประสงค์ที่ห้ามใช้ข้อมูล (ว่างไว้: ไม่อนุญาตให้ใช้เพื่อวัตถุประสงค์ใดเลย)",
    reviewed: false,
  },
  "Consent.givenOn": {
    label: "วันที่ให้ความยินยอม",
    description: "วันที่ให้หรือปฏิเสธความยินยอม",
    reviewed: false,
  },
  "Consent.expiresOn": {
    label: "วันสิ้นสุดของความยินยอม",
    description: "วันสุดท้ายที่ความยินยอมมีผล การแบ่งปันข้อมูลหลังจากนั้นต้องได้รับความยินยอมใหม่",
    reviewed: false,
  },
  "Consent.recipients": {
    label: "ผู้รับข้อมูล",
    description: "รหัสของหน่วยงานเท่านั้นที่แบ่งปันข้อมูลให้ได้ หากไม่ระบุ หมายถึงผู้รับใดก็ได้ตามวัตถุประสงค์",
    reviewed: false,
  },
  "Consent.countries": {
    label: "ประเทศ",
    description: "ประเทศเท่านั้นที่ส่งข้อมูลไปได้ หากไม่ระบุ หมายถึงประเทศใดก็ได้",
    reviewed: false,
  },
  "Consent.informedOf": {
    label: "เรื่องที่ได้รับแจ้ง",
    description: "สิ่งที่บุคคลได้รับแจ้งก่อนตัดสินใจ (ตามแนวทางเรื่องความยินยอมของ HTCDS)",
    reviewed: false,
  },
  "Consent.withdrawnOn": {
    label: "วันที่ถอนความยินยอม",
    description: "วันที่ถอนความยินยอม",
    reviewed: false,
  },
  "Consent.method": {
    label: "วิธีการได้รับความยินยอม",
    description: "เป็นลายลักษณ์อักษร วาจา ดิจิทัล โดยผู้ปกครอง ฯลฯ",
    reviewed: false,
  },
  "Consent.guardian": {
    label: "ผู้ปกครอง",
    description: "รหัสบุคคลที่ให้ความยินยอมแทนเด็ก",
    reviewed: false,
  },
  "Consent.assent": {
    label: "ความเห็นชอบของเด็ก",
    description: "ความเห็นชอบของเด็กเอง ควบคู่กับความยินยอมที่ผู้ปกครองให้",
    reviewed: false,
  },
  "Assent.decision": {
    label: "ความเห็นชอบของเด็ก",
    description: "เห็นชอบ ไม่เห็นชอบ หรือไม่ได้ถามความเห็น",
    reviewed: false,
  },
  "Assent.on": {
    label: "วันที่ถามเด็ก",
    description: "วันที่ถามความเห็นของเด็ก",
    reviewed: false,
  },
  "Consent.recordedBy": {
    label: "บันทึกโดย",
    description: "รหัสหน่วยงานที่บันทึกความยินยอม",
    reviewed: false,
  },
  "Consent.language": {
    label: "ภาษาที่ใช้ขอความยินยอม",
    description: "ภาษาที่ใช้อธิบายเพื่อขอความยินยอม รหัส ISO 639-3 (ยอมรับรหัส ISO 639-1)",
    reviewed: false,
  },
  "Assessment.instrument": {
    label: "เครื่องมือประเมิน",
    description: "รหัสแบบตรวจสอบ เช่น ilo-forced-labour-2012",
    reviewed: false,
  },
  "Assessment.instrumentVersion": {
    label: "รุ่นของเครื่องมือ",
    description: "รุ่นของแบบตรวจสอบ",
    reviewed: false,
  },
  "Assessment.subject": {
    label: "บุคคลที่ถูกประเมิน",
    description: "รหัสบุคคลที่ถูกประเมิน",
    reviewed: false,
  },
  "Assessment.case": {
    label: "กรณี",
    description: "รหัสกรณีที่การประเมินนี้เกี่ยวข้อง",
    reviewed: false,
  },
  "Assessment.assessedOn": {
    label: "วันที่ประเมิน",
    description: "วันที่ประเมิน",
    reviewed: false,
  },
  "Assessment.assessor": {
    label: "ผู้ประเมิน",
    description: "รหัสหน่วยงานของผู้ประเมิน",
    reviewed: false,
  },
  "Assessment.answers": {
    label: "คำตอบ",
    description: "คำตอบที่ได้",
    reviewed: false,
  },
  "AssessmentAnswer.question": {
    label: "รหัสคำถาม",
    description: "รหัสคำถามในแบบตรวจสอบที่ตอบ",
    reviewed: false,
  },
  "AssessmentAnswer.value": {
    label: "คำตอบ",
    description: "ใช่ ไม่ใช่ ไม่ทราบ ตัวเลข หรือข้อความ",
    reviewed: false,
  },
  "AssessmentAnswer.evidence": {
    label: "หลักฐาน",
    description: "สิ่งที่คำตอบอ้างอิง",
    reviewed: false,
  },
  "Assessment.result": {
    label: "ผลการประเมิน",
    description: "ผลการประเมินที่อธิบายได้",
    reviewed: false,
  },
  "AssessmentResult.classification": {
    label: "ผลการจำแนก",
    description: "ผลของเครื่องมือ เช่น แรงงานบังคับ หรือไม่ทราบ",
    reviewed: false,
  },
  "AssessmentResult.indicators": {
    label: "ตัวชี้วัด",
    description: "ผลของตัวชี้วัดแต่ละตัว",
    reviewed: false,
  },
  "IndicatorFinding.indicator": {
    label: "ตัวชี้วัด",
    description: "รหัสตัวชี้วัด",
    reviewed: false,
  },
  "IndicatorFinding.status": {
    label: "สถานะ",
    description: "ตัวชี้วัดปรากฏหรือไม่: ใช่ ไม่ใช่ หรือไม่ทราบ",
    reviewed: false,
  },
  "IndicatorFinding.evidence": {
    label: "หลักฐาน",
    description: "คำตอบหรือข้อเท็จจริงที่ผลนี้อ้างอิง",
    reviewed: false,
  },
  "AssessmentResult.unknowns": {
    label: "สิ่งที่ยังไม่ทราบ",
    description: "คำถามที่หากได้คำตอบอาจเปลี่ยนผล",
    reviewed: false,
  },
  "LegalProceeding.case": {
    label: "กรณี",
    description: "รหัสกรณีที่กระบวนการนี้เกี่ยวข้อง",
    reviewed: false,
  },
  "LegalProceeding.jurisdiction": {
    label: "เขตอำนาจ",
    description: "ประเทศ (และเขตการปกครอง) ที่ศาลพิจารณา",
    reviewed: false,
  },
  "LegalProceeding.court": {
    label: "ศาล",
    description: "ศาลหรือสำนักงานอัยการ",
    reviewed: false,
  },
  "LegalProceeding.docketNumber": {
    label: "หมายเลขคดี",
    description: "หมายเลขคดีของศาล",
    reviewed: false,
  },
  "LegalProceeding.stage": {
    label: "ขั้นตอน",
    description: "ขั้นตอนปัจจุบันของกระบวนการ",
    reviewed: false,
  },
  "LegalProceeding.charges": {
    label: "ข้อหา",
    description: "ข้อหาที่ตั้ง",
    reviewed: false,
  },
  "Charge.instrument": {
    label: "กฎหมาย",
    description: "กฎหมายที่อ้าง ตามรหัสในโปรไฟล์ประเทศ",
    reviewed: false,
  },
  "Charge.section": {
    label: "มาตรา",
    description: "มาตราที่อ้าง",
    reviewed: false,
  },
  "Charge.against": {
    label: "ผู้ถูกกล่าวหา",
    description: "รหัสบุคคลที่ถูกกล่าวหา",
    reviewed: false,
  },
  "LegalProceeding.filedOn": {
    label: "วันที่ยื่นฟ้อง",
    description: "วันที่เริ่มกระบวนการ",
    reviewed: false,
  },
  "LegalProceeding.decidedOn": {
    label: "วันที่มีคำตัดสิน",
    description: "วันที่มีคำตัดสิน",
    reviewed: false,
  },
  "LegalProceeding.outcome": {
    label: "ผลคดี",
    description: "ลงโทษ ยกฟ้อง จำหน่ายคดี ฯลฯ",
    reviewed: false,
  },
  "LegalProceeding.sentence": {
    label: "โทษ",
    description: "โทษที่ศาลกำหนด",
    reviewed: false,
  },
  "Sentence.imprisonmentMonths": {
    label: "จำคุก (เดือน)",
    description: "ระยะเวลาจำคุกเป็นเดือน",
    reviewed: false,
  },
  "Sentence.fine": {
    label: "ค่าปรับ",
    description: "ค่าปรับ พร้อมสกุลเงิน ISO 4217",
    reviewed: false,
  },
  "Sentence.fine.amount": {
    label: "จำนวนเงิน",
    description: "จำนวนเงินค่าปรับ",
    reviewed: false,
  },
  "Sentence.fine.currency": {
    label: "สกุลเงิน",
    description: "รหัสสกุลเงิน ISO 4217 เช่น THB",
    reviewed: false,
  },
  "Sentence.description": {
    label: "รายละเอียด",
    description: "คำพิพากษาตามที่อ่าน",
    reviewed: false,
  },
} as const satisfies Readonly<Record<string, FieldTexts>>;
