// PostgreSQL schema migrations (the SQLite ones are in src/annotations/migrations.ts and src/documents/store.ts).
// Append only: never edit a migration that has shipped, add a new one. Timestamps of records are ISO strings, as
// in SQLite, so both engines answer byte-for-byte the same JSON; queue times are timestamptz (leases use now()).
import { MOTIVATIONS, ROLES, VERDICTS } from '../../annotations/model.ts';
import type { Migration } from '../../annotations/migrations.ts';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export const PG_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'api keys, annotations and history',
    sql: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN (${list(ROLES)})),
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE TABLE annotations (
        seq BIGSERIAL PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        motivation TEXT NOT NULL CHECK (motivation IN (${list(MOTIVATIONS)})),
        note TEXT,
        tags JSONB NOT NULL DEFAULT '[]',
        verdict TEXT CHECK (verdict IS NULL OR verdict IN (${list(VERDICTS)})),
        visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
        status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
        paragraph_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        article_id TEXT,
        speakers JSONB NOT NULL DEFAULT '[]',
        paragraph_text TEXT NOT NULL,
        sel_exact TEXT,
        sel_prefix TEXT,
        sel_suffix TEXT,
        sel_start INTEGER,
        sel_end INTEGER,
        creator_key_id TEXT NOT NULL REFERENCES api_keys (id),
        creator_name TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT,
        deleted_by TEXT,
        search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(note, '') || ' ' || tags::text)) STORED,
        CHECK ((sel_exact IS NULL) = (sel_start IS NULL))
      );
      CREATE INDEX annotations_paragraph ON annotations (paragraph_id);
      CREATE INDEX annotations_doc ON annotations (doc_id);
      CREATE INDEX annotations_article ON annotations (article_id);
      CREATE INDEX annotations_creator ON annotations (lower(creator_name));
      CREATE INDEX annotations_search ON annotations USING GIN (search);
      CREATE TABLE annotation_history (
        seq BIGSERIAL PRIMARY KEY,
        annotation_id TEXT NOT NULL REFERENCES annotations (id),
        version INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('update', 'delete', 'restore', 'reanchor', 'orphan')),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        snapshot JSONB NOT NULL,
        detail JSONB
      );
      CREATE INDEX annotation_history_annotation ON annotation_history (annotation_id, seq);`,
  },
  {
    version: 2,
    name: 'upload records, their files, extraction jobs, start-up state',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('pdf', 'text')),
        bytes INTEGER NOT NULL,
        content_hash TEXT NOT NULL,
        meta JSONB NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'extracting', 'indexing', 'done', 'failed')),
        title TEXT,
        version INTEGER NOT NULL DEFAULT 1,
        pages INTEGER,
        pages_done INTEGER NOT NULL DEFAULT 0,
        paragraphs INTEGER,
        articles INTEGER,
        stats JSONB,
        error_code TEXT,
        error_message TEXT,
        uploaded_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX documents_content_hash ON documents (content_hash);
      CREATE TABLE document_files (
        content_hash TEXT PRIMARY KEY,
        bytes BYTEA NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE TABLE jobs (
        id BIGSERIAL PRIMARY KEY,
        doc_id TEXT NOT NULL,
        content_hash TEXT NOT NULL REFERENCES document_files (content_hash),
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        max_attempts INTEGER NOT NULL,
        node TEXT,
        nodes TEXT[] NOT NULL DEFAULT '{}',
        lease_until TIMESTAMPTZ,
        last_error TEXT,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );
      CREATE INDEX jobs_waiting ON jobs (id) WHERE state IN ('queued', 'running');
      CREATE TABLE boot_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        at TIMESTAMPTZ NOT NULL DEFAULT now()
      );`,
  },
  {
    version: 3,
    name: 'needs-review flag, the quote a moved note was written on, visibility per history version, uploader key',
    // The same facts as SQLite migration 4 (src/annotations/migrations.ts) and the uploader key of documents.db.
    sql: `
      ALTER TABLE annotations ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1));
      ALTER TABLE annotations ADD COLUMN written_on TEXT;
      ALTER TABLE annotation_history ADD COLUMN visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('public', 'private'));
      UPDATE annotation_history SET visibility = COALESCE(snapshot->>'visibility', 'private');
      ALTER TABLE documents ADD COLUMN uploader_key_id TEXT;`,
  },
];
