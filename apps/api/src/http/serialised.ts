// Serialise-once: a response body that depends only on (route, lang, filter) is built, stringified and hashed once.
import { strongEtag } from "./etag.js";

/** A response body ready to send, with its strong ETag. */
export interface Serialised {
  /** The body as text. */
  body: string;
  /** The same body as UTF-8 bytes, encoded once so no request pays for encoding it. */
  bytes: Uint8Array<ArrayBuffer>;
  etag: string;
}

const encoder = new TextEncoder();

/** Serialises a value as JSON and computes its ETag. */
export async function serialise(value: unknown): Promise<Serialised> {
  return serialiseText(JSON.stringify(value));
}

/** Wraps an already serialised text body (JSON, JavaScript, HTML) with its ETag. */
export async function serialiseText(body: string): Promise<Serialised> {
  const bytes = encoder.encode(body);
  return { body, bytes, etag: await strongEtag(bytes) };
}

/**
 * A bounded least-recently-used memo of serialised bodies. Keys are built only from validated enum values, ids,
 * instants and language, never from free text, so nothing a person typed is kept.
 */
export class SerialisedCache {
  readonly #entries = new Map<string, Promise<Serialised>>();
  readonly #limit: number;

  constructor(limit = 2048) {
    this.#limit = limit;
  }

  /** The cached body for `key`, building it with `build` on first use. */
  get(key: string, build: () => unknown): Promise<Serialised> {
    const hit = this.#entries.get(key);
    if (hit) {
      // Refresh recency; a Map iterates in insertion order, so the first key is the least recently used.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit;
    }
    const created = Promise.resolve().then(() => serialise(build()));
    // A failed build must not poison the cache: the next request tries again.
    created.catch(() => this.#entries.delete(key));
    if (this.#entries.size >= this.#limit) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, created);
    return created;
  }

  /** Number of bodies held. */
  get size(): number {
    return this.#entries.size;
  }
}
