import { defineIssue, type IssueDefinition, type IssueParams } from "./issue";

// Params carry facts about the rule (the document kind, the profile's country, the expected lengths),
// never a value from the data: identity numbers and phones are direct identifiers.
function _p(params: IssueParams, key: string): string {
  const value = params[key];
  return value === undefined ? "?" : String(value);
}

/**
 * The issues the country profiles report (codes `TIPX3xx`): identity numbers, subdivisions, telephone
 * numbers, legal charges and agencies. A definition with `verified: false` rests on a fact tipx could
 * not check against a primary source, and `tipx explain` says so.
 *
 * @example
 * ```ts
 * import { PROFILE_ISSUES } from "@tipx/schema";
 * PROFILE_ISSUES.TIPX302.message.en({ kind: "TH-PIN", country: "TH" });
 * // "The check digit of the TH-PIN number is wrong."
 * ```
 */
export const PROFILE_ISSUES = {
  TIPX301: defineIssue({
    severity: "error",
    title: { en: "Identity number format", th: "รูปแบบเลขเอกสารแสดงตน", es: "Formato del número de identidad" },
    message: {
      en: (p) => `The ${_p(p, "kind")} number does not have the expected format (${_p(p, "expected")}).`,
      th: (p) => `เลข ${_p(p, "kind")} ไม่ตรงกับรูปแบบที่กำหนด (${_p(p, "expected")})`,
      es: (p) => `El número ${_p(p, "kind")} no tiene el formato esperado (${_p(p, "expected")}).`,
    },
    explanation: {
      en: "After removing spaces, dots and dashes, the number must have the length and characters of its kind (for example 13 digits for a Thai PIN, 7 or 8 for an Argentine DNI). Check that the number was copied in full and that the document kind is right.",
      th: "เมื่อตัดช่องว่าง จุด และขีดออกแล้ว เลขต้องมีความยาวและตัวอักษรตามประเภทเอกสาร (เช่น เลขประจำตัวประชาชนไทย 13 หลัก DNI ของอาร์เจนตินา 7 หรือ 8 หลัก) ตรวจว่าคัดลอกเลขครบและเลือกประเภทเอกสารถูกต้อง",
      es: "Sin espacios, puntos ni guiones, el número debe tener la longitud y los caracteres de su tipo (por ejemplo 13 dígitos para el PIN tailandés, 7 u 8 para el DNI argentino). Compruebe que el número se copió completo y que el tipo de documento es correcto.",
    },
    source: "shared/reference/DOMAIN.md §6.1",
    verified: true,
  }),
  TIPX302: defineIssue({
    severity: "error",
    title: { en: "Identity number check digit", th: "หลักตรวจสอบของเลขเอกสาร", es: "Dígito verificador del número de identidad" },
    message: {
      en: (p) => `The check digit of the ${_p(p, "kind")} number is wrong.`,
      th: (p) => `หลักตรวจสอบของเลข ${_p(p, "kind")} ไม่ถูกต้อง`,
      es: (p) => `El dígito verificador del número ${_p(p, "kind")} no es correcto.`,
    },
    explanation: {
      en: "The last digit of the number is computed from the others (mod 11). When it does not match, a digit was most likely mistyped or two digits swapped. Compare the number with the document.",
      th: "หลักสุดท้ายคำนวณจากหลักอื่น (มอดุโล 11) หากไม่ตรงกัน มักเกิดจากพิมพ์ตัวเลขผิดหรือสลับตำแหน่งกัน โปรดเทียบกับเอกสารจริง",
      es: "El último dígito se calcula a partir de los demás (módulo 11). Si no coincide, lo más probable es que se tecleara mal un dígito o se invirtieran dos. Compare el número con el documento.",
    },
    source: "shared/reference/DOMAIN.md §6.1 [S35a][S35c][S36b][S37e]",
    verified: true,
  }),
  TIPX303: defineIssue({
    severity: "error",
    title: { en: "Identity number type prefix", th: "รหัสประเภทของเลขเอกสาร", es: "Prefijo de tipo del número de identidad" },
    message: {
      en: (p) => `The ${_p(p, "kind")} number begins with a type prefix that is not allowed.`,
      th: (p) => `เลข ${_p(p, "kind")} ขึ้นต้นด้วยรหัสประเภทที่ไม่มีอยู่`,
      es: (p) => `El número ${_p(p, "kind")} empieza con un prefijo de tipo no admitido.`,
    },
    explanation: {
      en: "The first digits say what kind of holder the number belongs to: a Thai PIN starts with the person type (0–8; 9 is not used), a CUIL or CUIT with 20, 23, 24, 27, 30, 33, 34, 50, 51 or 55.",
      th: "หลักแรกบอกประเภทของผู้ถือเลข: เลขประจำตัวประชาชนไทยขึ้นต้นด้วยประเภทบุคคล (0–8 ไม่ใช้ 9) ส่วน CUIL หรือ CUIT ขึ้นต้นด้วย 20, 23, 24, 27, 30, 33, 34, 50, 51 หรือ 55",
      es: "Los primeros dígitos indican el tipo de titular: el PIN tailandés empieza con el tipo de persona (0–8; el 9 no se usa), el CUIL o CUIT con 20, 23, 24, 27, 30, 33, 34, 50, 51 o 55.",
    },
    source: "shared/reference/DOMAIN.md §6.1 [S35b][S35c][S36b]",
    verified: true,
  }),
  TIPX304: defineIssue({
    severity: "info",
    title: { en: "Thai PIN beginning with 0", th: "เลขประจำตัวที่ขึ้นต้นด้วย 0", es: "PIN tailandés que empieza por 0" },
    message: {
      en: () => "The Thai PIN begins with 0, which is reported on cards issued to non-Thai residents; it was accepted.",
      th: () => "เลขประจำตัวประชาชนขึ้นต้นด้วย 0 ซึ่งมีรายงานว่าใช้กับบัตรของผู้มีถิ่นที่อยู่ที่ไม่มีสัญชาติไทย ระบบยอมรับเลขนี้",
      es: () => "El PIN tailandés empieza por 0, lo que se ha observado en tarjetas de residentes no tailandeses; se aceptó.",
    },
    explanation: {
      en: "python-stdnum rejects Thai PINs beginning with 0, but such numbers are reported on cards of non-Thai residents, who are often the victims in trafficking cases. tipx accepts them as a valid format for a non-citizen until an official source confirms it. Unverified.",
      th: "python-stdnum ไม่ยอมรับเลขที่ขึ้นต้นด้วย 0 แต่มีรายงานว่าพบบนบัตรของผู้ที่ไม่มีสัญชาติไทย ซึ่งมักเป็นผู้เสียหายในคดีค้ามนุษย์ tipx จึงยอมรับว่าเป็นรูปแบบที่ถูกต้องของผู้ไม่มีสัญชาติไทย จนกว่าจะมีแหล่งข้อมูลทางการยืนยัน (ยังไม่ได้ตรวจสอบ)",
      es: "python-stdnum rechaza los PIN tailandeses que empiezan por 0, pero se han observado en tarjetas de residentes no tailandeses, que a menudo son las víctimas en casos de trata. tipx los acepta como formato válido de una persona no ciudadana hasta que una fuente oficial lo confirme. No verificado.",
    },
    source: "shared/reference/DOMAIN.md §6.1 [S35c][S35d]; §11 item 12",
    verified: false,
  }),
  TIPX305: defineIssue({
    severity: "info",
    title: { en: "CUIL/CUIT check digit 10", th: "หลักตรวจสอบ CUIL/CUIT คำนวณได้ 10", es: "Dígito verificador 10 en CUIL/CUIT" },
    message: {
      en: (p) => `The check digit of the ${_p(p, "kind")} number computes to 10 and was accepted as 9.`,
      th: (p) => `หลักตรวจสอบของเลข ${_p(p, "kind")} คำนวณได้ 10 และยอมรับเป็น 9`,
      es: (p) => `El dígito verificador del número ${_p(p, "kind")} resulta 10 y se aceptó como 9.`,
    },
    explanation: {
      en: "When the CUIL/CUIT formula gives 10, python-stdnum expects 9. Issuers are said to avoid this case by changing the prefix to 23 or 24, so such a number is unusual. Unverified.",
      th: "เมื่อสูตรของ CUIL/CUIT ให้ผลเป็น 10 python-stdnum ถือว่าหลักตรวจสอบคือ 9 มีรายงานว่าผู้ออกเลขหลีกเลี่ยงกรณีนี้โดยเปลี่ยนรหัสนำหน้าเป็น 23 หรือ 24 เลขแบบนี้จึงพบได้น้อย (ยังไม่ได้ตรวจสอบ)",
      es: "Cuando la fórmula del CUIL/CUIT da 10, python-stdnum espera 9. Se dice que el emisor evita ese caso cambiando el prefijo a 23 o 24, así que un número así es inusual. No verificado.",
    },
    source: "shared/reference/DOMAIN.md §6.1 [S36b]; §11 item 12",
    verified: false,
  }),
  TIPX306: defineIssue({
    severity: "warning",
    title: { en: "Document kind and issuing country differ", th: "ประเภทเอกสารไม่ตรงกับประเทศที่ออก", es: "Tipo de documento y país emisor no coinciden" },
    message: {
      en: (p) => `Documents of kind ${_p(p, "kind")} are issued by ${_p(p, "kindCountry")}, but the issuing country given is different.`,
      th: (p) => `เอกสาร ${_p(p, "kind")} ออกโดยประเทศ ${_p(p, "kindCountry")} แต่ประเทศที่ออกที่ระบุไว้ต่างออกไป`,
      es: (p) => `Los documentos de tipo ${_p(p, "kind")} los emite ${_p(p, "kindCountry")}, pero el país emisor indicado es otro.`,
    },
    explanation: {
      en: "A national document kind belongs to one country. Either the kind or the issuing country is wrong.",
      th: "เอกสารประจำตัวของแต่ละประเทศออกโดยประเทศนั้นเท่านั้น ประเภทเอกสารหรือประเทศที่ออกข้อใดข้อหนึ่งจึงผิด",
      es: "Un tipo de documento nacional pertenece a un solo país. El tipo o el país emisor es incorrecto.",
    },
    verified: true,
  }),
  TIPX307: defineIssue({
    severity: "error",
    title: { en: "Unknown identity document kind", th: "ไม่รู้จักประเภทเอกสาร", es: "Tipo de documento desconocido" },
    message: {
      en: () => "The document kind is not one whose format tipx knows.",
      th: () => "tipx ไม่รู้จักรูปแบบของเอกสารประเภทนี้",
      es: () => "tipx no conoce el formato de este tipo de documento.",
    },
    explanation: {
      en: "checkIdentifier knows TH-PIN, AR-DNI, AR-CUIL, AR-CUIT, PY-CI, PY-RUC, LR-NIN and passport.",
      th: "checkIdentifier รู้จัก TH-PIN, AR-DNI, AR-CUIL, AR-CUIT, PY-CI, PY-RUC, LR-NIN และ passport",
      es: "checkIdentifier conoce TH-PIN, AR-DNI, AR-CUIL, AR-CUIT, PY-CI, PY-RUC, LR-NIN y passport.",
    },
    verified: true,
  }),
  TIPX308: defineIssue({
    severity: "warning",
    title: { en: "Implausible identity number (unverified format)", th: "เลขเอกสารดูไม่สมเหตุสมผล (รูปแบบยังไม่ยืนยัน)", es: "Número de identidad poco plausible (formato no verificado)" },
    message: {
      en: (p) => `The ${_p(p, "kind")} number does not have the shape tipx expects (${_p(p, "expected")}); that format is unverified.`,
      th: (p) => `เลข ${_p(p, "kind")} ไม่ตรงกับรูปแบบที่ tipx คาดไว้ (${_p(p, "expected")}) ซึ่งเป็นรูปแบบที่ยังไม่ได้ยืนยัน`,
      es: (p) => `El número ${_p(p, "kind")} no tiene la forma que tipx espera (${_p(p, "expected")}); ese formato no está verificado.`,
    },
    explanation: {
      en: "For the Liberian NIN, the Paraguayan cédula and passports tipx could not verify the exact format, so it checks only a lenient shape and warns instead of rejecting. Check the number against the document.",
      th: "สำหรับ NIN ของไลบีเรีย บัตรประจำตัวของปารากวัย และหนังสือเดินทาง tipx ยังยืนยันรูปแบบที่แน่นอนไม่ได้ จึงตรวจเพียงรูปแบบกว้าง ๆ และเตือนแทนการปฏิเสธ โปรดเทียบเลขกับเอกสาร",
      es: "Para el NIN de Liberia, la cédula paraguaya y los pasaportes tipx no pudo verificar el formato exacto, así que solo comprueba una forma amplia y avisa en lugar de rechazar. Compare el número con el documento.",
    },
    source: "shared/reference/DOMAIN.md §6.1 [S37a][S38a]; §11 item 12; passports: ICAO Doc 9303 (named in issue #3)",
    verified: false,
  }),
  TIPX310: defineIssue({
    severity: "error",
    title: { en: "Unknown subdivision", th: "ไม่พบเขตการปกครอง", es: "Subdivisión desconocida" },
    message: {
      en: (p) => `The subdivision is not an ISO 3166-2 code of ${_p(p, "country")}.`,
      th: (p) => `เขตการปกครองนี้ไม่ใช่รหัส ISO 3166-2 ของ ${_p(p, "country")}`,
      es: (p) => `La subdivisión no es un código ISO 3166-2 de ${_p(p, "country")}.`,
    },
    explanation: {
      en: "The subdivision code begins with the country's code but is not in its ISO 3166-2 list (TH 78 codes, AR 24, PY 18, LR 15). Thai provinces are numbered TH-10 to TH-96 plus TH-S (Pattaya); Paraguay has no PY-17 or PY-18.",
      th: "รหัสเขตการปกครองขึ้นต้นด้วยรหัสประเทศ แต่ไม่อยู่ในรายการ ISO 3166-2 ของประเทศนั้น (TH 78 รหัส, AR 24, PY 18, LR 15) จังหวัดของไทยมีรหัส TH-10 ถึง TH-96 และ TH-S (พัทยา)",
      es: "El código empieza con el del país pero no está en su lista ISO 3166-2 (TH 78 códigos, AR 24, PY 18, LR 15). Paraguay no tiene PY-17 ni PY-18; Argentina no usa las letras I ni O.",
    },
    source: "ISO 3166-2 via iso-codes 4.15.0-1 [S40]; shared/reference/subdivisions/",
    verified: true,
  }),
  TIPX320: defineIssue({
    severity: "error",
    title: { en: "Not an E.164 number", th: "ไม่ใช่หมายเลขรูปแบบ E.164", es: "No es un número E.164" },
    message: {
      en: () => "The telephone number is not in E.164 form (+, country code, national number, at most 15 digits).",
      th: () => "หมายเลขโทรศัพท์ไม่อยู่ในรูปแบบ E.164 (+ รหัสประเทศ หมายเลขในประเทศ รวมไม่เกิน 15 หลัก)",
      es: () => "El número de teléfono no está en formato E.164 (+, código de país y número nacional, 15 dígitos como máximo).",
    },
    explanation: {
      en: "E.164 numbers are written +, the country calling code and the national significant number, at most 15 digits, without spaces or the national trunk prefix.",
      th: "หมายเลข E.164 เขียนเป็น + ตามด้วยรหัสประเทศและหมายเลขในประเทศ รวมไม่เกิน 15 หลัก ไม่มีช่องว่างและไม่มีเลข 0 นำหน้าของในประเทศ",
      es: "Los números E.164 se escriben +, el código de país y el número nacional significativo, 15 dígitos como máximo, sin espacios ni el prefijo troncal nacional.",
    },
    source: "shared/reference/DOMAIN.md §6.2 [S44]",
    verified: true,
  }),
  TIPX321: defineIssue({
    severity: "error",
    title: { en: "Calling code of another country", th: "รหัสโทรศัพท์ของประเทศอื่น", es: "Código de llamada de otro país" },
    message: {
      en: (p) => `The telephone number does not begin with the calling code of ${_p(p, "country")} (+${_p(p, "callingCode")}).`,
      th: (p) => `หมายเลขโทรศัพท์ไม่ได้ขึ้นต้นด้วยรหัสประเทศของ ${_p(p, "country")} (+${_p(p, "callingCode")})`,
      es: (p) => `El número de teléfono no empieza con el código de llamada de ${_p(p, "country")} (+${_p(p, "callingCode")}).`,
    },
    explanation: {
      en: "checkPhone was asked about one country and the number belongs to another. Validation does not report this: people may hold foreign numbers.",
      th: "checkPhone ถูกเรียกตรวจกับประเทศหนึ่ง แต่หมายเลขเป็นของอีกประเทศ การตรวจข้อมูลจะไม่รายงานกรณีนี้ เพราะบุคคลอาจมีหมายเลขต่างประเทศ",
      es: "Se pidió a checkPhone un país y el número es de otro. La validación no lo informa: las personas pueden tener números extranjeros.",
    },
    source: "shared/reference/countries.csv; DOMAIN.md §6.2 [S39]",
    verified: true,
  }),
  TIPX322: defineIssue({
    severity: "warning",
    title: { en: "National number length", th: "ความยาวหมายเลขในประเทศ", es: "Longitud del número nacional" },
    message: {
      en: (p) => `The national number after +${_p(p, "callingCode")} has a length the numbering plan does not use (lengths used: ${_p(p, "lengths")} digits).`,
      th: (p) => `หมายเลขในประเทศหลัง +${_p(p, "callingCode")} มีความยาวที่แผนเลขหมายไม่ใช้ (ความยาวที่ใช้: ${_p(p, "lengths")} หลัก)`,
      es: (p) => `El número nacional después de +${_p(p, "callingCode")} tiene una longitud que el plan de numeración no usa (longitudes usadas: ${_p(p, "lengths")} dígitos).`,
    },
    explanation: {
      en: "Each country's numbering plan allows only some lengths for the national significant number (the digits after the calling code). The lengths come from libphonenumber metadata; numbering plans change, so this is a warning, and a maintained phone library gives a stricter check.",
      th: "แผนเลขหมายของแต่ละประเทศกำหนดความยาวของหมายเลขในประเทศ (หลักหลังรหัสประเทศ) ไว้ไม่กี่แบบ ค่านี้มาจาก metadata ของ libphonenumber และแผนเลขหมายเปลี่ยนได้ จึงเป็นเพียงคำเตือน",
      es: "El plan de numeración de cada país admite solo algunas longitudes del número nacional significativo (los dígitos tras el código). Las longitudes vienen de los metadatos de libphonenumber; los planes cambian, por eso es un aviso.",
    },
    source: "shared/reference/countries.csv; DOMAIN.md §6.2 [S39]",
    verified: true,
  }),
  TIPX323: defineIssue({
    severity: "warning",
    title: { en: "Trunk prefix after the calling code", th: "มีเลขนำหน้าในประเทศหลังรหัสประเทศ", es: "Prefijo troncal tras el código de país" },
    message: {
      en: (p) => `The number keeps the national trunk prefix ${_p(p, "trunkPrefix")} after +${_p(p, "callingCode")}; E.164 leaves it out.`,
      th: (p) => `หมายเลขยังมีเลขนำหน้า ${_p(p, "trunkPrefix")} หลัง +${_p(p, "callingCode")} ซึ่ง E.164 ต้องตัดออก`,
      es: (p) => `El número conserva el prefijo troncal ${_p(p, "trunkPrefix")} después de +${_p(p, "callingCode")}; E.164 lo omite.`,
    },
    explanation: {
      en: "Numbers dialled at home start with the trunk prefix 0 (081 234 5678); in E.164 it is dropped (+66 81 234 5678). That no national number of the country begins with 0 is inferred from the definition of the national significant number, not checked against the numbering plan. Unverified.",
      th: "หมายเลขที่โทรภายในประเทศขึ้นต้นด้วย 0 (081 234 5678) แต่ในรูปแบบ E.164 ต้องตัด 0 ออก (+66 81 234 5678) การที่ไม่มีหมายเลขในประเทศใดขึ้นต้นด้วย 0 เป็นการอนุมานจากนิยาม ยังไม่ได้ตรวจกับแผนเลขหมาย",
      es: "Los números marcados dentro del país empiezan con el prefijo troncal 0 (011 1234-5678); en E.164 se omite (+54 11 1234 5678). Que ningún número nacional del país empiece por 0 se deduce de la definición del número nacional significativo, no se comprobó en el plan de numeración. No verificado.",
    },
    source: "shared/reference/DOMAIN.md §6.2 [S39]; shared/reference/countries.csv",
    verified: false,
  }),
  TIPX330: defineIssue({
    severity: "error",
    title: { en: "Law of another country", th: "กฎหมายของประเทศอื่น", es: "Ley de otro país" },
    message: {
      en: (p) => `The charge cites another country's law; the proceeding's jurisdiction is ${_p(p, "country")}.`,
      th: (p) => `ข้อหาอ้างกฎหมายของประเทศอื่น ขณะที่เขตอำนาจของคดีคือ ${_p(p, "country")}`,
      es: (p) => `El cargo cita la ley de otro país; la jurisdicción del proceso es ${_p(p, "country")}.`,
    },
    explanation: {
      en: "A legal proceeding is held under the law of its jurisdiction; a charge must cite an instrument of that country.",
      th: "การดำเนินคดีใช้กฎหมายของเขตอำนาจนั้น ข้อหาจึงต้องอ้างกฎหมายของประเทศนั้น",
      es: "Un proceso se rige por la ley de su jurisdicción; el cargo debe citar una norma de ese país.",
    },
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
  TIPX331: defineIssue({
    severity: "warning",
    title: { en: "Unknown legal instrument", th: "ไม่รู้จักกฎหมายที่อ้าง", es: "Norma desconocida" },
    message: {
      en: (p) => `The charge cites an instrument that is not in tipx's list for ${_p(p, "country")}.`,
      th: (p) => `ข้อหาอ้างกฎหมายที่ไม่อยู่ในรายการของ tipx สำหรับ ${_p(p, "country")}`,
      es: (p) => `El cargo cita una norma que no está en la lista de tipx para ${_p(p, "country")}.`,
    },
    explanation: {
      en: "tipx lists each country's anti-trafficking instruments by code (such as TH-ATIPA-2551 or AR-CODIGO-PENAL). A charge under another law is possible, so this is a warning; check the code's spelling.",
      th: "tipx มีรายการกฎหมายต่อต้านการค้ามนุษย์ของแต่ละประเทศเป็นรหัส (เช่น TH-ATIPA-2551) ข้อหาตามกฎหมายอื่นเป็นไปได้ จึงเป็นเพียงคำเตือน โปรดตรวจการสะกดรหัส",
      es: "tipx enumera las normas contra la trata de cada país por código (como AR-CODIGO-PENAL). Un cargo bajo otra ley es posible, por eso es un aviso; revise cómo se escribió el código.",
    },
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
  TIPX332: defineIssue({
    severity: "warning",
    title: { en: "Unknown section", th: "ไม่รู้จักมาตรา", es: "Artículo desconocido" },
    message: {
      en: () => "The charge cites a section that is not in tipx's list for its instrument.",
      th: () => "ข้อหาอ้างมาตราที่ไม่อยู่ในรายการของ tipx สำหรับกฎหมายฉบับนั้น",
      es: () => "El cargo cita un artículo que no está en la lista de tipx para esa norma.",
    },
    explanation: {
      en: "Sections are written as codes such as s6, s6/1, art145bis. tipx lists only the sections its sources describe, so a real section may be missing: this is a warning.",
      th: "มาตราเขียนเป็นรหัส เช่น s6, s6/1, art145bis tipx มีเฉพาะมาตราที่แหล่งข้อมูลกล่าวถึง มาตราที่มีอยู่จริงอาจไม่อยู่ในรายการ จึงเป็นเพียงคำเตือน",
      es: "Los artículos se escriben como códigos, por ejemplo s6, s6/1, art145bis. tipx solo enumera los que describen sus fuentes, así que puede faltar uno real: es un aviso.",
    },
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
  TIPX340: defineIssue({
    severity: "error",
    title: { en: "Unknown agency", th: "ไม่รู้จักหน่วยงาน", es: "Organismo desconocido" },
    message: {
      en: (p) => `The agency code is not in tipx's list of agencies of ${_p(p, "country")}.`,
      th: (p) => `รหัสหน่วยงานไม่อยู่ในรายการหน่วยงานของ ${_p(p, "country")} ใน tipx`,
      es: (p) => `El código de organismo no está en la lista de organismos de ${_p(p, "country")} de tipx.`,
    },
    explanation: {
      en: "Agency codes begin with the country code (TH-DSI, AR-PROTEX, PY-MRE, LR-AHTTF). Use a code from the profile's agency list, or leave the field out for other organisations.",
      th: "รหัสหน่วยงานขึ้นต้นด้วยรหัสประเทศ (TH-DSI, AR-PROTEX, PY-MRE, LR-AHTTF) ใช้รหัสจากรายการหน่วยงานของโปรไฟล์ หรือเว้นว่างสำหรับองค์กรอื่น",
      es: "Los códigos de organismo empiezan con el código del país (TH-DSI, AR-PROTEX, PY-MRE, LR-AHTTF). Use un código de la lista del perfil, o deje el campo vacío para otras organizaciones.",
    },
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
  TIPX341: defineIssue({
    severity: "warning",
    title: { en: "Agency of another country", th: "หน่วยงานของประเทศอื่น", es: "Organismo de otro país" },
    message: {
      en: (p) => `The agency belongs to ${_p(p, "agencyCountry")}, but the organisation's country is different.`,
      th: (p) => `หน่วยงานนี้เป็นของ ${_p(p, "agencyCountry")} แต่ประเทศขององค์กรต่างออกไป`,
      es: (p) => `El organismo pertenece a ${_p(p, "agencyCountry")}, pero el país de la organización es otro.`,
    },
    explanation: {
      en: "An organisation that names a national agency should have that agency's country; one of the two is wrong.",
      th: "องค์กรที่ระบุหน่วยงานของรัฐควรมีประเทศเดียวกับหน่วยงานนั้น ข้อใดข้อหนึ่งผิด",
      es: "Una organización que indica un organismo nacional debería tener el país de ese organismo; uno de los dos es incorrecto.",
    },
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
} as const satisfies Readonly<Record<`TIPX3${string}`, IssueDefinition>>;

/** A country-profile issue code, such as `"TIPX302"`. */
export type ProfileIssueCode = keyof typeof PROFILE_ISSUES;
