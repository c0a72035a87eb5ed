// Command-line entry: `verbatim <command> …`. Each command lives in src/commands/ and is loaded lazily.
import { AppError } from './domain/errors.ts';

import pkg from '../package.json' with { type: 'json' };

/** A command module: `summary` is its line in `verbatim --help`; `help` (a line per option) answers `--help`. */
type Command = { run(args: string[]): Promise<number | void>; summary: string; help?: string };

const commands: Record<string, () => Promise<Command>> = {
  extract: () => import('./commands/extract.ts'),
  keys: () => import('./commands/keys.ts'),
  ingest: () => import('./commands/ingest.ts'),
};

const SUMMARIES: Record<string, string> = {
  extract: 'print the repaired, attributed paragraphs of a report (text dump or PDF)',
  ingest: 'extract documents and index them in Meilisearch',
  keys: 'create, list and revoke API keys',
};

function usage(): string {
  return [
    'usage: verbatim <command> [options]', '',
    'commands:', ...Object.keys(commands).map((c) => `  ${c.padEnd(9)} ${SUMMARIES[c] ?? ''}`),
    `  ${'help'.padEnd(9)} help [COMMAND]: this text, or a command's options`, '',
    'options:', '  -h, --help     this text (after a command: its options)', '  -v, --version  the version', '',
    'The server is `npm start`; its settings are environment variables (README, "Configuration").',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v') return print(pkg.version);
  if (!name || name === '--help' || name === '-h') {
    process[name ? 'stdout' : 'stderr'].write(usage() + '\n');
    return name ? 0 : 2;
  }
  if (name === 'help') return rest[0] ? helpFor(rest[0]) : print(usage());
  const load = commands[name];
  if (!load) {
    process.stderr.write(`verbatim: unknown command '${name}'\n${usage()}\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) return helpFor(name);
  const cmd = await load();
  return (await cmd.run(rest)) ?? 0;
}

async function helpFor(name: string): Promise<number> {
  const load = commands[name];
  if (!load) {
    process.stderr.write(`verbatim: unknown command '${name}'\n${usage()}\n`);
    return 2;
  }
  const cmd = await load();
  return print(cmd.help ?? `usage: verbatim ${cmd.summary}`);
}

function print(text: string): number {
  process.stdout.write(text + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof AppError) {
      process.stderr.write(`verbatim: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`verbatim: unexpected error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
