// MEILI_SHARDS / MEILI_SHARD_KEYS and DATABASE_URL in the one config schema: table-driven, invented values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config.ts';

test('shards: one key for all, or one key per shard in order; blank means unset', () => {
  const two = 'http://s0.test:7700, http://s1.test:7700';
  assert.deepEqual(loadConfig({ MEILI_SHARDS: two, MEILI_KEY: 'k' }).meili.shards, [
    { url: 'http://s0.test:7700', key: 'k' }, { url: 'http://s1.test:7700', key: 'k' },
  ]);
  assert.deepEqual(loadConfig({ MEILI_SHARDS: two, MEILI_SHARD_KEYS: 'a,b' }).meili.shards?.map((s) => s.key), ['a', 'b']);
  assert.equal(loadConfig({ MEILI_SHARDS: ' ' }).meili.shards, undefined);
  assert.equal(loadConfig({}).meili.shards, undefined);
});

const BAD: [string, Record<string, string>, RegExp][] = [
  ['no key at all', { MEILI_SHARDS: 'http://s0.test:7700,http://s1.test:7700' }, /MEILI_SHARD_KEYS/],
  ['fewer keys than shards', { MEILI_SHARDS: 'http://s0.test:7700,http://s1.test:7700', MEILI_SHARD_KEYS: 'a' }, /MEILI_SHARD_KEYS/],
  ['a shard that is not a URL', { MEILI_SHARDS: 'http://s0.test:7700,not a url', MEILI_KEY: 'k' }, /MEILI_SHARDS/],
  ['a database URL of another engine', { DATABASE_URL: 'mysql://db.test/verbatim' }, /DATABASE_URL/],
  ['a lease under a second', { JOB_LEASE_MS: '10' }, /JOB_LEASE_MS/],
];

for (const [what, env, message] of BAD) {
  test(`refused with a clear message: ${what}`, () => {
    assert.throws(() => loadConfig(env), (e: Error & { code?: string }) => e.code === 'bad_config' && message.test(e.message));
  });
}

test('database settings: defaults, and the node name', () => {
  const c = loadConfig({ DATABASE_URL: 'postgres://u@db.test/verbatim', NODE_NAME: 'api-2' });
  assert.deepEqual({ ...c.database }, { url: 'postgres://u@db.test/verbatim', jobLeaseMs: 60_000, jobMaxAttempts: 3, jobPollMs: 2_000, node: 'api-2' });
  assert.equal(loadConfig({}).database.url, undefined);
});
