// The command line explains itself: `--help`, `help`, `--version`, and `--help` on every command with a line per
// option; a malformed .meta.json is bad input (exit 2, the file and the reason), not an unexpected error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pkg from '../../package.json' with { type: 'json' };

const exec = promisify(execFile);

async function verbatim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['bin/verbatim.js', ...args], { env: { PATH: process.env.PATH, DATA_DIR: dir } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let dir: string;
before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'verbatim-cli-'));
});
after(() => fs.rm(dir, { recursive: true, force: true }));

const COMMANDS = ['extract', 'ingest', 'keys'];

test('--help, -h and help list every command and exit 0', async () => {
  for (const args of [['--help'], ['-h'], ['help']]) {
    const out = await verbatim(...args);
    assert.equal(out.code, 0, args.join(' '));
    for (const c of COMMANDS) assert.match(out.stdout, new RegExp(`^  ${c} +\\S`, 'm'), `${args.join(' ')} lists ${c}`);
    assert.match(out.stdout, /--version/);
  }
});

test('--version prints the package version', async () => {
  for (const flag of ['--version', '-v']) {
    const out = await verbatim(flag);
    assert.equal(out.code, 0);
    assert.equal(out.stdout.trim(), pkg.version);
  }
});

/** Each command's options, as its parser declares them: every one must have its own line in --help. */
const OPTIONS: Record<string, string[]> = {
  extract: ['--json', '--help'],
  ingest: ['--title', '--publisher', '--year', '--date', '--url', '--json', '--help'],
  keys: ['--name', '--role', '--json', '--help'],
};

test('--help on every command (and help COMMAND) gives a line per option, without running it', async () => {
  for (const c of COMMANDS) {
    for (const args of [[c, '--help'], [c, '-h'], ['help', c]]) {
      const out = await verbatim(...args);
      assert.equal(out.code, 0, `${args.join(' ')}: ${out.stderr}`);
      assert.match(out.stdout, new RegExp(`usage: verbatim ${c}`));
      for (const o of OPTIONS[c]!) assert.match(out.stdout, new RegExp(`^ +(?:-\\w, )?${o}\\b.*\\S`, 'm'), `${args.join(' ')}: a line for ${o}`);
    }
  }
});

test('an unknown command exits 2 with the list of commands', async () => {
  const out = await verbatim('frobnicate');
  assert.equal(out.code, 2);
  assert.match(out.stderr, /unknown command 'frobnicate'/);
  assert.match(out.stderr, /extract/);
});

test('a malformed .meta.json exits 2 naming the file and the reason', async () => {
  const text = path.join(dir, 'report.txt');
  await fs.writeFile(text, 'The council met on Tuesday and agreed to widen the road past the school.\n'.repeat(20));
  const cases: Array<[string, RegExp]> = [
    ['{"title": "A report",', /not valid JSON/],
    ['{"year": "last year"}', /year/],
    ['[1, 2]', /expected object/i],
  ];
  for (const [meta, reason] of cases) {
    await fs.writeFile(path.join(dir, 'report.meta.json'), meta);
    const out = await verbatim('extract', text);
    assert.equal(out.code, 2, `${meta}: ${out.stderr}`);
    assert.match(out.stderr, /report\.meta\.json/);
    assert.match(out.stderr, reason);
    assert.doesNotMatch(out.stderr, /unexpected error/);
  }
});
