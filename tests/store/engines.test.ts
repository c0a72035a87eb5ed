// The store contract, run against both engines: SQLite (embedded default) and PostgreSQL (many nodes). The same
// calls must give the same answers; callers `await` either.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParagraphRecord } from '../../src/domain/ports.ts';
import type { AnnotationTarget, NewAnnotation, Principal } from '../../src/annotations/model.ts';
import { FakeParagraphs } from '../annotations/helpers.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { ENGINES, openEngine, type EngineStores } from './engines.ts';

let pg: TestPostgres;
before(async () => {
  pg = await startTestPostgres();
});
after(() => pg.stop());

function target(paragraphId: string, extra: Partial<AnnotationTarget> = {}): AnnotationTarget {
  return { paragraphId, docId: 'doc-a', articleId: 'a_1', speakers: [], paragraphText: 'Some paragraph text.', selector: null, ...extra };
}
function note(paragraphId: string, extra: Partial<NewAnnotation> = {}): NewAnnotation {
  return { motivation: 'commenting', note: 'a note', tags: [], verdict: null, visibility: 'public', target: target(paragraphId), ...extra };
}
const everyone = { keyId: null, admin: false };
const page = { limit: 50, offset: 0 };

for (const engine of ENGINES) {
  describe(`store contract on ${engine}`, () => {
    let s: EngineStores;
    let who: Principal;
    let other: Principal;
    before(async () => {
      s = await openEngine(engine, () => pg);
      who = (await s.keys.resolve((await s.keys.create('Ann Annotator', 'annotator')).key))!;
      other = (await s.keys.resolve((await s.keys.create('Otto Other', 'annotator')).key))!;
    });
    after(() => s.close());

    test('keys: resolve, list, revoke; unknown and revoked keys resolve to nobody', async () => {
      const made = await s.keys.create('  Rita  ', 'reader');
      assert.deepEqual(await s.keys.resolve(made.key), { keyId: made.info.id, name: 'Rita', role: 'reader' });
      assert.equal(await s.keys.resolve(made.key + 'x'), null);
      assert.equal(await s.keys.resolve('not-a-key'), null);
      assert.ok((await s.keys.list()).some((k) => k.id === made.info.id && k.revokedAt === null));
      await s.keys.revoke(made.info.id);
      assert.equal(await s.keys.resolve(made.key), null);
      await assert.rejects(async () => s.keys.revoke(made.info.id), /already revoked/);
      await assert.rejects(async () => s.keys.revoke('k_missing'), /no key/);
      await assert.rejects(async () => s.keys.create('', 'reader'), /1 to 100/);
    });

    test('edits keep history; deletes are tombstones that can be restored', async () => {
      const a = await s.annotations.create(note('p_h'), who);
      const edited = await s.annotations.update(a.id, { note: 'second thoughts', tags: ['x'] }, who.keyId);
      assert.equal(edited.version, 2);
      assert.equal((await s.annotations.get(a.id))?.note, 'second thoughts');
      await s.annotations.delete(a.id, who.keyId);
      assert.ok((await s.annotations.get(a.id))?.deleted, 'the row is still there, marked deleted');
      await assert.rejects(async () => s.annotations.update(a.id, { note: 'x' }, who.keyId), /no annotation/);
      const restored = await s.annotations.restore(a.id, 'k_admin');
      assert.equal(restored.deleted, null);
      assert.equal(restored.version, 4);
      await assert.rejects(async () => s.annotations.restore(a.id, 'k_admin'), /not deleted/);
      const h = await s.annotations.history(a.id, { keyId: null, admin: true });
      assert.deepEqual(h.map((e) => [e.action, e.version, e.by]), [['update', 1, who.keyId], ['delete', 2, who.keyId], ['restore', 3, 'k_admin']]);
      assert.equal(h[0]?.before.note, 'a note', 'the first entry keeps the original text');
      assert.deepEqual(await s.annotations.get('an_never'), null);
    });

    test('a write conditional on a version (If-Match) is refused once another write got in first', async () => {
      const a = await s.annotations.create(note('p_v'), who);
      await s.annotations.update(a.id, { note: 'first writer' }, who.keyId, [1]);
      await assert.rejects(async () => s.annotations.update(a.id, { note: 'second writer' }, who.keyId, [1]), (e: Error & { status?: number }) => e.status === 412);
      assert.equal((await s.annotations.get(a.id))?.note, 'first writer', 'never a lost update');
      const both = await Promise.allSettled([2, 2].map(async (v, i) => s.annotations.update(a.id, { note: `racer ${i}` }, who.keyId, [v])));
      assert.deepEqual(both.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
      assert.equal((await s.annotations.get(a.id))?.version, 3);
      await assert.rejects(async () => s.annotations.delete(a.id, who.keyId, [1]), (e: Error & { status?: number }) => e.status === 412);
    });

    test('history shows a version that was private only to its creator and admins', async () => {
      const a = await s.annotations.create(note('p_hv', { visibility: 'private', note: 'secret draft' }), who);
      await s.annotations.update(a.id, { visibility: 'public', note: 'published' }, who.keyId);
      const seen = async (viewer: { keyId: string | null; admin: boolean }) => (await s.annotations.history(a.id, viewer)).map((h) => h.before.note);
      assert.deepEqual(await seen({ keyId: other.keyId, admin: false }), []);
      assert.deepEqual(await seen({ keyId: null, admin: false }), []);
      assert.deepEqual(await seen({ keyId: who.keyId, admin: false }), ['secret draft']);
      assert.deepEqual(await seen({ keyId: null, admin: true }), ['secret draft']);
    });

    test('summaries count only public, live, anchored annotations; verdict filter', async () => {
      await s.annotations.create(note('p_1'), who);
      await s.annotations.create(note('p_1', { motivation: 'assessing', verdict: 'false' }), who);
      await s.annotations.create(note('p_1', { motivation: 'assessing', verdict: 'mixed' }), who);
      await s.annotations.create(note('p_2', { visibility: 'private' }), who);
      const gone = await s.annotations.create(note('p_3', { motivation: 'assessing', verdict: 'false' }), who);
      await s.annotations.delete(gone.id, who.keyId);
      const orphan = await s.annotations.create(note('p_4'), who);
      await s.annotations.moveTarget(orphan.id, orphan.target, 'orphaned', { reason: 'test' });
      const sum = await s.annotations.summarize(['p_1', 'p_2', 'p_3', 'p_4', 'p_none']);
      assert.deepEqual(Object.fromEntries(sum), { p_1: { count: 3, verdicts: ['false', 'mixed'] } });
      assert.deepEqual(await s.annotations.annotatedParagraphIds(['false']), ['p_1']);
      assert.deepEqual(await s.annotations.annotatedParagraphIds(['true']), []);
      assert.deepEqual((await s.annotations.summarize([])).size, 0);
    });

    test('listing: visibility, case-insensitive creator, speaker and tag, full-text with operators as words', async () => {
      const t = (pid: string) => target(pid, { docId: 'doc-l', speakers: ['Ada Lovelace'] });
      await s.annotations.create(note('pl_1', { note: 'Turnout figures contradict the ministry', tags: ['Budget'], target: t('pl_1') }), who);
      await s.annotations.create(note('pl_2', { note: 'NEAR OR AND * "quoted" (brackets)', target: t('pl_2') }), who);
      await s.annotations.create(note('pl_3', { note: 'mine only', visibility: 'private', target: t('pl_3') }), other);
      const ids = async (f: object, viewer: { keyId: string | null; admin: boolean } = everyone) =>
        (await s.annotations.list({ document: 'doc-l', ...f }, viewer, page)).items.map((a) => a.target.paragraphId).sort();
      assert.deepEqual(await ids({}), ['pl_1', 'pl_2']);
      assert.deepEqual(await ids({}, { keyId: other.keyId, admin: false }), ['pl_1', 'pl_2', 'pl_3']);
      assert.deepEqual(await ids({}, { keyId: null, admin: true }), ['pl_1', 'pl_2', 'pl_3']);
      assert.deepEqual(await ids({ creator: 'ann annotator' }), ['pl_1', 'pl_2']);
      assert.deepEqual(await ids({ speaker: 'ADA LOVELACE' }), ['pl_1', 'pl_2']);
      assert.deepEqual(await ids({ tag: 'budget' }), ['pl_1']);
      assert.deepEqual(await ids({ q: 'turnout' }), ['pl_1']);
      assert.deepEqual(await ids({ q: 'contradict minis' }), ['pl_1'], 'the last word is a prefix');
      assert.deepEqual(await ids({ q: 'NEAR OR' }), ['pl_2']);
      assert.deepEqual(await ids({ q: '"quoted" (brackets' }), ['pl_2']);
      assert.deepEqual(await ids({ q: 'absent' }), []);
      const first = await s.annotations.list({ document: 'doc-l' }, everyone, { limit: 1, offset: 0, order: 'asc' });
      assert.equal(first.total, 2);
      assert.deepEqual(first.items.map((a) => a.target.paragraphId), ['pl_1']);
    });

    test('re-anchoring: a changed paragraph moves the note, a vanished one orphans it, history says where', async () => {
      const para = (id: string, text: string, position: number): ParagraphRecord => ({
        id, text, position, docId: 'doc-r', docTitle: 'T', articleId: 'a_1', articleTitle: null, articleAuthors: [], articleKind: null,
        n: position, page: 1, kind: 'body', speakers: [], roles: {}, quotes: [],
      } as unknown as ParagraphRecord);
      const text = 'The council approved the budget after a long night of debate.';
      const sel = { exact: 'approved the budget', prefix: 'The council ', suffix: ' after a long', start: 12, end: 31 };
      const a = await s.annotations.create(note('pr_1', { target: { ...target('pr_1', { docId: 'doc-r' }), paragraphText: text, selector: sel } }), who);
      await s.reanchorer.onDocumentReplaced('doc-r', [], [para('pr_9', 'Intro. ' + text, 0)]);
      const moved = (await s.annotations.get(a.id))!;
      assert.equal(moved.target.paragraphId, 'pr_9');
      assert.equal(moved.target.selector?.start, 19);
      await s.reanchorer.onDocumentDeleted?.('doc-r', []);
      const orphaned = (await s.annotations.get(a.id))!;
      assert.equal(orphaned.status, 'orphaned');
      assert.deepEqual((await s.annotations.history(a.id, { keyId: null, admin: true })).map((h) => h.action), ['reanchor', 'orphan']);
      await s.reanchorer.reconcile(new FakeParagraphs([para('pr_5', text, 0)]));
      assert.equal((await s.annotations.get(a.id))?.status, 'anchored', 'the note comes back when its text does');
      assert.ok((await s.annotations.documentIds()).includes('doc-r'));
    });

    test('upload records: queued, progress, done, a new version, failed, delete', async () => {
      const up = { id: 'doc-u', fileName: 'u.pdf', kind: 'pdf' as const, bytes: 10, contentHash: 'h1', meta: { title: 'U' }, uploadedBy: 'Ann' };
      const row = await s.documents.saveQueued(up);
      assert.deepEqual([row.status, row.version, row.title, row.meta], ['queued', 1, 'U', { title: 'U' }]);
      await s.documents.setProgress('doc-u', 2, 5);
      assert.deepEqual([(await s.documents.get('doc-u'))?.pagesDone, (await s.documents.get('doc-u'))?.pages], [2, 5]);
      const stats = { letterSpaced: 1, dropCaps: 0, hyphens: 3, jumps: 0, columns: 2, strayWords: 0, passes: [] };
      await s.documents.setDone('doc-u', { title: 'U!', pages: 5, paragraphs: 40, articles: 2, stats });
      const done = (await s.documents.get('doc-u'))!;
      assert.deepEqual([done.status, done.paragraphs, done.articles, done.stats], ['done', 40, 2, stats]);
      assert.equal((await s.documents.findByHash('h1'))?.id, 'doc-u');
      const v2 = await s.documents.saveQueued({ ...up, contentHash: 'h2' });
      assert.deepEqual([v2.version, v2.status, v2.paragraphs], [2, 'queued', null]);
      await s.documents.setFailed('doc-u', 'encrypted', 'the file is encrypted');
      assert.deepEqual([(await s.documents.get('doc-u'))?.errorCode, (await s.documents.get('doc-u'))?.errorMessage], ['encrypted', 'the file is encrypted']);
      assert.ok((await s.documents.list()).some((d) => d.id === 'doc-u'));
      assert.equal(await s.documents.delete('doc-u'), true);
      assert.equal(await s.documents.delete('doc-u'), false);
      assert.equal(await s.documents.get('doc-u'), null);
    });
  });
}
