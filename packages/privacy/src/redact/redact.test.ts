import { readFileSync } from "node:fs";
import { Bundle, CONSENT_PURPOSES, type ConsentPurpose, fieldRegistry, type Sensitivity, validate } from "@tipx/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { _unwrap, PURPOSE_POLICY } from "../policy";
import { redact } from "./redact";

const REPO = new URL("../../../../", import.meta.url);
const read = (file: string): Bundle => JSON.parse(readFileSync(new URL(file, REPO), "utf8")) as Bundle;
const everyField = read("fixtures/conformance/valid/model-1-1-every-field.json");
const maeSot = read("examples/bundles/mae-sot-interception.json");

type Def = { type: string } & Record<string, unknown>;

/** Every field present in a bundle, with its path and its own sensitivity class (independent of redact's walk). */
function presentFields(bundle: unknown): { path: string; sensitivity: Sensitivity }[] {
  const out: { path: string; sensitivity: Sensitivity }[] = [];
  const visit = (schema: z.core.$ZodType, value: unknown, path: string): void => {
    const meta = fieldRegistry.get(schema as z.ZodType);
    if (meta && path) out.push({ path, sensitivity: meta.sensitivity });
    const inner = _unwrap(schema);
    const def = inner._zod.def as Def;
    if (def.type === "object" && typeof value === "object" && value !== null) {
      const shape = def["shape"] as Record<string, z.core.$ZodType>;
      for (const [key, child] of Object.entries(value)) {
        const childSchema = shape[key];
        if (childSchema) visit(childSchema, child, path ? `${path}.${key}` : key);
      }
    } else if (def.type === "array" && Array.isArray(value)) {
      for (const item of value) visit(def["element"] as z.core.$ZodType, item, `${path}[]`);
    } else if (
      def.type === "union" &&
      typeof def["discriminator"] === "string" &&
      typeof value === "object" &&
      value !== null
    ) {
      const tag = (value as Record<string, unknown>)[def["discriminator"]];
      const option = (def["options"] as z.core.$ZodType[]).find((o) => {
        const shape = (_unwrap(o)._zod.def as Def)["shape"] as Record<string, z.core.$ZodType>;
        const literal = shape[def["discriminator"] as string];
        return literal !== undefined && ((_unwrap(literal)._zod.def as Def)["values"] as unknown[]).includes(tag);
      });
      if (option) visit(option, value, path);
    }
  };
  visit(Bundle, bundle, "");
  return out;
}

/** How many values a report path (`entities[].names.given`) reaches in a bundle. */
function occurrences(value: unknown, path: string): number {
  const [head, ...rest] = path.split(".");
  if (head === undefined) return 0;
  const list = head.endsWith("[]");
  const key = list ? head.slice(0, -2) : head;
  const child = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  if (child === undefined) return 0;
  const items = list ? (Array.isArray(child) ? child : []) : [child];
  if (rest.length === 0) return items.length;
  return items.reduce<number>((sum, item) => sum + occurrences(item, rest.join(".")), 0);
}

function allowed(purpose: ConsentPurpose): Set<Sensitivity> {
  const classes = PURPOSE_POLICY[purpose].classes;
  return new Set((Object.keys(classes) as Sensitivity[]).filter((c) => classes[c].action !== "remove"));
}

describe("redact", () => {
  it.each(CONSENT_PURPOSES)("keeps exactly the allowed sensitivity classes for %s", (purpose) => {
    expect(new Set(presentFields(everyField).map((f) => f.sensitivity))).toEqual(
      new Set(["direct-identifier", "quasi-identifier", "sensitive", "none"]),
    );
    const { bundle } = redact(everyField, purpose);
    expect(new Set(presentFields(bundle).map((f) => f.sensitivity))).toEqual(allowed(purpose));
  });

  it.each(CONSENT_PURPOSES)("gives a bundle that validates with no error for %s", (purpose) => {
    for (const input of [everyField, maeSot]) {
      const { bundle } = redact(input, purpose);
      expect(bundle.purpose).toBe(purpose);
      const errors = validate(bundle).issues.filter((issue) => issue.severity === "error");
      expect(errors.map((issue) => `${issue.code} ${issue.path}`)).toEqual([]);
    }
  });

  it.each(["statistics", "research"] as const)("leaves no direct identifier in a %s bundle", (purpose) => {
    for (const input of [everyField, maeSot]) {
      const left = presentFields(redact(input, purpose).bundle).filter((f) => f.sensitivity === "direct-identifier");
      expect(left).toEqual([]);
    }
  });

  it("keeps no name, identity number, phone, e-mail or street line of the Mae Sot example for statistics", () => {
    const originals: string[] = [];
    for (const entity of maeSot.entities) {
      if (entity.type !== "Person") continue;
      const { names, identityDocuments, phones, email, address } = entity;
      for (const name of Object.values(names ?? {})) originals.push(...(Array.isArray(name) ? name : [name]));
      for (const document of identityDocuments ?? []) originals.push(document.number);
      for (const phone of phones ?? []) originals.push(phone.number);
      if (email) originals.push(email);
      originals.push(...(address?.lines ?? []));
    }
    const names = originals.filter((value): value is string => typeof value === "string");
    expect(names.length).toBeGreaterThan(10);
    const output = JSON.stringify(redact(maeSot, "statistics").bundle);
    for (const value of names) expect(output.includes(JSON.stringify(value).slice(1, -1))).toBe(false);
  });

  it.each(CONSENT_PURPOSES)("reports counts that add up for %s", (purpose) => {
    for (const input of [everyField, maeSot]) {
      const { bundle, report } = redact(input, purpose);
      expect(report.purpose).toBe(purpose);
      const removedPaths = report.removed.map((r) => r.path);
      for (const { path, count } of report.removed) {
        expect(count).toBeGreaterThan(0);
        const underAnother = removedPaths.some((other) => other !== path && path.startsWith(`${other}.`));
        if (!underAnother) expect(occurrences(input, path) - occurrences(bundle, path)).toBe(count);
      }
      for (const { path, count } of report.generalized) {
        expect(count).toBeLessThanOrEqual(occurrences(bundle, path));
        expect(JSON.stringify(report)).not.toMatch(/Example Street|Person-A/);
      }
    }
  });

  it("keeps everything for case management and prosecution", () => {
    for (const purpose of ["case-management", "prosecution"] as const) {
      const { bundle, report } = redact(everyField, purpose);
      expect(bundle).toEqual({ ...everyField, purpose });
      expect(report.removed).toEqual([]);
      expect(report.generalized).toEqual([]);
    }
  });

  it("leaves its input unchanged, whatever the purpose", () => {
    const before = JSON.stringify(maeSot);
    fc.assert(
      fc.property(fc.constantFrom(...CONSENT_PURPOSES), (purpose) => {
        redact(maeSot, purpose);
        expect(JSON.stringify(maeSot)).toBe(before);
      }),
    );
  });

  it("reports statistics redaction of the Mae Sot example by path", () => {
    const { report } = redact(maeSot, "statistics");
    expect(report.removed.map((r) => r.path)).toContain("entities[].names");
    expect(report.generalized).toContainEqual({ path: "entities[].birthDate", count: 8, to: "year" });
  });
});
