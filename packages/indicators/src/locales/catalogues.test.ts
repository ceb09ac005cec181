import { describe, expect, it } from "vitest";
import { CHECKLISTS } from "../checklists/registry";
import { assess } from "../engine/assess";
import { NATIONAL_VARIANT_LIST } from "../frameworks/national-variants";
import { FRAMEWORKS } from "../frameworks/registry";
import type { ExplanationWords, Text } from "./catalogue";
import { es } from "./es";
import type { IndicatorCatalogue } from "./indicator-catalogue";
import { th } from "./th";

const catalogues = [
  ["th", th],
  ["es", es],
] as const;

const INSTRUMENTS = ["ilo-fl-2012", "icls-2018", "palermo", "child-labour"] as const;
const CLASSIFICATIONS = ["indicated", "not-indicated", "inconclusive"] as const;

/** A Palermo case with an act, a means and a purpose, for an adult: indicated, with no unknown that matters. */
const PALERMO_INDICATED = { recruited: "yes", "lied-to": "yes", "forced-work": "yes", age: 24 } as const;

function isText(value: unknown): value is Text {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Text).text === "string" &&
    typeof (value as Text).reviewed === "boolean"
  );
}

/** Every text of a catalogue (framework, checklist and national entries), with its path for failure messages. */
function allTexts(value: unknown, path = ""): Array<[path: string, text: Text]> {
  if (isText(value)) return [[path, value]];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => allTexts(child, path ? `${path}.${key}` : key));
}

/** The text at a path of a catalogue, or `undefined`: read as data, beyond what the types promise. */
function textAt(catalogue: IndicatorCatalogue, ...keys: string[]): string | undefined {
  let node: unknown = catalogue;
  for (const key of keys) node = typeof node === "object" && node !== null ? Reflect.get(node, key) : undefined;
  return isText(node) ? node.text : undefined;
}

/** Every path a catalogue must fill, from the frameworks and checklists themselves. */
function requiredPaths(): string[][] {
  return [
    ...FRAMEWORKS.flatMap((framework) => [
      ["frameworks", framework.id, "title"],
      ...Object.keys(framework.groups).map((group) => ["frameworks", framework.id, "groups", group]),
      ...framework.order.flatMap((item) => [
        ["frameworks", framework.id, "items", item, "label"],
        ["frameworks", framework.id, "items", item, "definition"],
      ]),
      ...Object.keys(framework.rules).map((rule) => ["frameworks", framework.id, "rules", rule]),
    ]),
    ...CHECKLISTS.flatMap((checklist) => [
      ["checklists", checklist.id, "title"],
      ["checklists", checklist.id, "purpose"],
      ...checklist.questions.flatMap((question) => [
        ["checklists", checklist.id, "questions", question.id, "text"],
        ...(question.note === undefined ? [] : [["checklists", checklist.id, "questions", question.id, "note"]]),
        ...(question.answer.kind === "choice"
          ? question.answer.options.map((option) => [
              "checklists",
              checklist.id,
              "questions",
              question.id,
              "options",
              option,
            ])
          : []),
      ]),
    ]),
    ...NATIONAL_VARIANT_LIST.map((variant) => ["national", variant.instrument]),
  ];
}

// Labels passed in as the engine would pass English ones (an item without a translation): the only Latin
// letters a Thai sentence may hold.
const LATIN_LABELS = ["Deception", "Isolation", "Debt bondage"] as const;

/** Every sentence the words make for one call of each function, with the labels passed in. */
function sentences(words: ExplanationWords, groups: readonly string[]): Array<[name: string, sentence: string]> {
  return [
    ...INSTRUMENTS.flatMap((instrument) =>
      CLASSIFICATIONS.map((classification): [string, string] => [
        `outcome ${instrument} ${classification}`,
        words.outcome(instrument, classification),
      ]),
    ),
    ["found", words.found(groups.map((group) => [group, LATIN_LABELS]))],
    ["unknowns", words.unknowns(LATIN_LABELS)],
    ["notIdentification", words.notIdentification],
  ];
}

describe.each(catalogues)("the %s catalogue", (lang, catalogue) => {
  it("names its language", () => {
    expect(catalogue.lang).toBe(lang);
  });

  it("has a non-empty text for every framework title, group, item and rule, checklist question and country", () => {
    const missing = requiredPaths().filter((path) => !textAt(catalogue, ...path)?.trim());
    expect(missing.map((path) => path.join("."))).toEqual([]);
  });

  it("holds no group, item or rule that the frameworks do not have", () => {
    const extra = FRAMEWORKS.flatMap((framework) => {
      const texts = catalogue.frameworks[framework.id];
      return [
        ...Object.keys(texts.groups).filter((group) => !Object.hasOwn(framework.groups, group)),
        ...Object.keys(texts.items).filter((item) => !Object.hasOwn(framework.items, item)),
        ...Object.keys(texts.rules).filter((rule) => !Object.hasOwn(framework.rules, rule)),
      ].map((key) => `${framework.id}/${key}`);
    });
    expect(extra).toEqual([]);
  });

  it("marks every entry as not reviewed", () => {
    const texts = allTexts({
      frameworks: catalogue.frameworks,
      checklists: catalogue.checklists,
      national: catalogue.national,
    });
    expect(texts.length).toBeGreaterThan(200);
    expect(texts.filter(([, text]) => text.reviewed !== false).map(([path]) => path)).toEqual([]);
  });

  it("says a screening shows indicators, never that someone is a victim, and that identification is another's", () => {
    const indicated = assess("palermo", PALERMO_INDICATED, { locale: catalogue });
    expect(indicated.classification).toBe("indicated");
    expect(indicated.explanation).toContain(catalogue.words.outcome("palermo", "indicated"));
    expect(indicated.explanation).toContain(catalogue.words.notIdentification);
    expect(assess("ilo-fl-2012", {}, { locale: catalogue }).classification).toBe("inconclusive");
  });

  it("cites a profile country's rule in its own words", () => {
    const { explanation, rule } = assess("palermo", PALERMO_INDICATED, { locale: catalogue, profile: "AR" });
    expect(rule).toBe("national/AR");
    // The sentence may start in lower case after "Regla aplicada:", and loses its full stop to the source.
    expect(explanation).toContain(catalogue.national["AR-LEY-26364"].text.slice(1).replace(/\.$/, ""));
  });
});

