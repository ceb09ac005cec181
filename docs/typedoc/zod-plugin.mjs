// A typedoc plugin that makes the pages of the zod model readable; it runs after typedoc-plugin-zod, which
// turns every `type X = z.infer<typeof X>` into the type zod infers and every schema constant's type into
// `ZodObject<X>`. On its own that inferred type spells out every nested object and every code (all 249
// country codes inside Person), so this plugin, for every type in the project:
// - writes a union of string literals that holds a code list's codes as that list's name (`CountryCode`);
// - writes an object type whose fields are those of a named model type as that type's name (`PersonNames`);
// - gives a code list's own type the short form `(typeof COUNTRY_CODES)[number]` when such an array exists;
// and adds to each schema constant a sentence that links its type and the model reference page
// docs/reference/model/<Name>.md (a project document) when that page exists.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ArrayType,
  Comment,
  Converter,
  DeclarationReflection,
  IndexedAccessType,
  IntrinsicType,
  QueryType,
  ReferenceType,
  ReflectionKind,
  TypeScript as ts,
  UnionType,
} from "typedoc";

/** Where the generated model reference pages live, one `<Name>.md` per object type of the model. */
const REFERENCE_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "reference", "model");

/** Code lists this short are still written as their name: a name says more than a few codes. */
const MIN_CODES = 2;

/** A code list is named inside a union with more codes only when it has at least this many. */
const MIN_PART_CODES = 10;

/**
 * A named type that other types are written as: where it is declared, so that a package converted after
 * the one that declares it (packages are converted one by one) can still link it.
 *
 * @typedef {{ name: string, fileName: string, alias: DeclarationReflection }} Named
 */

/** @param {import("typedoc").Application} app */
export function load(app) {
  // Kept across packages: @tipx/privacy's `redact(bundle: Bundle)` gets @tipx/schema's Bundle type.
  /** @type {Map<string, Named>} */
  const objects = new Map();
  /** @type {Array<Named & { codes: Set<string> }>} */
  const codeLists = [];
  /** @type {DeclarationReflection[]} */
  let inferred = [];
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.TypeAlias)) return;
    // Type aliases get their type later in typedoc 0.28; the checker is only there while converting.
    context.converter.deferConversion(() => {
      const declaration = context
        .getSymbolFromReflection(reflection)
        ?.getDeclarations()
        ?.find((d) => ts.isTypeAliasDeclaration(d));
      if (!declaration) return;
      const named = { name: reflection.name, fileName: declaration.getSourceFile().fileName, alias: reflection };
      const type = context.checker.getTypeAtLocation(declaration);
      const codes = _stringLiterals(type);
      if (codes && codes.size >= MIN_CODES) codeLists.push({ ...named, codes });
      if (!_isInferred(declaration)) return;
      inferred.push(reflection);
      if (!codes && type.getFlags() & ts.TypeFlags.Object) {
        const key = _shapeKey(context.checker.getPropertiesOfType(type).map((p) => p.declarations?.[0]));
        if (key && !objects.has(key)) objects.set(key, named);
      }
    });
  });
  // After typedoc-plugin-zod (priority 2000), which has replaced the `z.infer` aliases by then.
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      codeLists.sort((a, b) => b.codes.size - a.codes.size);
      _nameModelTypes(context, inferred, objects, codeLists);
      inferred = [];
    },
    1000,
  );
}

/**
 * @param {import("typedoc").Context} context
 * @param {DeclarationReflection[]} inferred
 * @param {Map<string, Named>} objects
 * @param {Array<Named & { codes: Set<string> }>} codeLists
 */
function _nameModelTypes(context, inferred, objects, codeLists) {
  const project = context.project;
  /** @param {Named} named */
  const refer = (named) => {
    if (project.getReflectionById(named.alias.id) === named.alias) {
      return ReferenceType.createResolvedReference(named.name, named.alias, project);
    }
    const symbol = _exportedSymbol(context, named);
    return symbol
      ? context.createSymbolReference(symbol, context, named.name)
      : ReferenceType.createBrokenReference(named.name, project, undefined);
  };

  /** @param {import("typedoc").SomeType} type @param {import("typedoc").Reflection} self */
  const rename = (type, self) => {
    switch (type.type) {
      case "union": {
        const members = type.types.map((t) => rename(t, self));
        const literals = new Set(
          members.filter((t) => t.type === "literal" && typeof t.value === "string").map((t) => t.value),
        );
        const named = [];
        for (const list of codeLists) {
          if (list.alias === self || ![...list.codes].every((code) => literals.has(code))) continue;
          // Only a long list is named inside a larger union: a short one may match by chance.
          if (list.codes.size < literals.size && list.codes.size < MIN_PART_CODES) continue;
          for (const code of list.codes) literals.delete(code);
          named.push(refer(list));
        }
        if (named.length === 0) return new UnionType(members);
        const rest = members.filter(
          (t) => !(t.type === "literal" && typeof t.value === "string") || literals.has(t.value),
        );
        const all = [...named, ...rest];
        return all.length === 1 ? all[0] : new UnionType(all);
      }
      case "array":
        return new ArrayType(rename(type.elementType, self));
      case "reference":
        if (type.typeArguments) type.typeArguments = type.typeArguments.map((t) => rename(t, self));
        return type;
      case "intersection":
        type.types = type.types.map((t) => rename(t, self));
        return type;
      case "tuple":
        type.elements = type.elements.map((t) => rename(t, self));
        return type;
      case "namedTupleMember":
      case "optional":
      case "rest":
        if (type.type === "namedTupleMember") type.element = rename(type.element, self);
        else type.elementType = rename(type.elementType, self);
        return type;
      case "typeOperator":
        type.target = rename(type.target, self);
        return type;
      case "reflection": {
        const children = type.declaration.children ?? [];
        const key = _shapeKey(children.map((child) => context.getSymbolFromReflection(child)?.declarations?.[0]));
        const named = key === undefined ? undefined : objects.get(key);
        if (!named || named.alias === self) return type;
        project.removeReflection(type.declaration);
        return refer(named);
      }
      default:
        return type;
    }
  };

  // Every reflection, nested ones included, is registered in the project: renaming each one's own type is
  // enough, as long as a replaced object type's members (removed with it) are skipped.
  for (const reflection of Object.values(project.reflections)) {
    if (!project.getReflectionById(reflection.id) || !("type" in reflection) || !reflection.type) continue;
    reflection.type = rename(reflection.type, reflection);
  }

  for (const alias of inferred) {
    const list = codeLists.find((entry) => entry.alias === alias);
    if (list) _shortenCodeList(alias, list.codes, project);
    const schema = alias.parent?.children?.find((c) => c.name === alias.name && c.kindOf(ReflectionKind.Variable));
    if (schema) {
      _describeSchema(
        schema,
        alias,
        [...objects.values()].some((named) => named.alias === alias),
        project,
      );
    }
  }
}

