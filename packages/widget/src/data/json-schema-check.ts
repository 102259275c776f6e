// A small checker for the JSON Schemas that @netstalker/data publishes, used to validate live API data.
//
// Why our own and not zod, @cfworker/json-schema or Ajv: see docs/decisions/0011-widget-keeps-its-json-schema-checker.md (measured sizes). This checker covers
// exactly the keywords the published schemas use; any other keyword is refused loudly rather than silently ignored.

/** A JSON Schema document as published (draft 2020-12, local `$ref`s into `$defs`). */
export interface JsonSchemaDocument {
  $ref?: string;
  $defs?: Record<string, unknown>;
  [keyword: string]: unknown;
}

/** A check that replaces a `$defs` entry, e.g. LocalizedText → one non-empty string for records in one language. */
export type Substitute = (value: unknown) => boolean;

const ANNOTATIONS = new Set(["$schema", "$id", "$defs", "title", "description", "format", "examples", "default"]);
const KEYWORDS = new Set([
  "$ref",
  "type",
  "enum",
  "const",
  "pattern",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "items",
  "properties",
  "required",
  "additionalProperties",
  "oneOf",
  "anyOf",
]);

type Schema = Record<string, unknown>;

/**
 * Keys refused in any object of outside data. JSON.parse makes `__proto__` an own property, and code that copies a
 * record (`{ ...record }`, Object.assign) or reads it by name could then pick up a prototype or a constructor it
 * never meant to: a record carrying one is malformed, whatever its schema allows.
 */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeOk(type: unknown, value: unknown): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      throw new Error(`unsupported JSON Schema type ${JSON.stringify(type)}`);
  }
}

/**
 * Builds a validator for a JSON Schema document. It returns null when `value` is valid, else the path and reason of
 * the first problem. `substitutes` replace named `$defs` entries.
 */
export function compileJsonSchema(
  document: JsonSchemaDocument,
  substitutes: Record<string, Substitute> = {},
): (value: unknown) => string | null {
  const defs = document.$defs ?? {};
  const patterns = new Map<string, RegExp>();

  function check(schema: unknown, value: unknown, path: string): string | null {
    if (!isObject(schema)) throw new Error(`schema at ${path} is not an object`);
    for (const key of Object.keys(schema)) {
      if (!KEYWORDS.has(key) && !ANNOTATIONS.has(key)) throw new Error(`unsupported JSON Schema keyword "${key}"`);
    }
    const s: Schema = schema;
    if (typeof s.$ref === "string") {
      const name = s.$ref.replace(/^#\/\$defs\//, "");
      // Own properties only, here and below: an inherited name ("constructor", "toString") is never a definition.
      const substitute = Object.hasOwn(substitutes, name) ? substitutes[name] : undefined;
      if (substitute) return substitute(value) ? null : `${path}: not a valid ${name}`;
      if (!Object.hasOwn(defs, name)) throw new Error(`unresolved $ref ${s.$ref}`);
      const problem = check(defs[name], value, path);
      if (problem) return problem;
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => typeOk(t, value))) return `${path}: expected ${types.join(" or ")}`;
    }
    if (Array.isArray(s.enum) && !s.enum.includes(value)) return `${path}: not one of ${s.enum.join(", ")}`;
    if ("const" in s && s.const !== value) return `${path}: expected ${JSON.stringify(s.const)}`;
    if (typeof value === "string") {
      if (typeof s.minLength === "number" && value.length < s.minLength) return `${path}: too short`;
      if (typeof s.maxLength === "number" && value.length > s.maxLength) return `${path}: too long`;
      if (typeof s.pattern === "string") {
        let re = patterns.get(s.pattern);
        if (!re) {
          re = new RegExp(s.pattern, "u");
          patterns.set(s.pattern, re);
        }
        if (!re.test(value)) return `${path}: does not match ${s.pattern}`;
      }
    }
    if (Array.isArray(value)) {
      if (typeof s.minItems === "number" && value.length < s.minItems) return `${path}: too few items`;
      if (typeof s.maxItems === "number" && value.length > s.maxItems) return `${path}: too many items`;
      if (s.items !== undefined) {
        for (const [i, item] of value.entries()) {
          const problem = check(s.items, item, `${path}[${i}]`);
          if (problem) return problem;
        }
      }
    }
    if (isObject(value)) {
      const properties = isObject(s.properties) ? s.properties : {};
      if (Array.isArray(s.required)) {
        for (const key of s.required) {
          if (typeof key === "string" && !Object.hasOwn(value, key)) return `${path}.${key}: missing`;
        }
      }
      for (const [key, item] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) return `${path}.${key}: forbidden property`;
        if (Object.hasOwn(properties, key)) {
          const problem = check(properties[key], item, `${path}.${key}`);
          if (problem) return problem;
        } else if (s.additionalProperties === false) {
          return `${path}.${key}: unexpected property`;
        }
      }
    }
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const options = s[keyword];
      if (!Array.isArray(options)) continue;
      const problems = options.map((option, i) => check(option, value, `${path}<${keyword}[${i}]>`));
      const matches = problems.filter((p) => p === null).length;
      if (keyword === "oneOf" ? matches !== 1 : matches === 0) {
        return matches > 1 ? `${path}: matches more than one schema` : (problems.find((p) => p !== null) ?? path);
      }
    }
    return null;
  }

  return (value) => check(document, value, "$");
}
