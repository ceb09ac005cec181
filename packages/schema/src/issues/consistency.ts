import { _param as s, defineIssue } from "./issue";


/**
 * Issue codes TIPX4xx: references between entities and the consistency of dates, ages and counts.
 *
 * @example
 * ```ts
 * import { CONSISTENCY_ISSUES } from "@tipx/schema";
 * CONSISTENCY_ISSUES.TIPX402.severity; // "error"
 * ```
 */
export const CONSISTENCY_ISSUES = {
  TIPX401: defineIssue({
    severity: "error",
    title: { en: "Duplicate entity id", th: "รหัสเอนทิตีซ้ำ", es: "Id de entidad duplicado" },
    message: {
      en: (p) => `Entity id already used by the entity at ${s(p, "first")}.`,
      th: (p) => `รหัสเอนทิตีนี้ถูกใช้แล้วโดยเอนทิตีที่ ${s(p, "first")}`,
      es: (p) => `Id de entidad ya usado por la entidad en ${s(p, "first")}.`,
    },
    explanation: {
      en: "Two entities of a bundle have the same id. Ids must be unique, since every reference between entities goes by id.",
      th: "เอนทิตีสองรายการในชุดข้อมูลมีรหัสเดียวกัน รหัสต้องไม่ซ้ำ เพราะการอ้างอิงระหว่างเอนทิตีใช้รหัส",
      es: "Dos entidades del paquete tienen el mismo id. Los ids deben ser únicos, porque toda referencia entre entidades se hace por id.",
    },
  }),
  TIPX402: defineIssue({
    severity: "error",
    title: { en: "Dangling reference", th: "การอ้างอิงที่ไม่มีปลายทาง", es: "Referencia sin destino" },
    message: {
      en: (p) => `${s(p, "label")}: no ${s(p, "expected")} with this id in the bundle.`,
      th: (p) => `${s(p, "label")}: ไม่มี ${s(p, "expected")} ที่มีรหัสนี้ในชุดข้อมูล`,
      es: (p) => `${s(p, "label")}: no hay ninguna ${s(p, "expected")} con este id en el paquete.`,
    },
    explanation: {
      en: "A field refers to an entity id that is not in the bundle. A bundle is self-contained: include the entity, or leave the reference out.",
      th: "ฟิลด์อ้างถึงรหัสเอนทิตีที่ไม่มีในชุดข้อมูล ชุดข้อมูลต้องสมบูรณ์ในตัว ให้ใส่เอนทิตีนั้น หรือไม่ต้องอ้างอิง",
      es: "Un campo cita un id de entidad que no está en el paquete. Un paquete es autocontenido: incluya la entidad o quite la referencia.",
    },
  }),
  TIPX403: defineIssue({
    severity: "error",
    title: { en: "Reference to the wrong entity type", th: "อ้างอิงเอนทิตีผิดประเภท", es: "Referencia a un tipo de entidad erróneo" },
    message: {
      en: (p) => `${s(p, "label")}: refers to a ${s(p, "received")}, expected ${s(p, "expected")}.`,
      th: (p) => `${s(p, "label")}: อ้างถึง ${s(p, "received")} แต่ต้องเป็น ${s(p, "expected")}`,
      es: (p) => `${s(p, "label")}: cita una ${s(p, "received")}; se esperaba ${s(p, "expected")}.`,
    },
    explanation: {
      en: "A reference points at an entity of the wrong type, such as a case owner that is a Person instead of an Organization.",
      th: "การอ้างอิงชี้ไปยังเอนทิตีผิดประเภท เช่น เจ้าของคดีเป็นบุคคลแทนที่จะเป็นหน่วยงาน",
      es: "Una referencia apunta a una entidad de tipo erróneo, como un titular de caso que es una Person en lugar de una Organization.",
    },
  }),
  TIPX404: defineIssue({
    severity: "error",
    title: { en: "Dates out of order", th: "ลำดับวันที่ไม่ถูกต้อง", es: "Fechas en orden incorrecto" },
    message: {
      en: (p) => `${s(p, "label")} is before ${s(p, "otherLabel")}.`,
      th: (p) => `${s(p, "label")} อยู่ก่อน ${s(p, "otherLabel")}`,
      es: (p) => `${s(p, "label")} es anterior a ${s(p, "otherLabel")}.`,
    },
    explanation: {
      en: "An end comes before its start: a case closed before it was opened, a consent withdrawn before it was given, a referral answered before it was made, a proceeding decided before it was filed. Partial dates are compared only as far as both are known (2022 is not before 2022-03).",
      th: "วันสิ้นสุดอยู่ก่อนวันเริ่ม เช่น ปิดคดีก่อนเปิด ถอนความยินยอมก่อนให้ ตอบรับการส่งต่อก่อนส่ง หรือมีคำตัดสินก่อนยื่นฟ้อง วันที่บางส่วนเปรียบเทียบเท่าที่ทราบทั้งสองฝั่ง (2022 ไม่ถือว่าอยู่ก่อน 2022-03)",
      es: "Un fin es anterior a su inicio: un caso cerrado antes de abrirse, un consentimiento revocado antes de otorgarse, una derivación respondida antes de hacerse, un proceso resuelto antes de presentarse. Las fechas parciales se comparan solo hasta donde ambas se conocen (2022 no es anterior a 2022-03).",
    },
  }),
  TIPX405: defineIssue({
    severity: "error",
    title: { en: "Birth after an event", th: "เกิดหลังเหตุการณ์", es: "Nacimiento posterior a un evento" },
    message: {
      en: (p) => `The person's birth date is after ${s(p, "otherLabel")}.`,
      th: (p) => `วันเกิดของบุคคลอยู่หลัง ${s(p, "otherLabel")}`,
      es: (p) => `La fecha de nacimiento de la persona es posterior a ${s(p, "otherLabel")}.`,
    },
    explanation: {
      en: "A person's birth date is after a trafficking event, consent or operation that names them. One of the dates is wrong. The message does not repeat the birth date.",
      th: "วันเกิดของบุคคลอยู่หลังเหตุการณ์การค้ามนุษย์ ความยินยอม หรือปฏิบัติการที่ระบุถึงบุคคลนั้น วันที่ใดวันที่หนึ่งผิด ข้อความแจ้งจะไม่แสดงวันเกิด",
      es: "La fecha de nacimiento de una persona es posterior a un evento de trata, un consentimiento u operativo que la nombra. Una de las fechas es errónea. El mensaje no repite la fecha de nacimiento.",
    },
  }),
  TIPX406: defineIssue({
    severity: "error",
    title: { en: "Minor recorded as adult", th: "ผู้เยาว์ถูกบันทึกเป็นผู้ใหญ่", es: "Menor registrado como adulto" },
    message: {
      en: (p) => `Recorded as ${s(p, "recorded")} but the birth date or age estimate says ${s(p, "computed")} on ${s(p, "asOf")}.`,
      th: (p) => `บันทึกเป็น ${s(p, "recorded")} แต่วันเกิดหรืออายุโดยประมาณระบุว่าเป็น ${s(p, "computed")} ณ วันที่ ${s(p, "asOf")}`,
      es: (p) => `Registrado como ${s(p, "recorded")}, pero la fecha de nacimiento o la edad estimada indican ${s(p, "computed")} al ${s(p, "asOf")}.`,
    },
    explanation: {
      en: "`majorityStatus` contradicts the birth date or age estimate at the bundle's date (minor = under 18, the Palermo Protocol art. 3(d) definition of a child). A child recorded as an adult loses the protections that need no proof of means; check the age. Only a contradiction that holds for every day the partial date allows is reported.",
      th: "`majorityStatus` ขัดกับวันเกิดหรืออายุโดยประมาณ ณ วันที่ของชุดข้อมูล (ผู้เยาว์ = อายุต่ำกว่า 18 ปี ตามนิยามเด็กในพิธีสารปาแลร์โม ข้อ 3(d)) เด็กที่ถูกบันทึกเป็นผู้ใหญ่จะเสียความคุ้มครองที่ไม่ต้องพิสูจน์วิธีการ ให้ตรวจสอบอายุ รายงานเฉพาะกรณีที่ขัดกันทุกวันที่เป็นไปได้ของวันที่บางส่วน",
      es: "`majorityStatus` contradice la fecha de nacimiento o la edad estimada a la fecha del paquete (menor = menos de 18 años, definición de niño del Protocolo de Palermo art. 3(d)). Un niño registrado como adulto pierde protecciones que no exigen probar medios; revise la edad. Solo se informa una contradicción que vale para todos los días que admite la fecha parcial.",
    },
    source: "UN Palermo Protocol (2000) art. 3(d)",
  }),
  TIPX407: defineIssue({
    severity: "error",
    title: { en: "Subdivision of another country", th: "เขตการปกครองของประเทศอื่น", es: "Subdivisión de otro país" },
    message: {
      en: (p) => `${s(p, "label")}: the subdivision code belongs to another country than the place's country.`,
      th: (p) => `${s(p, "label")}: รหัสเขตการปกครองเป็นของประเทศอื่น ไม่ใช่ประเทศของสถานที่นี้`,
      es: (p) => `${s(p, "label")}: el código de subdivisión pertenece a un país distinto del país del lugar.`,
    },
    explanation: {
      en: "An ISO 3166-2 code starts with its country's alpha-2 code (TH-63 is in TH). A place whose subdivision starts with another country's code is inconsistent.",
      th: "รหัส ISO 3166-2 ขึ้นต้นด้วยรหัสประเทศ alpha-2 (TH-63 อยู่ใน TH) สถานที่ที่รหัสเขตการปกครองขึ้นต้นด้วยรหัสของประเทศอื่นจึงไม่สอดคล้องกัน",
      es: "Un código ISO 3166-2 empieza por el alfa-2 de su país (TH-63 está en TH). Un lugar cuya subdivisión empieza por el código de otro país es incoherente.",
    },
    source: "ISO 3166-2",
  }),
  TIPX408: defineIssue({
    severity: "warning",
    title: { en: "Status and dates disagree", th: "สถานะกับวันที่ไม่สอดคล้องกัน", es: "Estado y fechas no concuerdan" },
    message: {
      en: (p) => `${s(p, "label")} does not fit the status ${s(p, "status")}.`,
      th: (p) => `${s(p, "label")} ไม่สอดคล้องกับสถานะ ${s(p, "status")}`,
      es: (p) => `${s(p, "label")} no concuerda con el estado ${s(p, "status")}.`,
    },
    explanation: {
      en: "A case has a closing date but an open status (Active, FollowUp), or a closed status without a closing date; a referral is accepted or declined without a response date, or completed or withdrawn without a closing date.",
      th: "คดีมีวันปิดแต่สถานะยังเปิด (Active, FollowUp) หรือสถานะปิดแต่ไม่มีวันปิด การส่งต่อที่รับหรือปฏิเสธแต่ไม่มีวันตอบรับ หรือเสร็จสิ้นหรือถอนแต่ไม่มีวันสิ้นสุด",
      es: "Un caso tiene fecha de cierre y estado abierto (Active, FollowUp), o estado cerrado sin fecha de cierre; una derivación aceptada o rechazada sin fecha de respuesta, o completada o retirada sin fecha de cierre.",
    },
  }),
  TIPX409: defineIssue({
    severity: "error",
    title: { en: "Count below named persons", th: "จำนวนน้อยกว่าผู้ที่ระบุ", es: "Cantidad menor que las personas nombradas" },
    message: {
      en: (p) => `${s(p, "label")}: the count is smaller than the number of persons named.`,
      th: (p) => `${s(p, "label")}: จำนวนน้อยกว่าจำนวนบุคคลที่ระบุ`,
      es: (p) => `${s(p, "label")}: la cantidad es menor que el número de personas nombradas.`,
    },
    explanation: {
      en: "An operation's `rescued` or `arrested` count covers at least the persons it names; a count below that number is an error.",
      th: "จำนวนใน `rescued` หรือ `arrested` ของปฏิบัติการต้องไม่น้อยกว่าจำนวนบุคคลที่ระบุ",
      es: "La cantidad `rescued` o `arrested` de un operativo cubre al menos a las personas que nombra; una cantidad menor es un error.",
    },
  }),
  TIPX410: defineIssue({
    severity: "warning",
    title: { en: "Date after the bundle", th: "วันที่หลังวันที่สร้างชุดข้อมูล", es: "Fecha posterior al paquete" },
    message: {
      en: (p) => `${s(p, "label")} is after the bundle was created.`,
      th: (p) => `${s(p, "label")} อยู่หลังวันที่สร้างชุดข้อมูล`,
      es: (p) => `${s(p, "label")} es posterior a la creación del paquete.`,
    },
    explanation: {
      en: "A date of something that has happened (a birth, an operation, an event, a case opening) is after the bundle's `createdAt`. Planned dates (a support plan's planned end) are not checked.",
      th: "วันที่ของสิ่งที่เกิดขึ้นแล้ว (การเกิด ปฏิบัติการ เหตุการณ์ การเปิดคดี) อยู่หลัง `createdAt` ของชุดข้อมูล วันที่ตามแผน (วันสิ้นสุดตามแผน) ไม่ถูกตรวจ",
      es: "Una fecha de algo ya ocurrido (un nacimiento, un operativo, un evento, la apertura de un caso) es posterior al `createdAt` del paquete. Las fechas previstas (fin previsto de un plan) no se verifican.",
    },
  }),
  TIPX411: defineIssue({
    severity: "warning",
    title: { en: "Context without role", th: "มีข้อมูลบริบทแต่ไม่มีบทบาท", es: "Contexto sin función" },
    message: {
      en: (p) => `${s(p, "label")} is given but the party has no ${s(p, "expected")} role.`,
      th: (p) => `มี ${s(p, "label")} แต่คู่กรณีไม่มีบทบาท ${s(p, "expected")}`,
      es: (p) => `Se indica ${s(p, "label")}, pero la parte no tiene la función ${s(p, "expected")}.`,
    },
    explanation: {
      en: "A case party has a victim context without the role victim or presumed-victim, or a perpetrator context without the role suspect.",
      th: "คู่กรณีมีข้อมูลผู้เสียหายแต่ไม่มีบทบาท victim หรือ presumed-victim หรือมีข้อมูลผู้กระทำผิดแต่ไม่มีบทบาท suspect",
      es: "Una parte del caso tiene contexto de víctima sin la función victim o presumed-victim, o contexto de perpetrador sin la función suspect.",
    },
  }),
} as const;
