// Our client asks Meilisearch for identity encoding: a real Meilisearch would otherwise answer with brotli.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { connectMeili, MEILI_ENCODING } from '../../src/search/meili-client.ts';
import { applyIndexSettings } from '../../src/search/settings.ts';
import { startTestMeili, type TestMeili } from '../helpers/meili.ts';

let meili: TestMeili;
before(async () => {
  meili = await startTestMeili();
});
after(() => meili?.stop());

test('Meilisearch compresses only when asked, and our requests do not ask', async () => {
  const conn = connectMeili(meili.url, meili.key);
  try {
    await applyIndexSettings(conn.client, 'enc', { searchableAttributes: ['text'] });
    const task = await conn.client.index('enc').addDocuments(Array.from({ length: 50 }, (_, i) => ({ id: `d${i}`, text: 'quokka '.repeat(40) })));
    await conn.client.tasks.waitForTask(task.taskUid);
    const ask = (encoding: Record<string, string>) => request(`${meili.url}/indexes/enc/search`, {
      method: 'POST', body: JSON.stringify({ q: 'quokka', limit: 50 }),
      headers: { authorization: `Bearer ${meili.key}`, 'content-type': 'application/json', ...encoding },
    });
    const br = await ask({ 'accept-encoding': 'br' });
    await br.body.arrayBuffer();
    assert.equal(br.headers['content-encoding'], 'br', 'a client that accepts brotli gets it');
    const ours = await ask(MEILI_ENCODING);
    assert.equal(ours.headers['content-encoding'], undefined);
    assert.equal(((await ours.body.json()) as { hits: unknown[] }).hits.length, 50);
    assert.equal((await conn.search('enc', { q: 'quokka', limit: 50 })).hits.length, 50, 'the service path reads it');
  } finally {
    await conn.close();
  }
});
