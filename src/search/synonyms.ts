// Adapter: the paragraphs index's Meilisearch synonyms are the settings file's groups only. A document's own
// groups (`synonyms` in its .meta.json) are applied to that document's search form when it is indexed
// (records.ts), and to queries through the table of every stored document's groups (storedSynonymGroups).
import { isDeepStrictEqual } from 'node:util';
import type { Meilisearch } from 'meilisearch';
import { upstream, waitTasks } from './meili-client.ts';
import { expandSynonymGroups } from './settings.ts';
import type { IndexNames } from './store.ts';

/** Document records read per request (only their `synonyms` field). */
const PAGE = 1000;

/** The synonym groups of every stored document record. */
export async function storedSynonymGroups(client: Meilisearch, names: IndexNames): Promise<string[][]> {
  const index = client.index<{ synonyms?: string[][] }>(names.documents);
  const groups: string[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await upstream(() => index.getDocuments({ fields: ['synonyms'], limit: PAGE, offset }));
    for (const r of page.results) groups.push(...(r.synonyms ?? []));
    if (page.results.length < PAGE) return groups;
  }
}

/** Set the paragraphs index's synonyms to the base groups (no document's); true when they changed. */
export async function syncSynonyms(client: Meilisearch, names: IndexNames, baseGroups: string[][]): Promise<boolean> {
  const wanted = expandSynonymGroups(baseGroups);
  const index = client.index(names.paragraphs);
  const current = await upstream(() => index.getSynonyms());
  if (isDeepStrictEqual(canonical(current), canonical(wanted))) return false;
  await waitTasks(client, [await upstream(() => index.updateSynonyms(wanted))]);
  return true;
}

/** Meilisearch may reorder keys and lists: compare sorted. */
function canonical(synonyms: Record<string, string[]>): [string, string[]][] {
  return Object.entries(synonyms).map(([k, v]): [string, string[]] => [k, [...v].sort()]).sort(([a], [b]) => a.localeCompare(b));
}
