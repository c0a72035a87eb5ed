// Command-line entry: `verbatim <command> …`. Each command lives in src/commands/ and is loaded lazily.
import { AppError } from './domain/errors.ts';

type Command = { run(args: string[]): Promise<number | void>; summary: string };

const commands: Record<string, () => Promise<Command>> = {
  extract: () => import('./commands/extract.ts'),
  keys: () => import('./commands/keys.ts'),
  ingest: () => import('./commands/ingest.ts'),
};

function usage(): string {
  return ['usage: verbatim <command> [options]', '', 'commands:', ...Object.keys(commands).map((c) => `  ${c}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`verbatim: unknown command '${name}'\n${usage()}\n`);
    return 2;
  }
  const cmd = await load();
  return (await cmd.run(rest)) ?? 0;
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
