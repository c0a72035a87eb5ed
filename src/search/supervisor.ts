// Adapter: keep the embedded Meilisearch running. When it exits unasked (a crash, the OOM killer), it is started
// again on the same port and data, after a delay that doubles with each failure in a row. Meanwhile searches
// answer 503 (the client cannot connect) and the annotation store, which does not need it, keeps working.
// verbatim itself should run under a supervisor (systemd, a container runtime) that restarts it in turn.
import type { Logger } from 'pino';
import { startEmbeddedMeili, type EmbeddedMeiliOptions, type MeiliHandle } from './launcher.ts';

export interface RestartPolicy {
  /** First delay after a crash; doubled after each failed start, down again after a good one. */
  initialDelayMs: number;
  maxDelayMs: number;
}

/** Fast enough that a one-off crash costs a second of searches; slow enough that a crash loop does not spin. */
export const DEFAULT_RESTART: RestartPolicy = { initialDelayMs: 1_000, maxDelayMs: 30_000 };

export interface SupervisedMeili extends MeiliHandle {
  /** Pid of the current child (changes with each restart). */
  currentPid(): number | null;
  /** Restarts so far. */
  restarts(): number;
}

export async function startSupervisedMeili(
  opts: Omit<EmbeddedMeiliOptions, 'onUnexpectedExit' | 'port'>, policy: RestartPolicy = DEFAULT_RESTART,
): Promise<SupervisedMeili> {
  let stopped = false;
  let restarts = 0;
  let delay = policy.initialDelayMs;
  let timer: NodeJS.Timeout | undefined;
  const logger: Logger = opts.logger;
  const start = (port?: number): Promise<MeiliHandle> =>
    startEmbeddedMeili({ ...opts, ...(port ? { port } : {}), onUnexpectedExit: () => schedule() });
  let port: number | undefined;
  const schedule = (): void => {
    if (stopped) return;
    logger.warn({ inMs: delay }, 'meilisearch will be restarted');
    timer = setTimeout(() => void restart(), delay);
  };
  const restart = async (): Promise<void> => {
    try {
      const next = await start(port);
      if (stopped) return void (await next.stop());
      current = next;
      restarts++;
      delay = policy.initialDelayMs;
      logger.info({ restarts }, 'meilisearch restarted');
    } catch (e) {
      delay = Math.min(delay * 2, policy.maxDelayMs);
      logger.error({ err: e }, 'meilisearch did not restart');
      schedule();
    }
  };
  let current = await start();
  port = Number(new URL(current.url).port);
  return {
    url: current.url,
    key: current.key,
    pid: current.pid,
    currentPid: () => current.pid,
    restarts: () => restarts,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current.stop();
    },
  };
}
