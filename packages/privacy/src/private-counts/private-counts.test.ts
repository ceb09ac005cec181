import { afterEach, describe, expect, it, vi } from "vitest";
import type { FlatRow } from "../k-anonymity/k-anonymity";
import { es } from "../locales/es";
import { th } from "../locales/th";
import { privateCounts } from "./private-counts";
import { privateCountsText } from "./text";

/** mulberry32: a small seeded PRNG, for reproducible noise in tests only. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const DRAWS = 20_000;
const EMPTY_DOMAIN = Array.from({ length: DRAWS }, (_, i) => String(i));

/** `DRAWS` noise values at `epsilon`: the noisy counts of empty cells, without clamping. */
function noise(epsilon: number, seed: number): number[] {
  const table = privateCounts([], {
    groupBy: [{ column: "cell", values: EMPTY_DOMAIN }],
    epsilon,
    clampAtZero: false,
    random: seeded(seed),
  });
  return table.cells.map((cell) => cell.count);
}

const ROWS: FlatRow[] = [
  ...Array.from({ length: 40 }, () => ({ country: "THA", year: 2023, type: "Labour" })),
  ...Array.from({ length: 7 }, () => ({ country: "THA", year: 2024, type: "Sexual" })),
  ...Array.from({ length: 2 }, () => ({ country: "PRY", year: 2024, type: "Labour" })),
  { country: "ARG", year: null, type: "Other" },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe("privateCounts", () => {
  it.each([0.1, 0.5, 1, 2])("adds noise with mean 0 and variance 2e^-ε/(1-e^-ε)² at ε = %s", (epsilon) => {
    const values = noise(epsilon, 42);
    const alpha = Math.exp(-epsilon);
    const variance = (2 * alpha) / (1 - alpha) ** 2;
    const mean = values.reduce((sum, v) => sum + v, 0) / DRAWS;
    const sampleVariance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (DRAWS - 1);
    // Five standard errors: the mean's is √(variance / n); the variance's about variance · √(5 / n) (kurtosis 6).
    expect(Math.abs(mean)).toBeLessThan(5 * Math.sqrt(variance / DRAWS));
    expect(Math.abs(sampleVariance - variance)).toBeLessThan(5 * variance * Math.sqrt(5 / DRAWS));
    // P(Z = 0) = (1 - α) / (1 + α).
    const zeros = values.filter((v) => v === 0).length / DRAWS;
    const p0 = (1 - alpha) / (1 + alpha);
    expect(Math.abs(zeros - p0)).toBeLessThan(5 * Math.sqrt((p0 * (1 - p0)) / DRAWS));
  });

  it("gives unbiased totals without clamping", () => {
    const runs = 400;
    let sum = 0;
    for (let seed = 0; seed < runs; seed++) {
      const table = privateCounts(ROWS, {
        groupBy: [{ column: "country", values: ["ARG", "LBR", "PRY", "THA"] }],
        epsilon: 1,
        clampAtZero: false,
        random: seeded(seed),
      });
      sum += table.cells.reduce((total, cell) => total + cell.count, 0);
    }
    const alpha = Math.exp(-1);
    const totalVariance = (4 * (2 * alpha)) / (1 - alpha) ** 2; // four cells
    expect(Math.abs(sum / runs - ROWS.length)).toBeLessThan(5 * Math.sqrt(totalVariance / runs));
  });

  it("returns integers, clamped at 0 by default, and no true count", () => {
    const table = privateCounts(ROWS, { groupBy: [{ column: "country" }], epsilon: 0.1, random: seeded(7) });
    for (const cell of table.cells) {
      expect(Number.isInteger(cell.count)).toBe(true);
      expect(cell.count).toBeGreaterThanOrEqual(0);
      expect(Object.keys(cell).sort()).toEqual(["count", "key"]);
    }
    expect(table.postprocessing).toBe("clamp-at-zero");
    const unclamped = privateCounts([], {
      groupBy: [{ column: "cell", values: EMPTY_DOMAIN.slice(0, 200) }],
      epsilon: 0.1,
      clampAtZero: false,
      random: seeded(7),
    });
    expect(unclamped.postprocessing).toBe("none");
    expect(unclamped.cells.some((cell) => cell.count < 0)).toBe(true);
    expect(unclamped.cells.every((cell) => Number.isInteger(cell.count) && !Object.is(cell.count, -0))).toBe(true);
  });

  it("lists every cell of a given domain, empty ones included, and says the domain was given", () => {
    const table = privateCounts(ROWS, {
      groupBy: [
        { column: "country", values: ["ARG", "LBR", "PRY", "THA"] },
        { column: "year", values: ["2023", "2024", null] },
      ],
      epsilon: 1,
      random: seeded(1),
    });
    expect(table.cells.map((cell) => cell.key)).toEqual(
      ["ARG", "LBR", "PRY", "THA"].flatMap((country) => ["2023", "2024", null].map((year) => ({ country, year }))),
    );
    expect(table).toMatchObject({
      epsilon: 1,
      mechanism: "two-sided-geometric",
      sensitivity: 1,
      domainGiven: true,
      groupBy: [
        { column: "country", domain: "given" },
        { column: "year", domain: "given" },
      ],
    });
  });

  it("reads an observed domain sorted, not in input order, and says so", () => {
    const table = privateCounts([...ROWS].reverse(), {
      groupBy: [{ column: "country" }, { column: "type", values: ["Labour", "Sexual", "Other"] }],
      epsilon: 1,
      random: seeded(1),
    });
    expect([...new Set(table.cells.map((cell) => cell.key["country"]))]).toEqual(["ARG", "PRY", "THA"]);
    expect(table.cells).toHaveLength(9);
    expect(table.domainGiven).toBe(false);
    expect(table.description).toMatchInlineSnapshot(
      `"Each count by country and type has random noise added (two-sided geometric mechanism, ε = 1), so it does not show whether any one person is in the data. The groups listed were read from the data, so the list itself is not protected. Negative noisy counts were raised to 0."`,
    );
  });

  it("differs from one draw to the next on the same input", () => {
    const options = { groupBy: [{ column: "country", values: ["ARG", "LBR", "PRY", "THA"] }], epsilon: 1 };
    const a = privateCounts(ROWS, { ...options, random: seeded(1) });
    const b = privateCounts(ROWS, { ...options, random: seeded(2) });
    expect(a.cells.map((cell) => cell.count)).not.toEqual(b.cells.map((cell) => cell.count));
    // The crypto source too: 200 cells at ε = 0.1 coincide with negligible probability.
    const wide = {
      groupBy: [{ column: "cell", values: EMPTY_DOMAIN.slice(0, 200) }],
      epsilon: 0.1,
      clampAtZero: false,
    };
    expect(privateCounts([], wide).cells).not.toEqual(privateCounts([], wide).cells);
  });

  it("draws from crypto.getRandomValues when no random is given", () => {
    const spy = vi.spyOn(globalThis.crypto, "getRandomValues");
    const table = privateCounts(ROWS, { groupBy: [{ column: "country" }], epsilon: 1 });
    expect(spy).toHaveBeenCalled();
    expect(table.cells.every((cell) => Number.isInteger(cell.count))).toBe(true);
    spy.mockClear();
    privateCounts(ROWS, { groupBy: [{ column: "country" }], epsilon: 1, random: seeded(3) });
    expect(spy).not.toHaveBeenCalled();
  });

  it.each([
    ["no column", { groupBy: [], epsilon: 1 }, "no-columns"],
    ["a repeated column", { groupBy: [{ column: "a" }, { column: "a" }], epsilon: 1 }, "duplicate-column"],
    ["ε = 0", { groupBy: [{ column: "a" }], epsilon: 0 }, "invalid-epsilon"],
    ["ε = Infinity", { groupBy: [{ column: "a" }], epsilon: Number.POSITIVE_INFINITY }, "invalid-epsilon"],
    ["ε = NaN", { groupBy: [{ column: "a" }], epsilon: Number.NaN }, "invalid-epsilon"],
    [
      "a random returning 1",
      { groupBy: [{ column: "a", values: ["x"] }], epsilon: 1, random: () => 1 },
      "invalid-random",
    ],
    [
      "too many cells",
      { groupBy: ["a", "b"].map((column) => ({ column, values: EMPTY_DOMAIN })), epsilon: 1 },
      "too-many-cells",
    ],
  ] as const)("rejects %s", (_, options, code) => {
    expect(() => privateCounts(ROWS, options)).toThrow(expect.objectContaining({ code }));
  });
});

describe("privateCountsText", () => {
  const table = privateCounts(ROWS, {
    groupBy: [{ column: "country", values: ["ARG", "PRY", "THA"] }],
    epsilon: 0.5,
    labels: { country: "country of exploitation" },
    random: seeded(1),
  });

  it("is the English description without a locale, and reads in Thai and Spanish", () => {
    expect(privateCountsText(table)).toBe(table.description);
    expect(table.description).toMatchInlineSnapshot(
      `"Each count by country of exploitation has random noise added (two-sided geometric mechanism, ε = 0.5), so it does not show whether any one person is in the data. Every possible group is listed, including empty ones. Negative noisy counts were raised to 0."`,
    );
    expect(privateCountsText(table, th, { country: "ประเทศที่ถูกแสวงประโยชน์" })).toMatchInlineSnapshot(
      `"จำนวนแต่ละค่าจำแนกตามประเทศที่ถูกแสวงประโยชน์ได้เพิ่มค่ารบกวนแบบสุ่มตามกลไกการแจกแจงเรขาคณิตแบบสองด้าน (ε = 0.5) จึงไม่แสดงว่าบุคคลใดบุคคลหนึ่งอยู่ในข้อมูลหรือไม่ ตารางแสดงทุกกลุ่มที่เป็นไปได้ รวมถึงกลุ่มที่ไม่มีข้อมูล จำนวนที่ติดลบหลังเพิ่มค่ารบกวนถูกปรับเป็น 0"`,
    );
    expect(privateCountsText(table, es, { country: "país de explotación" })).toMatchInlineSnapshot(
      `"A cada conteo por país de explotación se le agregó ruido aleatorio (mecanismo geométrico bilateral, ε = 0.5), por lo que no muestra si una persona determinada está en los datos. Se listan todos los grupos posibles, incluidos los vacíos. Los conteos con ruido que resultaron negativos se elevaron a 0."`,
    );
  });
});
