// Emitted annotations against the W3C Web Annotation test-suite schemas (draft-04), copied into
// tests/fixtures/w3c-annotation (see its README for provenance). The "must" assertions are those listed
// by the suite's annotationMusts.test; a broken annotation must fail them, so the check itself is live.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import AjvModule from 'ajv-draft-04';
import request from 'supertest';
import { auth, corpusRecords, makeEnv, pickQuote, type TestEnv } from './helpers.ts';

const FIXTURES = path.resolve('tests/fixtures/w3c-annotation');
// ajv-draft-04 is CommonJS: its class is the module itself under tsx, `.default` under other loaders.
type AjvClass = typeof AjvModule.default;
const Ajv = ((AjvModule as unknown as { default?: AjvClass }).default ?? AjvModule) as AjvClass;
type Validate = ((data: unknown) => boolean) & { errors?: unknown };

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function loadJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function buildValidators(): { musts: [string, Validate][]; implemented: [string, Validate][] } {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date-time', (s: string) => RFC3339.test(s) && !Number.isNaN(Date.parse(s)));
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  for (const f of fs.readdirSync(path.join(FIXTURES, 'definitions'))) ajv.addSchema(loadJson(path.join(FIXTURES, 'definitions', f)));
  const list = loadJson(path.join(FIXTURES, 'annotations/annotationMusts.test')).assertions as string[];
  const compile = (rel: string): [string, Validate] => [rel, ajv.compile(loadJson(path.join(FIXTURES, rel))) as Validate];
  const implemented = fs.readdirSync(path.join(FIXTURES, 'annotations')).filter((f) => f.endsWith('Implemented.json'));
  return { musts: list.map(compile), implemented: implemented.map((f) => compile(`annotations/${f}`)) };
}

let env: TestEnv;
let v: ReturnType<typeof buildValidators>;
const emitted: { name: string; json: Record<string, unknown> }[] = [];

before(async () => {
  v = buildValidators();
  const records = await corpusRecords();
  const q = pickQuote(records);
  env = makeEnv(records);
  const bodies: [string, object][] = [
    ['commenting on a quote', { paragraph: q.p.id, note: 'Needs a source.', selector: { exact: q.exact, start: q.start } }],
    ['assessing with tags', { paragraph: q.p.id, verdict: 'mostly-true', note: 'Close.', tags: ['numbers', 'turnout'], selector: { exact: q.exact } }],
    ['highlight without body', { paragraph: q.p.id, motivation: 'highlighting', selector: { exact: q.exact } }],
    ['whole paragraph question', { paragraph: q.p.id, motivation: 'questioning', note: 'Who?', visibility: 'private' }],
    ['tagging only', { paragraph: q.p.id, tags: ['follow-up'] }],
  ];
  for (const [name, body] of bodies) {
    const res = await request(env.app).post('/api/annotations').set(auth(env.key.annotator)).send(body);
    assert.equal(res.status, 201, name);
    emitted.push({ name, json: res.body });
  }
  const page = await request(env.app).get('/api/annotations').set(auth(env.key.annotator));
  const item = page.body.items[0];
  emitted.push({ name: 'list item (with the page context added)', json: { '@context': page.body['@context'], ...item } });
});
after(() => env?.close());

test('the suite is loaded: the must assertions listed by annotationMusts.test compile', () => {
  assert.ok(v.musts.length >= 50, `${v.musts.length} must assertions`);
  assert.ok(v.implemented.length >= 5);
});

test('every emitted annotation passes every W3C "must" assertion', () => {
  const failures: string[] = [];
  for (const e of emitted) {
    for (const [name, validate] of v.musts) {
      if (!validate(e.json)) failures.push(`${e.name}: ${name} ${JSON.stringify(validate.errors).slice(0, 300)}`);
    }
  }
  assert.deepEqual(failures, []);
});

test('emitted annotations implement created, modified, creator, generator and motivation', () => {
  const failures: string[] = [];
  for (const e of emitted) {
    for (const [name, validate] of v.implemented) if (!validate(e.json)) failures.push(`${e.name}: ${name}`);
  }
  assert.deepEqual(failures, []);
});

test('negative control: broken annotations fail the must assertions', () => {
  const good = emitted[0]!.json;
  const target = good.target as { selector: object[] };
  const broken: [string, Record<string, unknown>][] = [
    ['no @context', { ...good, '@context': undefined }],
    ['wrong type', { ...good, type: 'Note' }],
    ['relative id', { ...good, id: 'an_1' }],
    ['no target', { ...good, target: undefined }],
    ['created not a date-time', { ...good, created: 'yesterday' }],
    ['quote selector without exact', { ...good, target: { ...target, selector: [{ type: 'TextQuoteSelector', prefix: 'x' }] } }],
    ['both body and bodyValue', { ...good, bodyValue: 'text' }],
  ];
  for (const [name, json] of broken) {
    const clean = JSON.parse(JSON.stringify(json)) as unknown;
    assert.ok(v.musts.some(([, validate]) => !validate(clean)), `${name} must fail at least one assertion`);
  }
});
