// Adapter: load index-config/paragraphs.json, turn it into Meilisearch settings, and apply them idempotently.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Meilisearch, Settings } from 'meilisearch';
import { z } from 'zod';
import { InputError, UpstreamError } from '../domain/errors.ts';
import { FILTER_ATTRIBUTES } from './filters.ts';
import { meiliErrorCode, upstream, waitTasks } from './meili-client.ts';

export const DEFAULT_SETTINGS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../index-config/paragraphs.json');

const SearchOptionsSchema = z.object({
  highlightPreTag: z.string().min(1),
  highlightPostTag: z.string().min(1),
  cropLength: z.number().int().positive().max(500),
  cropMarker: z.string(),
  facetLimit: z.number().int().positive().max(10_000),
});

const FileSchema = z.object({
  settings: z.looseObject({
    searchableAttributes: z.array(z.string()).min(1),
    filterableAttributes: z.array(z.string()),
    sortableAttributes: z.array(z.string()),
    synonyms: z.never().optional(),
  }),
  synonymGroups: z.array(z.array(z.string().min(1)).min(2)).default([]),
  search: SearchOptionsSchema,
});

export type SearchOptions = z.infer<typeof SearchOptionsSchema>;

export interface IndexConfig {
  /** Sent as is; carries no synonyms (see synonymGroups). */
  settings: Settings;
  /** Spellings every index gets; each indexed document's own groups (its metadata) are merged in (synonyms.ts). */
  synonymGroups: string[][];
  search: SearchOptions;
}

/** Read and check the settings file; every attribute the service filters or sorts on must be declared. */
export async function loadIndexConfig(file = DEFAULT_SETTINGS_FILE): Promise<IndexConfig> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (e) {
    throw new InputError(`cannot read index settings ${file}: ${(e as Error).message}`, 'bad_config');
  }
  return parseIndexConfig(json, file);
}

export function parseIndexConfig(json: unknown, source = 'index settings'): IndexConfig {
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${source}: ${issue?.path.join('.')}: ${issue?.message}`, 'bad_config');
  }
  const { settings, synonymGroups, search } = parsed.data;
  const missing = [...FILTER_ATTRIBUTES, 'speakerRoles'].filter((a) => !settings.filterableAttributes.includes(a));
  if (missing.length) throw new InputError(`${source}: filterableAttributes lacks ${missing.join(', ')}`, 'bad_config');
  if (!['position', 'docId'].every((a) => settings.sortableAttributes.includes(a))) {
    throw new InputError(`${source}: sortableAttributes must include position and docId (document order)`, 'bad_config');
  }
  return { settings: settings as Settings, synonymGroups, search };
}

/** Groups of equivalent spellings → Meilisearch's map where every spelling lists all the others. */
export function expandSynonymGroups(groups: string[][]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const group of groups) {
    const words = [...new Set(group.map((w) => w.trim().toLowerCase()))];
    for (const w of words) out[w] = [...new Set([...(out[w] ?? []), ...words.filter((o) => o !== w)])];
  }
  return out;
}

/** Create the index with primary key `id` if needed, then update settings only when they differ. */
export async function applyIndexSettings(client: Meilisearch, uid: string, settings: Settings): Promise<boolean> {
  await ensureIndex(client, uid, 'id');
  const current = await upstream(() => client.index(uid).getSettings());
  if (settingsMatch(current, settings)) return false;
  await waitTasks(client, [await upstream(() => client.index(uid).updateSettings(settings))]);
  return true;
}

export async function ensureIndex(client: Meilisearch, uid: string, primaryKey: string): Promise<void> {
  const exists = await upstream(async () => {
    try {
      await client.getRawIndex(uid);
      return true;
    } catch (e) {
      if (meiliErrorCode(e) === 'index_not_found') return false;
      throw e;
    }
  });
  if (exists) return;
  const enqueued = await upstream(() => client.createIndex(uid, { primaryKey }));
  try {
    await waitTasks(client, [enqueued]);
  } catch (e) {
    // Another process may have created it in between: that is the state we wanted.
    if (!(e instanceof UpstreamError && e.message.includes('index_already_exists'))) throw e;
  }
}

/** Attribute lists whose order Meilisearch does not keep (it returns them sorted). */
const UNORDERED = new Set(['filterableAttributes', 'sortableAttributes', 'stopWords']);

export function settingsMatch(current: Settings, wanted: Settings): boolean {
  return Object.entries(wanted).every(([key, value]) => {
    const have = (current as Record<string, unknown>)[key];
    if (UNORDERED.has(key) && Array.isArray(value) && Array.isArray(have)) {
      return isDeepStrictEqual([...have].sort(), [...value].sort());
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && have && typeof have === 'object') {
      return Object.entries(value).every(([k, v]) => isDeepStrictEqual(normalise((have as Record<string, unknown>)[k]), normalise(v)));
    }
    return isDeepStrictEqual(have, value);
  });
}

function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return [...v].sort();
  return v;
}