/**
 * Whether an alias is written `type X = z.infer<typeof X>` (or `z.output`, `z.input`).
 *
 * @param {import("typescript").TypeAliasDeclaration} declaration
 */
function _isInferred(declaration) {
  const node = declaration.type;
  if (!ts.isTypeReferenceNode(node) || !ts.isQualifiedName(node.typeName)) return false;
  if (!["infer", "output", "input"].includes(node.typeName.right.text)) return false;
  return node.typeArguments?.[0] !== undefined && ts.isTypeQueryNode(node.typeArguments[0]);
}

/**
 * The symbol a named type is exported as, looked up in the program of the package being converted.
 *
 * @param {import("typedoc").Context} context @param {Named} named
 * @returns {import("typescript").Symbol | undefined}
 */
function _exportedSymbol(context, named) {
  for (const program of context.programs) {
    const file = program.getSourceFile(named.fileName);
    if (!file) continue;
    const checker = program.getTypeChecker();
    const module = checker.getSymbolAtLocation(file);
    const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === named.name);
    if (symbol) return symbol;
  }
  return undefined;
}

/** @param {import("typescript").Type} type @returns {Set<string> | undefined} */
function _stringLiterals(type) {
  if (!type.isUnion() || !type.types.every((t) => t.isStringLiteral())) return undefined;
  return new Set(type.types.map((t) => t.value));
}

/**
 * What identifies an object type: the declarations of its properties (a property of an inferred type keeps
 * the declaration of its field in the schema's shape), so two types with the same fields in different
 * schemas stay apart.
 *
 * @param {Array<import("typescript").Declaration | undefined>} declarations
 */
function _shapeKey(declarations) {
  if (declarations.length === 0 || declarations.some((d) => !d)) return undefined;
  return declarations
    .map((d) => `${d.getSourceFile().fileName}:${d.pos}`)
    .sort()
    .join("|");
}

/**
 * Writes a code list's type as `(typeof LIST)[number]` when its module exports an array of exactly its codes.
 *
 * @param {DeclarationReflection} alias @param {Set<string>} codes @param {import("typedoc").ProjectReflection} project
 */
function _shortenCodeList(alias, codes, project) {
  const array = alias.parent?.children?.find((child) => {
    if (!child.kindOf(ReflectionKind.Variable)) return false;
    const tuple = child.type?.type === "typeOperator" ? child.type.target : child.type;
    if (tuple?.type !== "tuple" || tuple.elements.length !== codes.size) return false;
    return tuple.elements.every((e) => e.type === "literal" && codes.has(String(e.value)));
  });
  if (!array) return;
  alias.type = new IndexedAccessType(
    new QueryType(ReferenceType.createResolvedReference(array.name, array, project)),
    new IntrinsicType("number"),
  );
}

/**
 * Adds to a schema constant's comment a sentence that links the type it validates and, for a model type,
 * its reference page.
 *
 * @param {DeclarationReflection} schema @param {DeclarationReflection} alias
 * @param {boolean} isObject @param {import("typedoc").ProjectReflection} project
 */
function _describeSchema(schema, alias, isObject, project) {
  /** @type {import("typedoc").CommentDisplayPart[]} */
  const parts = [
    { kind: "text", text: "\n\nThe zod schema of " },
    { kind: "inline-tag", tag: "@link", text: alias.name, target: alias },
  ];
  const page = join(REFERENCE_DIR, `${alias.name}.md`);
  if (isObject && existsSync(page)) {
    const { target } = project.files.registerAbsolute(page.replaceAll("\\", "/"));
    parts.push(
      { kind: "text", text: `; its fields are described on the model reference page [${alias.name}](` },
      { kind: "relative-link", text: `reference/model/${alias.name}.md`, target, targetAnchor: undefined },
      { kind: "text", text: ")" },
    );
  }
  parts.push({ kind: "text", text: "." });
  schema.comment ??= new Comment();
  schema.comment.summary.push(...parts);
}
