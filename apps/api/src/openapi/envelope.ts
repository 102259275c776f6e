// Response envelopes: `{ data, meta }` around the data package's localized record schemas.
import { z } from "@hono/zod-openapi";
import { LangSchema } from "@netstalker/data";

/** Meta of every data response. */
export const MetaSchema = z
  .object({
    lang: LangSchema,
    dataVersion: z.string().meta({ description: "The version of @netstalker/data this answer was built from." }),
  })
  .meta({ id: "Meta", description: "About a single-record answer." });

/** Meta of every list response. */
export const ListMetaSchema = MetaSchema.extend({
  count: z.number().int().min(0).meta({ description: "Number of items in `data`." }),
}).meta({ id: "ListMeta", description: "About a list answer." });

/** Builds `{ data: T[], meta }` registered as component `id`. */
export function listEnvelope<T extends z.ZodType, M extends z.ZodType = typeof ListMetaSchema>(
  item: T,
  id: string,
  meta?: M,
) {
  return z
    .object({ data: z.array(item), meta: (meta ?? ListMetaSchema) as M })
    .meta({ id, description: "A list of records and what the list is." });
}

/** Builds `{ data: T, meta }` registered as component `id`. */
export function itemEnvelope<T extends z.ZodType>(item: T, id: string) {
  return z.object({ data: item, meta: MetaSchema }).meta({ id, description: "One record and what it is." });
}

/** Shared description of the `lang` query parameter. */
export const LANG_DESCRIPTION =
  "Language of every text in the answer (ja or en). Without it, the best match in Accept-Language is used; default ja.";
