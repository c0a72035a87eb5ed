// Adapter helper: the index's writes one at a time, in the order they were asked for, while the work before a write
// (reading what is stored, building records) may run beside an earlier write. The work before a write of a document
// waits for every earlier write of that document, so it never reads it half done.

const ignore = (): void => undefined;

export interface WriteQueue {
  /**
   * `prepare` once every earlier write of these ids has settled; then `write` what it returned, after every write
   * asked for before this one. The ids count as pending from this call until the write settles.
   */
  run<P, T>(ids: readonly string[], prepare: () => Promise<P>, write: (prepared: P) => Promise<T>): Promise<T>;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<void> = Promise.resolve();
  const pending = new Map<string, Promise<unknown>>();
  return {
    run(ids, prepare, write) {
      const earlier = ids.flatMap((id) => pending.get(id) ?? []);
      const previous = tail;
      const run = (async () => {
        await Promise.all(earlier.map((p) => p.then(ignore, ignore)));
        const prepared = await prepare();
        await previous;
        return write(prepared);
      })();
      tail = run.then(ignore, ignore);
      for (const id of ids) pending.set(id, run);
      const forget = () => { for (const id of ids) if (pending.get(id) === run) pending.delete(id); };
      run.then(forget, forget);
      return run;
    },
  };
}
