import { describe, expect, it } from "vitest";
import type { GuaranteeFacts, PrivacyCatalogue, PrivateCountsFacts } from "./catalogue";
import { en } from "./en";
import { es } from "./es";
import { th } from "./th";

const GUARANTEES: GuaranteeFacts[] = (["holds", "empty", "does-not-hold"] as const).flatMap((outcome) => [
  { outcome, quasiIdentifiers: ["A"], k: 11, failing: 1 },
  { outcome, quasiIdentifiers: ["A", "B", "C"], k: 5, diversity: { sensitive: "S", l: 2 }, failing: 3 },
]);
const DESCRIPTIONS: PrivateCountsFacts[] = [true, false].flatMap((domainGiven) =>
  [true, false].map((clampedAtZero) => ({ epsilon: 0.5, groupBy: ["A", "B"], domainGiven, clampedAtZero })),
);

describe.each([
  ["th", th],
  ["es", es],
] as const)("the %s catalogue", (lang, catalogue: PrivacyCatalogue) => {
  it("is marked unreviewed until a native speaker has reviewed it", () => {
    expect(catalogue.lang).toBe(lang);
    expect(catalogue.guarantee.reviewed).toBe(false);
    expect(catalogue.privateCounts.reviewed).toBe(false);
  });

  it("states every fact in every sentence, and differs for each case", () => {
    const sentences = GUARANTEES.map((facts) => catalogue.guarantee.text(facts));
    GUARANTEES.forEach((facts, i) => {
      for (const label of facts.quasiIdentifiers) expect(sentences[i]).toContain(label);
      expect(sentences[i]).toContain(String(facts.k));
      if (facts.diversity) expect(sentences[i]).toContain(facts.diversity.sensitive);
    });
    expect(new Set(sentences).size).toBe(sentences.length);
    const descriptions = DESCRIPTIONS.map((facts) => catalogue.privateCounts.text(facts));
    for (const description of descriptions) expect(description).toContain("ε = 0.5");
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it("puts no English word in a Thai sentence: only the labels and numbers passed in are Latin", () => {
    if (lang !== "th") return;
    const texts = [
      ...GUARANTEES.map((facts) => catalogue.guarantee.text(facts)),
      ...DESCRIPTIONS.map((facts) => catalogue.privateCounts.text(facts)),
    ];
    for (const text of texts) expect(text.match(/[A-Za-z]{2,}/g) ?? [], text).toEqual([]);
  });

  it(lang === "th" ? "ends no sentence with a full stop" : "ends every sentence with a full stop", () => {
    for (const text of [
      ...GUARANTEES.map((facts) => catalogue.guarantee.text(facts)),
      ...DESCRIPTIONS.map((facts) => catalogue.privateCounts.text(facts)),
    ])
      expect(text.endsWith(".")).toBe(lang !== "th");
  });
});

it("the English source states every case differently", () => {
  expect(new Set(GUARANTEES.map((facts) => en.guarantee.text(facts))).size).toBe(GUARANTEES.length);
  expect(new Set(DESCRIPTIONS.map((facts) => en.privateCounts.text(facts))).size).toBe(DESCRIPTIONS.length);
});
