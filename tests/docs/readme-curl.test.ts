// Every `curl` example of the README runs against a real server (corpus indexed, a key made as the README makes
// it) and answers 2xx with something in it: no example returns an empty page of hits or trips over a placeholder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startFullEnv, type FullEnv } from '../http/full.ts';

const readme = readFileSync('README.md', 'utf8');

/** The README's curl commands: continuation lines joined, trailing comments cut. */
function curlExamples(): string[] {
  const blocks = [...readme.matchAll(/```sh\n([^]*?)```/g)].map((m) => m[1]!.replace(/\\\n\s*/g, ' '));
  const lines: string[] = [];
  for (const raw of blocks.flatMap((b) => b.split('\n'))) {
    const last = lines.at(-1) ?? '#';
    const open = !last.startsWith('#') && (last.replace(/\s#\s.*$/, '').match(/'/g)?.length ?? 0) % 2 === 1; // in a quoted argument
    if (open) lines[lines.length - 1] += ' ' + raw.trim();
    else lines.push(raw.trim());
  }
  return lines.filter((l) => l.startsWith('curl ')).map((l) => l.replace(/\s+#\s.*$/, ''));
}

/** Split a shell line into words (single and double quotes; $VARS expanded from `vars`). */
function words(line: string, vars: Record<string, string>): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"((?:[^"\\]|\\.)*)"|(\S+)/g;
  for (const m of line.matchAll(re)) {
    const expand = (s: string) => s.replace(/\$([A-Z_]+)/g, (_, v: string) => vars[v] ?? `$${v}`);
    out.push(m[1] ?? expand(m[2] ?? m[3] ?? ''));
  }
  return out;
}

interface Curl { method: string; url: string; headers: Record<string, string>; body?: string | FormData }

function parseCurl(args: string[], origin: string): Curl {
  const c: Curl = { method: 'GET', url: '', headers: {} };
  const params = new URLSearchParams();
  let form: FormData | undefined;
  let get = false;
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-s') continue;
    else if (a === '-G') get = true;
    else if (a === '-X') c.method = args[++i]!;
    else if (a === '-H') { const [k, ...v] = args[++i]!.split(':'); c.headers[k!.trim()] = v.join(':').trim(); }
    else if (a === '-d') { c.body = args[++i]!; if (c.method === 'GET') c.method = 'POST'; }
    else if (a === '--data-urlencode') { const [k, ...v] = args[++i]!.split('='); params.append(k!, v.join('=')); }
    else if (a === '-F') {
      form ??= new FormData();
      const [k, ...v] = args[++i]!.split('=');
      const value = v.join('=');
      if (value.startsWith('@')) form.append(k!, new Blob([readFileSync('tests/fixtures/real/cdc-test-kits-release-2020-02-06.pdf')], { type: 'application/pdf' }), value.slice(1));
      else form.append(k!, value);
      c.method = 'POST';
    } else c.url = a.replace(/^localhost:3000/, origin);
  }
  if (get && [...params].length) c.url += (c.url.includes('?') ? '&' : '?') + params.toString();
  if (form) c.body = form;
  return c;
}

let env: FullEnv;
before(async () => {
  env = await startFullEnv();
});
after(() => env?.close());

test('every curl example of the README answers 2xx with content', async () => {
  const examples = curlExamples();
  assert.ok(examples.length >= 15, `found ${examples.length}`);
  const vars: Record<string, string> = { KEY: env.keys.annotator };
  for (const line of examples) {
    const c = parseCurl(words(line, vars), env.url);
    const res = await fetch(c.url, { method: c.method, headers: c.headers, ...(c.body ? { body: c.body } : {}) });
    const text = await res.text();
    assert.ok(res.status >= 200 && res.status < 300, `${line}\n→ ${res.status} ${text.slice(0, 300)}`);
    assert.ok(text.length > 2, `${line}: an empty answer`);
    const json = /json/.test(res.headers.get('content-type') ?? '') ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    if (json && Array.isArray(json.hits)) assert.ok(json.hits.length > 0, `${line}: no hits`);
    if (json && Array.isArray(json.items)) assert.ok(json.items.length > 0, `${line}: no items`);
    if (c.method === 'POST' && c.url.endsWith('/api/annotations')) vars.ID = String(json?.id).split('/').pop()!;
    if (c.method === 'POST' && c.url.endsWith('/api/documents')) await env.documents.service.idle();
  }
});
