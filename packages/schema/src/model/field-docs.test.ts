import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { findField, modelFields } from "./field-index";

const modelDir = dirname(fileURLToPath(import.meta.url));

/** Every `key: field(schema, { id: "...", ... })` of the model's sources, with the doc comment above it. */
function documentedFields(): { file: string; id: string; doc: string | undefined }[] {
  const found: { file: string; id: string; doc: string | undefined }[] = [];
  for (const file of readdirSync(modelDir).filter((name) => name.endsWith(".ts") && !name.includes(".test"))) {
    const text = readFileSync(join(modelDir, file), "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAssignment(node) && ts.isCallExpression(node.initializer)) {
        const call = node.initializer;
        const meta = call.arguments[1];
        if (call.expression.getText() === "field" && meta && ts.isObjectLiteralExpression(meta)) {
          const idProperty = meta.properties.find((p) => p.name?.getText() === "id");
          if (idProperty && ts.isPropertyAssignment(idProperty) && ts.isStringLiteral(idProperty.initializer)) {
            const doc = ts.getJSDocCommentsAndTags(node).map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")[0];
            found.push({ file, id: idProperty.initializer.text, doc });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe("field doc comments (what an editor shows when hovering a field of a model type)", () => {
  const fields = documentedFields();

  it("finds every field of the model in the sources", () => {
    expect(new Set(fields.map((f) => f.id))).toEqual(new Set(modelFields().map((meta) => meta.id)));
  });

  it("repeats each field's English description from the registry, word for word", () => {
    const drifted = fields
      .filter(({ id, doc }) => doc?.replace(/\s+/g, " ").trim() !== findField(id)?.description)
      .map(({ file, id }) => `${file}: ${id}`);
    expect(drifted).toEqual([]);
  });
});
