// The HSDS 3.0 page object (openapi.json's `Page` plus `contents`), for any list.
import type { HsdsPage } from "./types.js";

/** The largest `per_page` a list serves: enough for the whole directory in one request. */
export const HSDS_MAX_PER_PAGE = 100;
/** `per_page` when the request does not say. */
export const HSDS_DEFAULT_PER_PAGE = 50;

/** Page `page` (from 1) of `items`, `perPage` to a page. A page past the end is empty, not an error. */
export function hsdsPage<T>(items: readonly T[], page: number, perPage: number): HsdsPage<T> {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be an integer from 1, got ${page}`);
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new RangeError(`per_page must be an integer from 1, got ${perPage}`);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
