// Adapter: what queries need to know about the indexed corpus as a whole. Every stored document's synonym groups
// (to rewrite queries and to map highlights back), and a vocabulary of the corpus's words (for "Did you mean …?"),
// kept per document in a small index of its own beside the paragraphs. Both are cached and reloaded after an
// ingest in this process, or after a while (SYNONYMS_TTL_MS, VOCABULARY_TTL_MS) when another process (the CLI)
// may have changed them.
import type { EnqueuedTask, Meilisearch } from 'meilisearch';
import { compileSynonyms, type SynonymTable } from '../text/searchForm.ts';
import { makeVocabulary, vocabularyOf, type Vocabulary } from '../text/suggest.ts';
import { upstream, waitTasks } from './meili-client.ts';
import type { IndexedParagraph } from './records.ts';
import { applyIndexSettings } from './settings.ts';
import { ENGLISH_STOP_WORDS } from './stopWords.ts';
import type { IndexNames } from './store.ts';

/** How long cached synonym tables are trusted when nothing in this process changed them (they are small). */
const SYNONYMS_TTL_MS = 30_000;
/** The vocabulary is large at scale (words of every document) and only feeds suggestions: reread less often. */
const VOCABULARY_TTL_MS = 600_000;
/** Words kept per document: the most frequent ones; rarer forms are left to Meilisearch's typo tolerance. */
const VOCABULARY_PER_DOCUMENT = 5000;
const PAGE = 1000;

export interface VocabularyRecord {
  id: string;
  /** Words by descending frequency, space-separated (one stored string, cheaper than an array). */
  words: string;
}

export interface CorpusTerms {
  /** All documents' groups compiled for queries, and each document's own table (for highlights). */
  synonyms(): Promise<{ query: SynonymTable; byDocument: Map<string, SynonymTable> }>;
  vocabulary(): Promise<Vocabulary>;
  /** Forget what is cached (called after every ingest and delete in this process). */
  invalidate(): void;
}

export function vocabularyIndex(names: IndexNames): string {
  return `${names.paragraphs}_vocabulary`;
}

/** Read by id only: nothing in it is searched, so Meilisearch indexes only the id. */
const VOCABULARY_SETTINGS = { searchableAttributes: ['id'], filterableAttributes: [], sortableAttributes: [] };

export async function ensureVocabularyIndex(client: Meilisearch, names: IndexNames): Promise<void> {
  await applyIndexSettings(client, vocabularyIndex(names), VOCABULARY_SETTINGS);
}

/** The vocabulary of each document's paragraphs (pure: built before the write, beside an earlier one). */
export function vocabularyRecords(docs: Array<[string, IndexedParagraph[]]>): VocabularyRecord[] {
  const skip = new Set(ENGLISH_STOP_WORDS);
  return docs.map(([id, paragraphs]) => ({ id, words: vocabularyOf(paragraphs.map((p) => p.text), skip, VOCABULARY_PER_DOCUMENT).join(' ') }));
}

/** Enqueue the storing of these vocabularies (replacing what each document had); the caller waits for the task. */
export async function enqueueVocabularies(client: Meilisearch, names: IndexNames, records: VocabularyRecord[]): Promise<EnqueuedTask[]> {
  return records.length ? [await upstream(() => client.index(vocabularyIndex(names)).addDocuments(records, { primaryKey: 'id' }))] : [];
}

export async function deleteVocabulary(client: Meilisearch, names: IndexNames, docId: string): Promise<void> {
  await waitTasks(client, [await upstream(() => client.index(vocabularyIndex(names)).deleteDocument(docId))]);
}

export function createCorpusTerms(client: Meilisearch, names: IndexNames): CorpusTerms {
  let synonyms: { at: number; value: Promise<{ query: SynonymTable; byDocument: Map<string, SynonymTable> }> } | null = null;
  let vocabulary: { at: number; value: Promise<Vocabulary> } | null = null;
  const fresh = (c: { at: number } | null, ttl: number) => c !== null && Date.now() - c.at < ttl;
  return {
    synonyms() {
      if (!fresh(synonyms, SYNONYMS_TTL_MS)) synonyms = { at: Date.now(), value: loadSynonyms(client, names) };
      const current = synonyms!;
      current.value.catch(() => { if (synonyms === current) synonyms = null; });
      return current.value;
    },
    vocabulary() {
      if (!fresh(vocabulary, VOCABULARY_TTL_MS)) vocabulary = { at: Date.now(), value: loadVocabulary(client, names) };
      const current = vocabulary!;
      current.value.catch(() => { if (vocabulary === current) vocabulary = null; });
      return current.value;
    },
    invalidate() {
      synonyms = null;
      vocabulary = null;
    },
  };
}

async function loadSynonyms(client: Meilisearch, names: IndexNames): Promise<{ query: SynonymTable; byDocument: Map<string, SynonymTable> }> {
  const index = client.index<{ id: string; synonyms?: string[][] }>(names.documents);
  const byDocument = new Map<string, SynonymTable>();
  // Many documents share their groups (a series of reports): one table per distinct set of groups.
  const tables = new Map<string, SynonymTable>();
  const all = new Map<string, string[]>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await upstream(() => index.getDocuments({ fields: ['id', 'synonyms'], limit: PAGE, offset }));
    for (const r of page.results) {
      if (!r.synonyms?.length) continue;
      const key = JSON.stringify(r.synonyms);
      if (!tables.has(key)) tables.set(key, compileSynonyms(r.synonyms));
      byDocument.set(r.id, tables.get(key)!);
      for (const g of r.synonyms) all.set(JSON.stringify(g), g);
    }
    if (page.results.length < PAGE) break;
  }
  return { query: compileSynonyms([...all.values()]), byDocument };
}

/** The union of every document's words, the most frequent first (by their best rank in any document). */
async function loadVocabulary(client: Meilisearch, names: IndexNames): Promise<Vocabulary> {
  const index = client.index<VocabularyRecord>(vocabularyIndex(names));
  const rank = new Map<string, number>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await upstream(() => index.getDocuments({ fields: ['words'], limit: PAGE, offset }));
    for (const r of page.results) {
      String(r.words ?? '').split(' ').forEach((w: string, i: number) => {
        if (w && (rank.get(w) ?? Infinity) > i) rank.set(w, i);
      });
    }
    if (page.results.length < PAGE) break;
  }
  return makeVocabulary([...rank].sort((a, b) => a[1] - b[1]).map(([w]) => w));
}
