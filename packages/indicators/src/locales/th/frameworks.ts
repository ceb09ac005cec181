import type { FrameworkCatalogue } from "../indicator-catalogue";

/**
 * The Thai texts of every framework: titles, group names, item labels and definitions, and rules. The
 * Palermo Protocol's acts and means follow the words of the Anti-Trafficking in Persons Act B.E. 2551,
 * s.4 and s.6 (การจัดหา, การหลอกลวง, การใช้อำนาจโดยมิชอบ, การบังคับใช้แรงงานหรือบริการ...), which Thai
 * officials know; the definitions are our own words, faithful to the English ones. Thai sentences take
 * no final full stop. None is reviewed yet.
 *
 * @example
 * ```ts
 * import { th } from "@tipx/indicators/locales/th";
 * th.frameworks.palermo.items.recruitment.label.text; // "การจัดหา"
 * ```
 */
export const frameworks: FrameworkCatalogue = {
  "ilo-fl-2012": {
    title: {
      text: "ตัวชี้วัดการบังคับใช้แรงงานขององค์การแรงงานระหว่างประเทศ (ค.ศ. 2012)",
      reviewed: false,
    },
    groups: { indicator: { text: "ตัวชี้วัด", reviewed: false } },
    items: {
      "abuse-of-vulnerability": {
        label: { text: "การฉวยประโยชน์จากความเปราะบาง", reviewed: false },
        definition: {
          text: "นายจ้างฉวยประโยชน์จากสถานะที่อ่อนแอของแรงงาน (การอยู่โดยไม่ได้รับอนุญาต ความยากจน การไม่รู้ภาษา การต้องพึ่งพานายจ้าง) เพื่อกำหนดเงื่อนไขต่าง ๆ",
          reviewed: false,
        },
      },
      deception: {
        label: { text: "การหลอกลวง", reviewed: false },
        definition: {
          text: "แรงงานถูกหลอกตอนจัดหาเรื่องงาน ค่าจ้าง สภาพการทำงาน นายจ้าง สถานที่ หรือสถานะทางกฎหมายของตน",
          reviewed: false,
        },
      },
      "restriction-of-movement": {
        label: { text: "การจำกัดเสรีภาพในการเดินทาง", reviewed: false },
        definition: {
          text: "แรงงานถูกขังไว้ ถูกเฝ้า หรือไม่มีอิสระที่จะเข้าออกที่ทำงานหรือที่พักด้วยวิธีอื่น",
          reviewed: false,
        },
      },
      isolation: {
        label: { text: "การแยกให้อยู่โดดเดี่ยว", reviewed: false },
        definition: {
          text: "แรงงานถูกตัดขาดจากผู้อื่น เช่น อยู่ในพื้นที่ห่างไกล ไม่มีโทรศัพท์ ไม่ได้ติดต่อกับครอบครัวหรือชุมชน",
          reviewed: false,
        },
      },
      "physical-and-sexual-violence": {
        label: { text: "ความรุนแรงทางร่างกายและทางเพศ", reviewed: false },
        definition: {
          text: "แรงงานหรือครอบครัวถูกทุบตี ถูกล่วงละเมิดทางเพศ ถูกบังคับให้ใช้ยาเสพติด หรือถูกกระทำรุนแรงในลักษณะเดียวกัน",
          reviewed: false,
        },
      },
      "intimidation-and-threats": {
        label: { text: "การข่มขู่และคุกคาม", reviewed: false },
        definition: {
          text: "แรงงานถูกขู่ว่าจะถูกทำร้าย ถูกแจ้งตำรวจหรือเจ้าหน้าที่ตรวจคนเข้าเมือง ถูกเลิกจ้าง หรือครอบครัวจะได้รับอันตราย",
          reviewed: false,
        },
      },
      "retention-of-identity-documents": {
        label: { text: "การยึดเอกสารประจำตัว", reviewed: false },
        definition: {
          text: "นายจ้างเก็บหนังสือเดินทางหรือบัตรประจำตัวของแรงงานไว้ และแรงงานขอคืนไม่ได้เมื่อต้องการ",
          reviewed: false,
        },
      },
      "withholding-of-wages": {
        label: { text: "การกักค่าจ้าง", reviewed: false },
        definition: {
          text: "ค่าจ้างถูกกักไว้หรือเลื่อนการจ่ายออกไป เพื่อให้แรงงานออกจากงานไม่ได้โดยไม่สูญเสียค่าจ้างนั้น",
          reviewed: false,
        },
      },
      "debt-bondage": {
        label: { text: "การใช้หนี้เป็นเครื่องผูกมัด (แรงงานขัดหนี้)", reviewed: false },
        definition: {
          text: "แรงงานถูกผูกมัดด้วยหนี้ เช่น เงินเบิกล่วงหน้าหรือค่าธรรมเนียมการจัดหางาน (ค่าหัวคิว) ซึ่งถูกบิดเบือนหรือใช้คืนไม่มีวันหมด",
          reviewed: false,
        },
      },
      "abusive-working-and-living-conditions": {
        label: { text: "สภาพการทำงานและความเป็นอยู่ที่กดขี่", reviewed: false },
        definition: {
          text: "งานหรือที่พักที่ย่ำยีศักดิ์ศรี อันตราย หรือไม่ถูกสุขลักษณะ ซึ่งแรงงานที่มีอิสระจะไม่ยอมรับ",
          reviewed: false,
        },
      },
      "excessive-overtime": {
        label: { text: "การทำงานล่วงเวลามากเกินไป", reviewed: false },
        definition: {
          text: "แรงงานถูกบังคับให้ทำงานเกินเวลาที่กฎหมายกำหนดไว้มาก หรือไม่ได้รับวันหยุดพัก",
          reviewed: false,
        },
      },
    },
    rules: {
      clues: {
        text: "ตัวชี้วัดเป็นเพียงเบาะแส ไม่ใช่การพิสูจน์ทางกฎหมาย ตัวชี้วัดเพียงข้อเดียวอาจเพียงพอที่จะชี้ถึงการบังคับใช้แรงงาน ส่วนในกรณีอื่นต้องพบหลายข้อประกอบกัน การคัดกรองที่พบตัวชี้วัดข้อใดข้อหนึ่งจะระบุว่าพบข้อบ่งชี้ของการบังคับใช้แรงงาน ส่วนบุคคลใดตกอยู่ในการบังคับใช้แรงงานหรือไม่ ต้องให้เจ้าหน้าที่ผู้มีอำนาจตามกฎหมายเป็นผู้ตัดสิน",
        reviewed: false,
      },
    },
  },
  "icls-2018": {
    title: {
      text: "การประชุมนักสถิติแรงงานระหว่างประเทศ ครั้งที่ 20 (ค.ศ. 2018): นิยามทางสถิติของการบังคับใช้แรงงาน",
      reviewed: false,
    },
    groups: {
      involuntariness: { text: "การทำงานโดยไม่สมัครใจ", reviewed: false },
      coercion: { text: "การข่มขู่ว่าจะลงโทษ", reviewed: false },
      dimension: { text: "มิติ", reviewed: false },
      child: { text: "การบังคับใช้แรงงานเด็ก", reviewed: false },
      category: { text: "ประเภทตามการประมาณการระดับโลก", reviewed: false },
    },
    items: {
      "unfree-recruitment": {
        label: { text: "การจัดหาที่ไม่เป็นไปโดยเสรี", reviewed: false },
        definition: {
          text: "แรงงานไม่ได้เข้าทำงานโดยเสรี แต่เกิดมาในสภาพนั้น หรือถูกได้ตัวมาโดยการแลกเปลี่ยน เช่น การเป็นทาสหรือแรงงานขัดหนี้",
          reviewed: false,
        },
      },
      "different-job": {
        label: { text: "งานที่ต่างจากที่ตกลงไว้", reviewed: false },
        definition: {
          text: "แรงงานต้องทำงานคนละประเภทกับที่กำหนดไว้ตอนจัดหา โดยไม่ได้ยินยอมให้เปลี่ยน",
          reviewed: false,
        },
      },
      "abusive-overtime": {
        label: { text: "การทำงานล่วงเวลาหรือการเตรียมพร้อมรอเรียกที่เกินสมควร", reviewed: false },
        definition: {
          text: "นายจ้างเรียกร้องให้ทำงานล่วงเวลาหรือเตรียมพร้อมรอเรียกอย่างเกินสมควร โดยที่แรงงานไม่ได้ตกลงไว้",
          reviewed: false,
        },
      },
      "hazardous-without-consent": {
        label: { text: "งานอันตรายที่ไม่ได้ยินยอม", reviewed: false },
        definition: {
          text: "แรงงานทำงานในสภาพอันตรายที่ตนไม่ได้ยินยอม ไม่ว่าจะได้รับค่าตอบแทนเพิ่มหรืออุปกรณ์ป้องกันหรือไม่ก็ตาม",
          reviewed: false,
        },
      },
      "very-low-or-no-wages": {
        label: { text: "ค่าจ้างต่ำมากหรือไม่ได้รับค่าจ้าง", reviewed: false },
        definition: { text: "แรงงานได้รับค่าจ้างน้อยมากสำหรับงานที่ทำ หรือไม่ได้รับเลย", reviewed: false },
      },
      "degrading-living-conditions": {
        label: { text: "สภาพความเป็นอยู่ที่ย่ำยีศักดิ์ศรี", reviewed: false },
        definition: { text: "นายจ้างบังคับให้แรงงานอยู่อาศัยในสภาพที่ย่ำยีศักดิ์ศรี", reviewed: false },
      },
      "other-employers": {
        label: { text: "การทำงานให้นายจ้างรายอื่นนอกจากที่ตกลงไว้", reviewed: false },
        definition: {
          text: "แรงงานถูกบังคับให้ทำงานให้ผู้อื่นที่ไม่ใช่นายจ้างที่ตนตกลงจะทำงานด้วย",
          reviewed: false,
        },
      },
      "longer-than-agreed": {
        label: { text: "การทำงานนานกว่าที่ตกลงไว้", reviewed: false },
        definition: { text: "แรงงานถูกให้ทำงานต่อเกินระยะเวลาที่ตนตกลงไว้", reviewed: false },
      },
      "no-freedom-to-terminate": {
        label: { text: "ไม่มีอิสระที่จะเลิกสัญญาจ้าง", reviewed: false },
        definition: {
          text: "แรงงานเลิกสัญญาจ้างไม่ได้ หรือเลิกได้เพียงบางส่วนเท่านั้น",
          reviewed: false,
        },
      },
      "threats-or-violence": {
        label: { text: "การข่มขู่หรือความรุนแรง", reviewed: false },
        definition: {
          text: "แรงงาน หรือครอบครัว ญาติ หรือคนใกล้ชิดของแรงงาน ถูกข่มขู่หรือถูกกระทำรุนแรง",
          reviewed: false,
        },
      },
      "restriction-of-movement": {
        label: { text: "การจำกัดเสรีภาพในการเดินทาง", reviewed: false },
        definition: { text: "แรงงานไม่มีอิสระที่จะไปไหนมาไหนตามที่ต้องการ", reviewed: false },
      },
      "debt-bondage": {
        label: { text: "การใช้หนี้เป็นเครื่องผูกมัดหรือการบิดเบือนหนี้", reviewed: false },
        definition: {
          text: "แรงงานถูกผูกมัดไว้ด้วยหนี้ หรือหนี้ถูกบิดเบือนเพื่อผูกมัดแรงงานไว้",
          reviewed: false,
        },
      },
      "withholding-of-wages": {
        label: { text: "การกักค่าจ้างหรือประโยชน์อื่นที่สัญญาไว้", reviewed: false },
        definition: {
          text: "ค่าจ้างหรือประโยชน์อื่นที่สัญญาไว้กับแรงงานถูกกักไว้ไม่ให้แรงงาน",
          reviewed: false,
        },
      },
      "withholding-of-documents": {
        label: { text: "การยึดเอกสารสำคัญ", reviewed: false },
        definition: {
          text: "เอกสารที่แรงงานจำเป็นต้องใช้ เช่น เอกสารประจำตัวหรือใบอนุญาตให้พำนัก ถูกยึดไว้",
          reviewed: false,
        },
      },
      "abuse-of-vulnerability": {
        label: { text: "การฉวยประโยชน์จากความเปราะบาง", reviewed: false },
        definition: {
          text: "สถานะที่อ่อนแอของแรงงานถูกใช้เป็นเครื่องมือต่อตัวแรงงานเอง เช่น ถูกปฏิเสธสิทธิหรือสิทธิประโยชน์ หรือถูกขู่ว่าจะเลิกจ้างหรือส่งกลับประเทศ",
          reviewed: false,
        },
      },
      "dimension-recruitment": {
        label: { text: "การจัดหาที่ไม่เป็นไปโดยเสรี", reviewed: false },
        definition: {
          text: "ความไม่สมัครใจและการบังคับขู่เข็ญในขั้นการจัดหา บุคคลถูกบังคับให้รับงาน",
          reviewed: false,
        },
      },
      "dimension-duress": {
        label: { text: "การทำงานและการใช้ชีวิตภายใต้การบังคับ", reviewed: false },
        definition: {
          text: "ความไม่สมัครใจและการบังคับขู่เข็ญระหว่างทำงาน บุคคลถูกบังคับให้ทำงานหรือใช้ชีวิตในแบบที่ตนไม่ได้ยินยอม",
          reviewed: false,
        },
      },
      "dimension-leaving": {
        label: { text: "การไม่สามารถออกจากนายจ้างได้", reviewed: false },
        definition: { text: "การบังคับขู่เข็ญที่ทำให้บุคคลออกจากนายจ้างไม่ได้", reviewed: false },
      },
      "child-third-party-coercion": {
        label: { text: "การบังคับขู่เข็ญโดยบุคคลภายนอก", reviewed: false },
        definition: {
          text: "เด็กทำงานภายใต้การบังคับขู่เข็ญที่บุคคลอื่นซึ่งไม่ใช่บิดามารดากระทำต่อเด็กหรือต่อบิดามารดา",
          reviewed: false,
        },
      },
      "child-parent-in-forced-labour": {
        label: { text: "บิดาหรือมารดาตกอยู่ในการบังคับใช้แรงงาน", reviewed: false },
        definition: {
          text: "เด็กทำงานเป็นผลโดยตรงจากการที่บิดาหรือมารดา หรือทั้งสองคน ตกอยู่ในการบังคับใช้แรงงาน",
          reviewed: false,
        },
      },
      "child-unconditional-worst-form": {
        label: { text: "รูปแบบที่เลวร้ายที่สุดของการใช้แรงงานเด็กโดยไม่มีเงื่อนไข", reviewed: false },
        definition: {
          text: "เด็กทำงานในรูปแบบที่เลวร้ายที่สุดตามข้อ 3 (ก) ของอนุสัญญาฉบับที่ 182 ได้แก่ ความเป็นทาสหรือการปฏิบัติที่คล้ายกับความเป็นทาส เช่น การขายหรือการค้าเด็ก การเป็นแรงงานขัดหนี้ การเป็นทาสติดที่ดิน หรือการบังคับใช้แรงงาน รวมถึงการบังคับเด็กให้เป็นทหารเพื่อใช้ในความขัดแย้งทางอาวุธ",
          reviewed: false,
        },
      },
      "privately-imposed-exploitation": {
        label: { text: "การบังคับใช้แรงงานเพื่อแสวงประโยชน์", reviewed: false },
        definition: {
          text: "การบังคับใช้แรงงานโดยภาคเอกชน (บุคคล กลุ่ม หรือบริษัท) ในทุกภาคส่วน ยกเว้นการค้าบริการทางเพศ",
          reviewed: false,
        },
      },
      "privately-imposed-sexual": {
        label: { text: "การบังคับแสวงประโยชน์ทางเพศในเชิงพาณิชย์", reviewed: false },
        definition: {
          text: "การบังคับใช้แรงงานโดยภาคเอกชนในการค้าบริการทางเพศ สำหรับผู้ใหญ่ ส่วนสำหรับเด็ก การแสวงประโยชน์ทางเพศในเชิงพาณิชย์ทุกรูปแบบนับอยู่ในประเภทนี้",
          reviewed: false,
        },
      },
      "state-imposed": {
        label: { text: "การบังคับใช้แรงงานโดยรัฐ", reviewed: false },
        definition: { text: "การบังคับใช้แรงงานที่เจ้าหน้าที่ของรัฐเป็นผู้บังคับ", reviewed: false },
      },
    },
    rules: {
      "both-conditions": {
        text: "บุคคลตกอยู่ในการบังคับใช้แรงงานเมื่อในช่วงเวลาอ้างอิงได้ทำงานที่ทั้งไม่สมัครใจ (ไม่ได้ให้ความยินยอมโดยเสรีและได้รับข้อมูลครบถ้วน) และอยู่ภายใต้การข่มขู่ว่าจะลงโทษ (การบังคับขู่เข็ญที่ตนประสบ ถูกขู่ว่าจะได้รับ หรือเห็นผู้ร่วมงานถูกกระทำ) ต้องมีทั้งสองเงื่อนไข เงื่อนไขใดเงื่อนไขหนึ่งเพียงอย่างเดียวไม่ถือเป็นการบังคับใช้แรงงาน",
        reviewed: false,
      },
      "reference-period": {
        text: "ช่วงเวลาอ้างอิงอาจสั้น (สัปดาห์ เดือน หรือฤดูกาลที่ผ่านมา) ซึ่งเหมาะกับการวัดการบังคับใช้แรงงานในแรงงานกลุ่มใดกลุ่มหนึ่ง หรืออาจยาว (ปี สองปี หรือห้าปีที่ผ่านมา หรือตลอดชีวิต) ซึ่งเหมาะกับประชากรทั่วไป",
        reviewed: false,
      },
      "child-definition": {
        text: "งานของเด็กถือเป็นการบังคับใช้แรงงานเมื่อทำภายใต้การบังคับขู่เข็ญที่บุคคลภายนอกซึ่งไม่ใช่บิดามารดากระทำต่อเด็กหรือต่อบิดามารดา หรือเป็นผลโดยตรงจากการที่บิดาหรือมารดาตกอยู่ในการบังคับใช้แรงงาน หรือเป็นรูปแบบที่เลวร้ายที่สุดของการใช้แรงงานเด็กตามข้อ 3 (ก) ของอนุสัญญาฉบับที่ 182",
        reviewed: false,
      },
    },
  },
  "hts-2012": {
    title: {
      text: "เห็นได้ยาก นับได้ยากยิ่งกว่า: แนวทางการสำรวจเพื่อประมาณการการบังคับใช้แรงงานผู้ใหญ่และเด็กขององค์การแรงงานระหว่างประเทศ (ค.ศ. 2012)",
      reviewed: false,
    },
    groups: {
      dimension: { text: "มิติ", reviewed: false },
      penalty: { text: "การลงโทษหรือการข่มขู่ว่าจะลงโทษ", reviewed: false },
      "penalty-means": { text: "วิธีการบังคับขู่เข็ญ", reviewed: false },
    },
    items: {
      "dimension-unfree-recruitment": {
        label: { text: "การจัดหาที่ไม่เป็นไปโดยเสรี", reviewed: false },
        definition: {
          text: "มิติที่ 1: การบังคับขู่เข็ญในขั้นการจัดหาทำให้บุคคลต้องรับงาน",
          reviewed: false,
        },
      },
      "dimension-work-and-life-under-duress": {
        label: { text: "การทำงานและการใช้ชีวิตภายใต้การบังคับ", reviewed: false },
        definition: {
          text: "มิติที่ 2: เมื่อเริ่มทำงานแล้ว บุคคลถูกบังคับขู่เข็ญให้ทำงานที่ตนไม่ได้ตกลงไว้",
          reviewed: false,
        },
      },
      "dimension-impossibility-of-leaving": {
        label: { text: "การไม่สามารถออกจากนายจ้างได้", reviewed: false },
        definition: {
          text: "มิติที่ 3: การบังคับขู่เข็ญทำให้บุคคลออกจากนายจ้างไม่ได้",
          reviewed: false,
        },
      },
      penalty: {
        label: { text: "การลงโทษหรือการข่มขู่ว่าจะลงโทษ", reviewed: false },
        definition: {
          text: "ส่วนที่สี่ นอกเหนือจากสามมิติ คือการบังคับขู่เข็ญที่นายจ้างหรือบุคคลภายนอกใช้หรือขู่ว่าจะใช้เพื่อบังคับให้ทำงาน ด้วยวิธีใดวิธีหนึ่งในกลุ่ม “วิธีการบังคับขู่เข็ญ”",
          reviewed: false,
        },
      },
      "threats-and-violence": {
        label: { text: "การข่มขู่และความรุนแรง", reviewed: false },
        definition: { text: "บุคคลถูกข่มขู่หรือถูกกระทำรุนแรง", reviewed: false },
      },
      "restriction-of-movement": {
        label: { text: "การจำกัดเสรีภาพในการเดินทาง", reviewed: false },
        definition: { text: "บุคคลไม่มีอิสระที่จะไปไหนมาไหนตามที่ต้องการ", reviewed: false },
      },
      "debt-bondage": {
        label: { text: "การใช้หนี้เป็นเครื่องผูกมัด (แรงงานขัดหนี้)", reviewed: false },
        definition: { text: "บุคคลถูกผูกมัดไว้กับงานด้วยหนี้", reviewed: false },
      },
      "withholding-of-wages": {
        label: { text: "การกักค่าจ้าง", reviewed: false },
        definition: { text: "ค่าจ้างของบุคคลถูกกักไว้", reviewed: false },
      },
      "retention-of-documents": {
        label: { text: "การยึดหนังสือเดินทางหรือเอกสาร", reviewed: false },
        definition: { text: "หนังสือเดินทางหรือเอกสารอื่นของบุคคลถูกยึดไว้", reviewed: false },
      },
      "abuse-of-vulnerability": {
        label: { text: "การฉวยประโยชน์จากความเปราะบาง", reviewed: false },
        definition: { text: "สถานะที่อ่อนแอของบุคคลถูกใช้เป็นเครื่องมือต่อตัวบุคคลนั้นเอง", reviewed: false },
      },
    },
    rules: {
      "operational-definition": {
        text: "การบังคับใช้แรงงานผู้ใหญ่คืองานที่บุคคลไม่ได้สมัครใจเข้าทำ (ความไม่สมัครใจ) และทำภายใต้การข่มขู่ว่าจะลงโทษ (การบังคับขู่เข็ญ) โดยนายจ้างหรือบุคคลภายนอก การบังคับขู่เข็ญอาจเกิดขึ้นตอนจัดหาเพื่อให้บุคคลรับงาน ระหว่างทำงานเพื่อให้ทำงานที่ตนไม่ได้ตกลงไว้ หรือเพื่อไม่ให้บุคคลออกจากงาน",
        reviewed: false,
      },
      "decision-rule": {
        text: "ผู้ใหญ่ตกอยู่ในการบังคับใช้แรงงานในมิติใดมิติหนึ่งเมื่อพบตัวชี้วัดความไม่สมัครใจอย่างน้อยหนึ่งข้อและตัวชี้วัดการลงโทษอย่างน้อยหนึ่งข้อในมิตินั้น และอย่างน้อยหนึ่งในสองข้อนั้นเป็นตัวชี้วัดที่มีน้ำหนักมาก",
        reviewed: false,
      },
    },
  },
  "child-labour": {
    title: {
      text: "การใช้แรงงานเด็ก: อนุสัญญาองค์การแรงงานระหว่างประเทศ ฉบับที่ 138 และฉบับที่ 182",
      reviewed: false,
    },
    groups: {
      age: { text: "การทำงานของเด็กที่อายุต่ำกว่าอายุขั้นต่ำ", reviewed: false },
      "worst-form": {
        text: "รูปแบบที่เลวร้ายที่สุดของการใช้แรงงานเด็กตามข้อ 3 (ก) ถึง (ค) ของอนุสัญญาฉบับที่ 182",
        reviewed: false,
      },
    },
    items: {
      "below-minimum-age": {
        label: { text: "การทำงานของเด็กที่อายุต่ำกว่าอายุขั้นต่ำทั่วไป", reviewed: false },
        definition: {
          text: "งานของเด็กที่อายุต่ำกว่าอายุขั้นต่ำทั่วไป ซึ่งต้องไม่ต่ำกว่าอายุที่จบการศึกษาภาคบังคับ และไม่ว่ากรณีใดต้องไม่ต่ำกว่า 15 ปี (หรือ 14 ปีในระยะแรกสำหรับประเทศกำลังพัฒนา)",
          reviewed: false,
        },
      },
      "light-work": {
        label: { text: "งานเบา", reviewed: false },
        definition: {
          text: "งานที่ประเทศหนึ่งอาจอนุญาตให้ทำได้ต่ำกว่าอายุขั้นต่ำทั่วไป คือตั้งแต่อายุ 13 ปี หรือตั้งแต่ 12 ปีหากประเทศนั้นกำหนดอายุขั้นต่ำไว้ที่ 14 ปี",
          reviewed: false,
        },
      },
      "hazardous-work": {
        label: { text: "งานอันตราย", reviewed: false },
        definition: {
          text: "งานที่อาจเป็นอันตรายต่อสุขภาพ ความปลอดภัย หรือศีลธรรมของเด็ก ตามรายการที่แต่ละประเทศกำหนด อายุขั้นต่ำของงานประเภทนี้คือ 18 ปี (หรือ 16 ปีภายใต้เงื่อนไขที่เข้มงวด)",
          reviewed: false,
        },
      },
      "worst-form-slavery": {
        label: { text: "ความเป็นทาสและการปฏิบัติที่คล้ายกับความเป็นทาส", reviewed: false },
        definition: {
          text: "ความเป็นทาสหรือการปฏิบัติที่คล้ายกัน ได้แก่ การขายและการค้าเด็ก การเป็นแรงงานขัดหนี้ การเป็นทาสติดที่ดิน และการบังคับใช้แรงงาน รวมถึงการบังคับเด็กให้เป็นทหารเพื่อใช้ในความขัดแย้งทางอาวุธ",
          reviewed: false,
        },
      },
      "worst-form-sexual": {
        label: { text: "การค้าประเวณีและสื่อลามก", reviewed: false },
        definition: {
          text: "การใช้ จัดหา หรือเสนอเด็กเพื่อการค้าประเวณี หรือเพื่อการผลิตสื่อลามก",
          reviewed: false,
        },
      },
      "worst-form-illicit": {
        label: { text: "กิจกรรมที่ผิดกฎหมาย", reviewed: false },
        definition: {
          text: "การใช้ จัดหา หรือเสนอเด็กเพื่อกิจกรรมที่ผิดกฎหมาย โดยเฉพาะการผลิตและค้ายาเสพติด",
          reviewed: false,
        },
      },
    },
    rules: {
      "worst-forms-any-age": {
        text: "การทำงานในรูปแบบที่เลวร้ายที่สุดของการใช้แรงงานเด็กตามข้อ 3 (ก) ถึง (ค) ของอนุสัญญาฉบับที่ 182 ถือเป็นการใช้แรงงานเด็กสำหรับทุกคนที่อายุต่ำกว่า 18 ปี ไม่ว่าอายุขั้นต่ำจะเป็นเท่าใด",
        reviewed: false,
      },
      "hazardous-under-18": {
        text: "งานอันตรายที่ทำโดยผู้ที่อายุต่ำกว่า 18 ปีถือเป็นการใช้แรงงานเด็ก โดยประเทศหนึ่งอาจอนุญาตให้ทำได้ตั้งแต่อายุ 16 ปีภายใต้เงื่อนไขที่เข้มงวด",
        reviewed: false,
      },
      "below-minimum-age": {
        text: "งานของเด็กที่อายุต่ำกว่าอายุขั้นต่ำทั่วไปถือเป็นการใช้แรงงานเด็ก เว้นแต่เป็นงานเบาที่ข้อยกเว้นเรื่องงานเบาอนุญาตไว้ อายุขั้นต่ำทั่วไปต้องไม่ต่ำกว่าอายุที่จบการศึกษาภาคบังคับ และไม่ต่ำกว่า 15 ปี (หรือ 14 ปีในระยะแรกสำหรับประเทศกำลังพัฒนา)",
        reviewed: false,
      },
      "light-work-exception": {
        text: "ประเทศหนึ่งอาจอนุญาตให้ทำงานเบาได้ต่ำกว่าอายุขั้นต่ำทั่วไป ตั้งแต่อายุ 13 ปี หรือตั้งแต่ 12 ปีหากประเทศนั้นกำหนดอายุขั้นต่ำไว้ที่ 14 ปี งานเบาที่ได้รับอนุญาตเมื่อมีอายุตั้งแต่อายุนั้นขึ้นไปไม่ถือเป็นการใช้แรงงานเด็กด้วยเหตุแห่งอายุ",
        reviewed: false,
      },
    },
  },
  palermo: {
    title: {
      text: "พิธีสารปาแลร์โม ข้อ 3: การกระทำ วิธีการ และจุดประสงค์",
      reviewed: false,
    },
    groups: {
      act: { text: "การกระทำ", reviewed: false },
      means: { text: "วิธีการ", reviewed: false },
      purpose: { text: "จุดประสงค์เพื่อการแสวงประโยชน์", reviewed: false },
    },
    items: {
      recruitment: {
        label: { text: "การจัดหา", reviewed: false },
        definition: {
          text: "การหาและชักชวนบุคคลเข้ามา ไม่ว่าจะด้วยตนเอง ผ่านนายหน้า หรือทางออนไลน์",
          reviewed: false,
        },
      },
      transportation: {
        label: { text: "การขนส่ง", reviewed: false },
        definition: {
          text: "การพาบุคคลจากที่หนึ่งไปยังอีกที่หนึ่ง ภายในประเทศหรือข้ามพรมแดน",
          reviewed: false,
        },
      },
      transfer: {
        label: { text: "การส่งต่อ", reviewed: false },
        definition: {
          text: "การส่งมอบบุคคลให้ผู้อื่น รวมถึงการซื้อขายหรือแลกเปลี่ยนตัวบุคคล",
          reviewed: false,
        },
      },
      harbouring: {
        label: { text: "การจัดให้อยู่อาศัย", reviewed: false },
        definition: { text: "การให้บุคคลพักอาศัยหรือกักตัวบุคคลไว้ที่ใดที่หนึ่ง ในขั้นตอนใดก็ได้", reviewed: false },
      },
      receipt: {
        label: { text: "การรับไว้", reviewed: false },
        definition: { text: "การรับตัวบุคคลที่ปลายทางหรือที่สถานที่แสวงประโยชน์", reviewed: false },
      },
      "threat-or-use-of-force": {
        label: { text: "การข่มขู่หรือการใช้กำลังบังคับ", reviewed: false },
        definition: { text: "การใช้ความรุนแรงต่อบุคคล หรือการขู่ว่าจะใช้ความรุนแรง", reviewed: false },
      },
      "other-coercion": {
        label: { text: "การบังคับขู่เข็ญในรูปแบบอื่น", reviewed: false },
        definition: {
          text: "การกดดันด้วยวิธีอื่นนอกจากการใช้กำลัง จนบุคคลไม่มีทางเลือกที่แท้จริง เช่น การขู่ว่าจะแจ้งเจ้าหน้าที่",
          reviewed: false,
        },
      },
      abduction: {
        label: { text: "การลักพาตัว", reviewed: false },
        definition: { text: "การพาตัวบุคคลไปโดยขัดต่อความประสงค์ของบุคคลนั้น", reviewed: false },
      },
      fraud: {
        label: { text: "การฉ้อฉล", reviewed: false },
        definition: {
          text: "กลอุบายที่ไม่สุจริตเพื่อเอาเงิน เอกสาร หรือสิทธิของบุคคลไป",
          reviewed: false,
        },
      },
      deception: {
        label: { text: "การหลอกลวง", reviewed: false },
        definition: {
          text: "การโกหกเรื่องงาน ค่าจ้าง สถานที่ สภาพการทำงาน หรือจุดประสงค์",
          reviewed: false,
        },
      },
      "abuse-of-power": {
        label: { text: "การใช้อำนาจโดยมิชอบ", reviewed: false },
        definition: {
          text: "การใช้อำนาจที่มีเหนือบุคคล เช่น อำนาจของนายจ้าง เจ้าหน้าที่รัฐ หรือผู้อาวุโสในครอบครัว",
          reviewed: false,
        },
      },
      "abuse-of-vulnerability": {
        label: { text: "การฉวยประโยชน์จากสภาวะเปราะบาง", reviewed: false },
        definition: {
          text: "การอาศัยสถานการณ์ของบุคคล (ความยากจน การอยู่โดยไม่ได้รับอนุญาต อายุ ความเจ็บป่วย การต้องพึ่งพาผู้อื่น) จนบุคคลนั้นไม่มีทางเลือกอื่นที่แท้จริง",
          reviewed: false,
        },
      },
      "payments-to-controller": {
        label: { text: "การให้เงินหรือผลประโยชน์อย่างอื่นแก่ผู้ดูแลบุคคลนั้น", reviewed: false },
        definition: {
          text: "การให้หรือรับเงินหรือผลประโยชน์เพื่อให้ได้ความยินยอมจากผู้ที่มีอำนาจควบคุมดูแลบุคคลนั้น",
          reviewed: false,
        },
      },
      "sexual-exploitation": {
        label: {
          text: "การแสวงประโยชน์จากการค้าประเวณีของผู้อื่นหรือการแสวงประโยชน์ทางเพศในรูปแบบอื่น",
          reviewed: false,
        },
        definition: {
          text: "การหาประโยชน์จากการค้าประเวณีหรือการกระทำทางเพศอื่นของบุคคล",
          reviewed: false,
        },
      },
      "forced-labour-or-services": {
        label: { text: "การบังคับใช้แรงงานหรือบริการ", reviewed: false },
        definition: {
          text: "งานหรือบริการที่บังคับเอาโดยการข่มขู่ว่าจะลงโทษ และบุคคลไม่ได้สมัครใจทำ รวมถึงการบังคับให้กระทำความผิดทางอาญาและการบังคับให้ขอทาน",
          reviewed: false,
        },
      },
      "slavery-or-similar-practices": {
        label: { text: "ความเป็นทาสหรือการปฏิบัติที่คล้ายกับความเป็นทาส", reviewed: false },
        definition: {
          text: "การปฏิบัติต่อบุคคลเหมือนเป็นทรัพย์สิน หรือการปฏิบัติ เช่น การใช้หนี้เป็นเครื่องผูกมัด การเป็นทาสติดที่ดิน และการบังคับให้แต่งงาน",
          reviewed: false,
        },
      },
      servitude: {
        label: { text: "การทำให้ตกอยู่ในภาวะจำยอม", reviewed: false },
        definition: {
          text: "การบังคับให้บุคคลอยู่อาศัยและทำงานให้ผู้อื่นโดยไม่มีทางเปลี่ยนแปลงสภาพของตนได้",
          reviewed: false,
        },
      },
      "removal-of-organs": {
        label: { text: "การบังคับตัดอวัยวะเพื่อการค้า", reviewed: false },
        definition: {
          text: "การนำอวัยวะของบุคคล เช่น ไต ไปเพื่อการค้า",
          reviewed: false,
        },
      },
      "other-exploitation": {
        label: { text: "การแสวงประโยชน์ในรูปแบบอื่น", reviewed: false },
        definition: {
          text: "การแสวงประโยชน์รูปแบบอื่น ข้อนี้ระบุรูปแบบที่ครอบคลุมไว้เป็นอย่างน้อย และกฎหมายของแต่ละประเทศเพิ่มรูปแบบอื่นได้",
          reviewed: false,
        },
      },
    },
    rules: {
      elements: {
        text: "การค้ามนุษย์คือการกระทำ โดยวิธีการ เพื่อจุดประสงค์ในการแสวงประโยชน์ ต้องมีองค์ประกอบครบทั้งสามประการ",
        reviewed: false,
      },
      "consent-irrelevant": {
        text: "ความยินยอมของบุคคลต่อการแสวงประโยชน์ที่มุ่งหมายไม่มีผล เมื่อมีการใช้วิธีการใดวิธีการหนึ่งแล้ว",
        reviewed: false,
      },
      "child-no-means": {
        text: "สำหรับเด็ก คือบุคคลที่อายุต่ำกว่า 18 ปี การกระทำและจุดประสงค์ก็เพียงพอแล้ว โดยไม่ต้องมีวิธีการ",
        reviewed: false,
      },
    },
  },
};
