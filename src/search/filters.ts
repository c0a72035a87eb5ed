// Adapter: the ONE way user values reach a Meilisearch filter. Attribute names come from an allowlist,
// values are quoted and escaped, so a value can never close its string and add a clause of its own.

/** Attributes the service may filter on (each must be filterable in index-config/paragraphs.json). */
export const FILTER_ATTRIBUTES = ['id', 'speakers', 'articleId', 'kind', 'page', 'docId', 'position', 'speakerRoles'] as const;

export type FilterAttribute = (typeof FILTER_ATTRIBUTES)[number];
export type FilterValue = string | number;

const ALLOWED = new Set<string>(FILTER_ATTRIBUTES);

/** A Meilisearch filter literal: numbers as finite numbers, strings double-quoted with `\` and `"` escaped. */
export function escapeFilterValue(value: FilterValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value !== 'string') throw new TypeError('filter values are strings or numbers');
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

/**
 * `attribute IN [v1, v2…]` for an allowlisted attribute (`NOT attribute IN […]` when negated).
 * An empty list is refused: callers decide what "any of nothing" means (usually: no results at all).
 */
export function filterIn(attribute: FilterAttribute, values: readonly FilterValue[], negate = false): string {
  if (!ALLOWED.has(attribute)) throw new TypeError(`attribute not allowed in filters: ${String(attribute)}`);
  if (values.length === 0) throw new TypeError(`empty value list for ${attribute}`);
  const clause = `${attribute} IN [${values.map(escapeFilterValue).join(', ')}]`;
  return negate ? `NOT ${clause}` : clause;
}
