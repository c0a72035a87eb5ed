// Versioned schema migrations. Append only: never edit a migration that has shipped, add a new one.
import { MOTIVATIONS, ROLES, VERDICTS } from './model.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'api keys',
    sql: `
      CREATE TABLE api_keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN (${list(ROLES)})),
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );`,
  },
  {
    version: 2,
    name: 'annotations and history',
    sql: `
      CREATE TABLE annotations (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        motivation TEXT NOT NULL CHECK (motivation IN (${list(MOTIVATIONS)})),
        note TEXT,
        tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
        verdict TEXT CHECK (verdict IS NULL OR verdict IN (${list(VERDICTS)})),
        visibility TEXT NOT NULL CHECK (visibility IN ('public', 'private')),
        status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphaned')),
        paragraph_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        article_id TEXT,
        speakers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(speakers)),
        paragraph_text TEXT NOT NULL,
        sel_exact TEXT,
        sel_prefix TEXT,
        sel_suffix TEXT,
        sel_start INTEGER,
        sel_end INTEGER,
        creator_key_id TEXT NOT NULL REFERENCES api_keys(id),
        creator_name TEXT NOT NULL,
        created TEXT NOT NULL,
        modified TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        deleted_at TEXT,
        deleted_by TEXT,
        CHECK ((sel_exact IS NULL) = (sel_start IS NULL))
      );
      CREATE INDEX annotations_paragraph ON annotations (paragraph_id);
      CREATE INDEX annotations_doc ON annotations (doc_id);
      CREATE INDEX annotations_article ON annotations (article_id);
      CREATE INDEX annotations_creator ON annotations (creator_name);

      CREATE TABLE annotation_history (
        seq INTEGER PRIMARY KEY,
        annotation_id TEXT NOT NULL REFERENCES annotations (id),
        version INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('update', 'delete', 'restore', 'reanchor', 'orphan')),
        at TEXT NOT NULL,
        by TEXT NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        detail TEXT CHECK (detail IS NULL OR json_valid(detail))
      );
      CREATE INDEX annotation_history_annotation ON annotation_history (annotation_id, seq);`,
  },
  {
    version: 3,
    name: 'full-text search in notes and tags',
    sql: `
      CREATE VIRTUAL TABLE annotations_fts USING fts5 (
        note, tags, content = 'annotations', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
      );
      INSERT INTO annotations_fts (rowid, note, tags) SELECT seq, note, tags FROM annotations;
      CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN
        INSERT INTO annotations_fts (rowid, note, tags) VALUES (new.seq, new.note, new.tags);
      END;
      CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
        INSERT INTO annotations_fts (annotations_fts, rowid, note, tags) VALUES ('delete', old.seq, old.note, old.tags);
      END;
      CREATE TRIGGER annotations_fts_update AFTER UPDATE OF note, tags ON annotations BEGIN
        INSERT INTO annotations_fts (annotations_fts, rowid, note, tags) VALUES ('delete', old.seq, old.note, old.tags);
        INSERT INTO annotations_fts (rowid, note, tags) VALUES (new.seq, new.note, new.tags);
      END;`,
  },
  {
    version: 4,
    name: 'needs-review flag, the quote a moved note was written on, visibility per history version',
    // Every implementation of the store keeps these three facts (see AnnotationStore):
    // - needs_review: 1 while a note moved onto changed words waits for a person; status stays 'anchored'.
    // - written_on: the target (JSON) the note was written on, kept while it needs review.
    // - annotation_history.visibility: the visibility of the version the entry holds; private entries are shown
    //   only to the annotation's creator and admins.
    // Notes an older version moved by context or fuzzy matching (with no user edit since) get the target they had
    // before that first move, and are marked for review: the next re-anchoring starts from their original quote.
    sql: `
      ALTER TABLE annotations ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1));
      ALTER TABLE annotations ADD COLUMN written_on TEXT CHECK (written_on IS NULL OR json_valid(written_on));
      ALTER TABLE annotation_history ADD COLUMN visibility TEXT NOT NULL DEFAULT 'private'
        CHECK (visibility IN ('public', 'private'));
      UPDATE annotation_history SET visibility = COALESCE(json_extract(snapshot, '$.visibility'), 'private');
      UPDATE annotations SET written_on = (
          SELECT json_extract(h.snapshot, '$.target') FROM annotation_history h
          WHERE h.annotation_id = annotations.id AND h.action = 'reanchor'
            AND json_extract(h.detail, '$.method') IN ('fuzzy', 'context', 'paragraph')
            AND h.seq > COALESCE((SELECT MAX(u.seq) FROM annotation_history u
                                  WHERE u.annotation_id = annotations.id AND u.action = 'update'), 0)
          ORDER BY h.seq LIMIT 1)
        WHERE status = 'anchored';
      UPDATE annotations SET needs_review = 1 WHERE written_on IS NOT NULL;`,
  },
];
