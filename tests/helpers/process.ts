// Process checks shared by the tests that start and stop Meilisearch and the server.

/** The process exists (signal 0 tests for it without touching it). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