describe("the Thai catalogue", () => {
  const groups = FRAMEWORKS.flatMap((framework) =>
    Object.values(th.frameworks[framework.id].groups).map((g) => g.text),
  );

  it.each([
    ["คดี", "a court or criminal case; a case-management case is กรณี"],
    ["คู่กรณี", "the sides of a dispute or an accident"],
  ])("never says %s (%s)", (word) => {
    const texts = allTexts({ frameworks: th.frameworks, checklists: th.checklists, national: th.national });
    const generated = sentences(th.words, groups);
    const found = [...texts.map(([path, text]): [string, string] => [path, text.text]), ...generated]
      .filter(([, text]) => text.includes(word))
      .map(([path]) => path);
    expect(found).toEqual([]);
  });

  it.each(sentences(th.words, groups))(
    "writes %s in Thai script, apart from the labels passed in",
    (_name, sentence) => {
      const withoutLabels = LATIN_LABELS.reduce((rest, label) => rest.split(label).join(""), sentence);
      expect(withoutLabels).not.toMatch(/[A-Za-z]/);
      expect(sentence).not.toMatch(/\.$/);
    },
  );

  it("joins a list with และ", () => {
    expect(th.words.found([["วิธีการ", ["การหลอกลวง", "การลักพาตัว", "การฉ้อฉล"]]])).toMatchInlineSnapshot(
      `"สิ่งที่พบ ได้แก่ วิธีการ (การหลอกลวง, การลักพาตัว และการฉ้อฉล)"`,
    );
    expect(th.words.unknowns(["ก", "ข"])).toMatchInlineSnapshot(
      `"ยังไม่ทราบคำตอบของคำถามต่อไปนี้ ซึ่งอาจทำให้ผลเปลี่ยนไป: “ก” และ “ข”"`,
    );
  });

  it("explains a Palermo screening in Thai", () => {
    const { explanation } = assess("palermo", PALERMO_INDICATED, { locale: th });
    expect(explanation).toContain("การค้ามนุษย์");
    expect(explanation).toMatchInlineSnapshot(
      `"พบองค์ประกอบของการค้ามนุษย์ครบถ้วน สิ่งที่พบ ได้แก่ การกระทำ (การจัดหา), วิธีการ (การหลอกลวง) และจุดประสงค์เพื่อการแสวงประโยชน์ (การบังคับใช้แรงงานหรือบริการ) หลักที่ใช้: การค้ามนุษย์คือการกระทำ โดยวิธีการ เพื่อจุดประสงค์ในการแสวงประโยชน์ ต้องมีองค์ประกอบครบทั้งสามประการ (ที่มา: UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000), art. 3(a)) ผลนี้เป็นผลการคัดกรอง ไม่ใช่การคัดแยกผู้เสียหาย ส่วนบุคคลนี้เป็นผู้เสียหายหรือไม่ ต้องให้เจ้าหน้าที่ผู้มีอำนาจตามกฎหมายเป็นผู้ตัดสิน"`,
    );
  });
});

describe("the Spanish catalogue", () => {
  it("explains a Palermo screening in Spanish", () => {
    const { explanation } = assess("palermo", PALERMO_INDICATED, { locale: es });
    expect(explanation).toContain("trata");
    expect(explanation).not.toContain("The elements of trafficking in persons are present");
    expect(explanation).toMatchInlineSnapshot(
      `"Están presentes los elementos de la trata de personas. Se encontró lo siguiente: acción (captación); medio (engaño); fin de explotación (trabajos o servicios forzados). Regla aplicada: la trata de personas es una acción, realizada por un medio, con fines de explotación: deben darse los tres elementos (UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000), art. 3(a)). Este es un resultado de detección, no una identificación: decidir si la persona es víctima corresponde a la autoridad competente."`,
    );
  });

  it("joins a list with y, and with e before the sound i", () => {
    expect(es.words.found([["Medio", ["Engaño", "Fraude", "Rapto"]]])).toMatchInlineSnapshot(
      `"Se encontró lo siguiente: medio (engaño, fraude y rapto)."`,
    );
    expect(es.words.found([["Indicador", ["Engaño", "Aislamiento", "Intimidación y amenazas"]]])).toMatchInlineSnapshot(
      `"Se encontró lo siguiente: indicador (engaño, aislamiento e intimidación y amenazas)."`,
    );
    expect(es.words.unknowns(["¿Le mintieron?", "¿Le quitaron el pasaporte?"])).toMatchInlineSnapshot(
      `"Preguntas aún sin respuesta que cambiarían el resultado: «¿Le mintieron?» y «¿Le quitaron el pasaporte?»."`,
    );
  });

  it.each(
    INSTRUMENTS.flatMap((instrument) => CLASSIFICATIONS.map((classification) => [instrument, classification] as const)),
  )("writes the outcome of %s, %s, as one sentence", (instrument, classification) => {
    const sentence = es.words.outcome(instrument, classification);
    expect(sentence).toMatch(/^[A-ZÁÉÍÓÚ].*\.$/u);
    expect(sentence).not.toMatch(/\bv[ií]ctima\b/iu);
  });
});
