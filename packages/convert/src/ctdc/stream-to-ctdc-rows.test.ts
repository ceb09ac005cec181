import { readFileSync } from "node:fs";
import { Bundle } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { streamFromHtcdsRows } from "../htcds/from-rows";
import type { ConversionReport } from "../report/index";
import { numberRows } from "../table/index";
import type { NumberedBundle } from "./bundle-source";
import { streamToCtdcRows, streamToCtdcVictimPerpetratorRows } from "./stream-to-ctdc-rows";
import { toCtdcRows } from "./to-ctdc-rows";
import { toCtdcVictimPerpetratorRows } from "./to-ctdc-vp-rows";

const example = Bundle.parse(
  JSON.parse(readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8")),
);

/** Synthetic HTCDS rows, one bundle each, with classes of several sizes so that k = 3 keeps some and not others. */
async function rowBundles(): Promise<Bundle[]> {
  const rows = Array.from({ length: 40 }, (_, i) => ({
    prs_FirstName: `Somchai Test ${i}`,
    prs_Gender: i % 3 === 0 ? "Feminine" : "Masculine",
    prs_Birthdate: `${1990 + (i % 7)}-01-15`,
    prs_Citizenship: i % 5 === 0 ? "MM" : "TH",
    vic_TraffickingStatus: "PossibleVictimOfTrafficking",
    vic_TypeOfExploitation: i % 2 === 0 ? "ForcedLabour" : "SexualExploitation",
    hte_Type: "Recruitment",
    hte_Date: "2022-03",
  }));
  const out: Bundle[] = [];
  for await (const bundle of streamFromHtcdsRows(numberRows(rows), { createdAt: "2026-01-01T00:00:00Z" }))
    out.push(bundle);
  return out;
}

const merged = (bundles: readonly Bundle[]): Bundle => ({
  ...(bundles[0] as Bundle),
  entities: bundles.flatMap((b) => b.entities),
});

const codesOf = (report: ConversionReport) => report.issues.map((i) => [i.code, i.params, i.count]);

function addsUp(report: ConversionReport): void {
  const { rows, converted, skipped, values, carried, notCarried } = report.counts;
  expect(converted + skipped).toBe(rows);
  expect(carried + notCarried).toBe(values);
}

describe("streamToCtdcRows", () => {
  describe.each(["2017", "2024"] as const)("codebook %s", (codebook) => {
    it.each([1, 2, 11])("gives toCtdcRows' rows and report for one bundle, k = %i", async (k) => {
      const want = toCtdcRows(example, { codebook, k });
      const got = await streamToCtdcRows([example], { codebook, k });
      expect(got.value).toEqual(want.value);
      expect(got.report.counts).toEqual(want.report.counts);
      expect(codesOf(got.report)).toEqual(codesOf(want.report));
      expect(got.report.issues.map((i) => i.path)).toEqual(want.report.issues.map((i) => i.path));
      addsUp(got.report);
    });

    it.each([1, 3, 11])("gives the rows of the joined bundles for a stream of bundles, k = %i", async (k) => {
      const bundles = await rowBundles();
      const want = toCtdcRows(merged(bundles), { codebook, k });
      async function* source() {
        yield* bundles;
      }
      const got = await streamToCtdcRows(source(), { codebook, k });
      expect(got.value).toEqual(want.value);
      const { rows, converted, skipped, carried } = want.report.counts;
      expect(got.report.counts).toMatchObject({ rows, converted, skipped, carried });
      // Each bundle's own values (tipx, id, createdAt, sender, purpose) are counted, not only the first's.
      const own = 5;
      expect(got.report.counts.notCarried).toBe(want.report.counts.notCarried + own * (bundles.length - 1));
      expect(got.report.issues.filter((i) => i.code === "TIPX706")).toHaveLength(skipped);
      const generalised = (r: ConversionReport) => r.issues.filter((i) => i.code === "TIPX709").map((i) => i.count);
      expect(generalised(got.report)).toEqual(generalised(want.report));
      addsUp(got.report);
    });
  });

  it("names a suppressed row's bundle by its line, or by its position", async () => {
    const bundles = await rowBundles();
    const numbered: NumberedBundle[] = bundles.map((bundle, i) => ({ row: 2 * i + 1, bundle }));
    const byLine = await streamToCtdcRows(numbered, { codebook: "2024", k: 11 });
    const byPosition = await streamToCtdcRows(bundles, { codebook: "2024", k: 11 });
    const suppressed = (r: ConversionReport) => r.issues.filter((i) => i.code === "TIPX706");
    expect(suppressed(byLine.report).map((i) => i.row)).toEqual(
      suppressed(byPosition.report).map((i) => 2 * (i.row ?? 0) - 1),
    );
    expect(suppressed(byLine.report)[0]).toMatchObject({ path: "/entities/1/parties/0" });
  });

  it("leaves out the entities an earlier bundle had, as joining does", async () => {
    const once = await streamToCtdcRows([example], { codebook: "2024", k: 1 });
    const twice = await streamToCtdcRows([example, example], { codebook: "2024", k: 1 });
    expect(twice.value).toEqual(once.value);
    expect(twice.report.counts).toEqual(once.report.counts);
  });

  it("gives nothing for no bundles", async () => {
    const { value, report } = await streamToCtdcRows([], { codebook: "2017" });
    expect(value).toEqual([]);
    expect(report.counts).toMatchObject({ rows: 0, values: 0 });
  });
});

describe("streamToCtdcVictimPerpetratorRows", () => {
  it.each([1, 11])("gives toCtdcVictimPerpetratorRows' rows and report for one bundle, k = %i", async (k) => {
    const want = toCtdcVictimPerpetratorRows(example, { k, hxl: true });
    const got = await streamToCtdcVictimPerpetratorRows([example], { k, hxl: true });
    expect(got.value).toEqual(want.value);
    expect(got.report.counts).toEqual(want.report.counts);
    expect(codesOf(got.report)).toEqual(codesOf(want.report));
    addsUp(got.report);
  });
});
