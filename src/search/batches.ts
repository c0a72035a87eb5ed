// Pure: cut records into JSON payloads Meilisearch accepts, bounded by a record count and a byte size.

export interface BatchLimits {
  /** Records per addDocuments call. */
  maxRecords: number;
  /** Bytes of JSON per call: far under Meilisearch's 100 MB payload limit, and quick to send and parse. */
  maxBytes: number;
}

/**
 * 5,000 paragraphs or 8 MiB, whichever comes first: Meilisearch indexes consecutive additions as one batch
 * anyway, so larger calls only cost memory; smaller ones cost a task each (measured in `npm run bench`).
 */
export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxRecords: 5_000, maxBytes: 8 * 1024 * 1024 };

export interface Payload {
  /** A JSON array of the records. */
  body: string;
  count: number;
}

/** Serialise each record once and group them; a single record over maxBytes goes alone (Meilisearch judges it). */
export function* payloadsOf(records: Iterable<unknown>, limits: BatchLimits = DEFAULT_BATCH_LIMITS): Generator<Payload> {
  if (!(limits.maxRecords >= 1 && limits.maxBytes >= 1)) throw new RangeError('batch limits must be at least 1');
  let parts: string[] = [];
  let bytes = 2;
  for (const record of records) {
    const json = JSON.stringify(record);
    const size = Buffer.byteLength(json) + 1;
    if (parts.length && (parts.length >= limits.maxRecords || bytes + size > limits.maxBytes)) {
      yield { body: `[${parts.join(',')}]`, count: parts.length };
      parts = [];
      bytes = 2;
    }
    parts.push(json);
    bytes += size;
  }
  if (parts.length) yield { body: `[${parts.join(',')}]`, count: parts.length };
}
