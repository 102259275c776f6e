// Turns an OpenAPI 3.x document (unknown JSON) into the plain rows the API reference page renders. Only what a
// reader needs: operations with their parameters and responses, and the component schemas with their properties.

export interface ParameterRow {
  name: string;
  in: string;
  required: boolean;
  type: string;
  description?: string;
}
export interface ResponseRow {
  status: string;
  description: string;
  type?: string;
}
export interface OperationRow {
  method: string;
  path: string;
  /** An anchor id, stable for a method + path. */
  anchor: string;
  summary?: string;
  description?: string;
  parameters: ParameterRow[];
  requestBody?: string;
  responses: ResponseRow[];
}
export interface PropertyRow {
  name: string;
  type: string;
  required: boolean;
  description?: string;
}
export interface SchemaRow {
  name: string;
  anchor: string;
  type: string;
  description?: string;
  properties: PropertyRow[];
}
export interface ApiModel {
  title: string;
  version: string;
  openapi: string;
  description?: string;
  operations: OperationRow[];
  schemas: SchemaRow[];
}

type Json = Record<string, unknown>;
const METHODS = ["get", "post", "put", "patch", "delete", "head", "options"] as const;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function str(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** The anchor of a component schema. */
export function schemaAnchor(name: string): string {
  return `schema-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** A short type expression for a JSON Schema: `Contact`, `string[]`, `"ja" | "en"`, `object`. */
export function typeOf(schema: unknown): string {
  if (!isRecord(schema)) return "any";
  const ref = str(schema.$ref);
  if (ref) return ref.split("/").pop() ?? ref;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  for (const key of ["oneOf", "anyOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options)) return options.map(typeOf).join(" | ");
  }
  if (Array.isArray(schema.allOf)) return schema.allOf.map(typeOf).join(" & ");
  const type = schema.type;
  if (Array.isArray(type))
    return type.map((t) => (t === "array" ? `${typeOf(schema.items)}[]` : String(t))).join(" | ");
  if (type === "array") return `${typeOf(schema.items)}[]`;
  const base = str(type) ?? (isRecord(schema.properties) ? "object" : "any");
  const format = str(schema.format);
  return format ? `${base} (${format})` : base;
}

function mediaType(content: unknown): string | undefined {
  if (!isRecord(content)) return undefined;
  const entries = Object.entries(content).filter(([, v]) => isRecord(v));
  return entries.map(([media, v]) => `${media}: ${typeOf((v as Json).schema)}`).join("; ") || undefined;
}

function resolveParameter(param: unknown, components: Json): Json | undefined {
  if (!isRecord(param)) return undefined;
  const ref = str(param.$ref);
  if (!ref) return param;
  const name = ref.split("/").pop() ?? "";
  const found = isRecord(components.parameters) ? components.parameters[name] : undefined;
  return isRecord(found) ? found : undefined;
}

/** The reference model of an OpenAPI document; throws with a reason when it is not one. */
export function readOpenApi(doc: unknown): ApiModel {
  if (!isRecord(doc) || !str(doc.openapi)) throw new Error("not an OpenAPI document: no `openapi` version field");
  if (!isRecord(doc.paths)) throw new Error("OpenAPI document has no `paths` object");
  const info = isRecord(doc.info) ? doc.info : {};
  const components = isRecord(doc.components) ? doc.components : {};
  const operations: OperationRow[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!isRecord(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op)) continue;
      const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]
        .map((p) => resolveParameter(p, components))
        .filter((p): p is Json => p !== undefined);
      const row: OperationRow = {
        method: method.toUpperCase(),
        path,
        anchor: `op-${method}-${path.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "")}`,
        parameters: params.map((p) => {
          const parameter: ParameterRow = {
            name: str(p.name) ?? "?",
            in: str(p.in) ?? "?",
            required: p.required === true,
            type: typeOf(p.schema),
          };
          const description = str(p.description) ?? (isRecord(p.schema) ? str(p.schema.description) : undefined);
          if (description) parameter.description = description;
          return parameter;
        }),
        responses: isRecord(op.responses)
          ? Object.entries(op.responses).map(([status, r]) => {
              const response: ResponseRow = { status, description: isRecord(r) ? (str(r.description) ?? "") : "" };
              const type = isRecord(r) ? mediaType(r.content) : undefined;
              if (type) response.type = type;
              return response;
            })
          : [],
      };
      const summary = str(op.summary);
      if (summary) row.summary = summary;
      const description = str(op.description);
      if (description) row.description = description;
      const body = isRecord(op.requestBody) ? mediaType(op.requestBody.content) : undefined;
      if (body) row.requestBody = body;
      operations.push(row);
    }
  }
  const schemas: SchemaRow[] = Object.entries(isRecord(components.schemas) ? components.schemas : {}).map(
    ([name, schema]) => {
      const s = isRecord(schema) ? schema : {};
      const required = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === "string") : [];
      const row: SchemaRow = {
        name,
        anchor: schemaAnchor(name),
        type: typeOf(s),
        properties: Object.entries(isRecord(s.properties) ? s.properties : {}).map(([prop, ps]) => {
          const property: PropertyRow = { name: prop, type: typeOf(ps), required: required.includes(prop) };
          const description = isRecord(ps) ? str(ps.description) : undefined;
          if (description) property.description = description;
          return property;
        }),
      };
      const description = str(s.description);
      if (description) row.description = description;
      return row;
    },
  );
  const model: ApiModel = {
    title: str(info.title) ?? "API",
    version: str(info.version) ?? "",
    openapi: str(doc.openapi) ?? "",
    operations,
    schemas,
  };
  const description = str(info.description);
  if (description) model.description = description;
  return model;
}
