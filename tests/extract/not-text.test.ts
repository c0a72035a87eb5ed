// Text that is not text (invalid UTF-8, control characters anywhere, a tiny share of dictionary words) is refused
// with the reason: by the check itself, by `verbatim extract` (exit 2) and by the uploads API (422 `not_text`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import type { KeyResolver } from '../../src/annotations/keys.ts';
import { UnprocessableError } from '../../src/domain/errors.ts';
import { extractBuffer } from '../../src/documents/load.ts';
import { DocumentService } from '../../src/documents/service.ts';
import { DocumentStore } from '../../src/documents/store.ts';
import { decodeText } from '../../src/extract/textCheck.ts';
import { documentsRouter } from '../../src/http/documents.ts';
import { errorHandler } from '../../src/http/errors.ts';
import { loadLexicon } from '../../src/lexicon.ts';

const run = promisify(execFile);
const PROSE = 'The council met on Tuesday and agreed to widen the road past the school. ';

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
function noise(n: number, seed = 7): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

/** Random lower-case "words" of 3–9 letters: valid UTF-8, no controls, but not language. */
function gibberish(words: number): string {
  const bytes = noise(words * 10, 11);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const len = 3 + (bytes[i * 10]! % 7);
    out.push(Array.from({ length: len }, (_, k) => String.fromCharCode(97 + (bytes[i * 10 + k + 1]! % 26))).join(''));
  }
  return out.join(' ');
}

const REFUSED: Array<[string, Buffer, RegExp]> = [
  ['300 kB of random bytes', noise(300_000), /not valid UTF-8/],
  ['a NUL byte after the first 8 kB', Buffer.from(PROSE.repeat(200) + '\u0000' + PROSE), /control character \(U\+0000\)/],
  ['an escape character', Buffer.from(PROSE.repeat(3) + '\u001b[31m' + PROSE), /control character \(U\+001B\)/],
  ['random letters in word shapes', Buffer.from(gibberish(2000)), /too few dictionary words/],
  ['a table of codes', Buffer.from(Array.from({ length: 500 }, (_, i) => `QX${i}ZR KLMV${i % 7} BRTX`).join('\n')), /too few dictionary words/],
  ['Latin-1 bytes', Buffer.from(PROSE.replace('council', 'caf\u00e9'), 'latin1'), /not valid UTF-8/],
];

const ACCEPTED: Array<[string, Buffer]> = [
  ['plain prose', Buffer.from(PROSE.repeat(50))],
  ['prose with page breaks, tabs and CRLF', Buffer.from(`${PROSE}\r\n\t${PROSE}\f${PROSE.repeat(20)}`)],
  ['a short note (too few words to judge)', Buffer.from('Zxq vrrp kkt.')],
  ['prose with a UTF-8 byte-order mark and accents', Buffer.from('\ufeff' + PROSE.repeat(20) + 'Café naïve résumé.')],
];

for (const [name, bytes, reason] of REFUSED) {
  test(`refused: ${name}`, () => {
    assert.throws(() => decodeText(bytes, 'x.txt', loadLexicon()), (e: unknown) => e instanceof UnprocessableError && reason.test(e.message));
  });
}
for (const [name, bytes] of ACCEPTED) {
  test(`accepted: ${name}`, () => {
    assert.equal(typeof decodeText(bytes, 'x.txt', loadLexicon()), 'string');
  });
}

let dir: string;
before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-nottext-'));
});
after(() => fs.rm(dir, { recursive: true, force: true }));

test('verbatim extract exits 2 with the reason for each refused file', async () => {
  for (const [name, bytes, reason] of REFUSED) {
    const file = path.join(dir, 'junk.txt');
    await fs.writeFile(file, bytes);
    const out = await run(process.execPath, ['bin/verbatim.js', 'extract', file]).then(() => ({ code: 0, stderr: '' }), (e: { code: number; stderr: string }) => e);
    assert.equal(out.code, 2, `${name}: ${out.stderr}`);
    // A NUL in the first 8 kB is caught earlier as a binary file; every other case gives the text check's reason.
    assert.match(out.stderr, name === '300 kB of random bytes' ? /neither a PDF nor a text file|not valid UTF-8/ : reason, name);
  }
});

test('the uploads API answers 422 not_text with the reason, and records nothing', async () => {
  const principal = { keyId: 'k', name: 'Annie', role: 'annotator' as const };
  const keys = { resolve: (k: string) => (k === 'key' ? principal : null) } as KeyResolver;
  const store = new DocumentStore(':memory:');
  const index = { ingestDocuments: async () => [], deleteDocument: async () => false, listDocuments: async () => [] };
  const service = new DocumentService(store, index, (bytes, job) => extractBuffer(bytes, job), pino({ level: 'silent' }));
  const app = express();
  app.use('/api/documents', documentsRouter({ service, keys, maxBytes: 1_000_000 }));
  app.use(errorHandler(pino({ level: 'silent' })));
  for (const [name, bytes, reason] of REFUSED) {
    const res = await request(app).post('/api/documents').set('Authorization', 'Bearer key').attach('file', bytes, { filename: 'junk.txt', contentType: 'text/plain' });
    // Random bytes with a NUL up front are refused by their first bytes already (400 unsupported_type).
    if (res.body.error?.code === 'unsupported_type') continue;
    assert.equal(res.status, 422, `${name}: ${res.status} ${JSON.stringify(res.body)}`);
    assert.equal(res.body.error.code, 'not_text');
    assert.match(res.body.error.message, reason);
  }
  assert.equal(store.list().length, 0);
  store.close();
});
