// Speed only: a document repeats its words and lines, and several passes ask the same question of each.

/**
 * `fn` with its answers kept for the strings it has seen. The store is emptied when it holds `limit`
 * answers, so memory stays bounded on any document.
 */
export function memoize<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = fn(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
