// `npm run bench [-- --only NAME[,NAME…]] [benchmark flags]`: runs each benchmark file in turn.
// A benchmark is a file here exporting `run(args)`; add it to BENCHMARKS (one line). Flags a benchmark does not
// know are ignored by it (e.g. `--scale 100` is read by the search benchmark only).
const BENCHMARKS: Record<string, () => Promise<{ run(args: string[]): Promise<void> }>> = {
  extract: () => import('./extract.ts'),
  pdf: () => import('./pdf.ts'),
  search: () => import('./search.ts'),
  relevance: () => import('./relevance.ts'),
  scale: () => import('./scale.ts'),
};

function selected(args: string[]): { names: string[]; rest: string[] } {
  const names: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--only') names.push(...(args[++i] ?? '').split(','));
    else if (a.startsWith('--only=')) names.push(...a.slice('--only='.length).split(','));
    else rest.push(a);
  }
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length || names.some((n) => !n)) {
    throw new Error(`unknown benchmark '${unknown.join(', ')}': choose from ${Object.keys(BENCHMARKS).join(', ')}`);
  }
  return { names: names.length ? names : Object.keys(BENCHMARKS), rest };
}

async function main(): Promise<void> {
  const { names, rest } = selected(process.argv.slice(2));
  for (const name of names) {
    console.log(`\n== ${name} ==`);
    const bench = await BENCHMARKS[name]!();
    await bench.run(rest);
  }
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
