// Adapter: the extraction worker of one node over the shared job queue (PostgreSQL). It takes a job whenever it
// has a free slot (woken by NOTIFY, and by a poll that also finds jobs whose holder died), renews the job's
// lease while it works, and reports the outcome. A node that is killed simply stops renewing.
import type { Logger } from 'pino';
import type { ClaimedJob, JobQueue } from '../store/ports.ts';

export interface JobWorkerOptions {
  /** This node's name in the queue (who took a job). */
  node: string;
  /** Jobs this node runs at once (its extraction workers). */
  slots: number;
  /** How often the queue is checked without a notification: finds jobs whose lease ran out. */
  pollMs: number;
  /** The lease length; it is renewed three times per lease. */
  leaseMs: number;
}

/** What the worker runs for a job: null when done, the reason when failed for good; throws for a failure worth a retry. */
export type RunJob = (docId: string, bytes: Uint8Array) => Promise<string | null>;

export class JobWorker {
  private active = 0;
  private pumping = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => Promise<void>) | undefined;
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly queue: JobQueue,
    private readonly runJob: RunJob,
    private readonly options: JobWorkerOptions,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.unsubscribe = await this.queue.subscribe(() => void this.pump());
    this.timer = setInterval(() => void this.pump(), this.options.pollMs);
    this.timer.unref();
    void this.pump();
  }

  /** Jobs held by this node right now (for /health). */
  get busy(): number {
    return this.active;
  }

  /** Stop taking jobs and wait for the ones running (their leases are released by completing them). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.unsubscribe?.();
    await Promise.allSettled([...this.running]);
  }

  private async pump(): Promise<void> {
    if (this.pumping || this.stopped) return;
    this.pumping = true;
    try {
      while (!this.stopped && this.active < this.options.slots) {
        const job = await this.queue.claim(this.options.node);
        if (!job) break;
        this.active++;
        const run = this.work(job).finally(() => {
          this.active--;
          this.running.delete(run);
          void this.pump();
        });
        this.running.add(run);
      }
    } catch (e) {
      this.logger.warn({ err: e }, 'job queue unavailable; retrying at the next poll');
    } finally {
      this.pumping = false;
    }
  }

  private async work(job: ClaimedJob): Promise<void> {
    const { node } = this.options;
    this.logger.info({ job: job.id, id: job.docId, attempt: job.attempt, node }, 'extraction job taken');
    const renew = setInterval(() => void this.queue.renew(job.id, node).catch(() => undefined), Math.max(50, this.options.leaseMs / 3));
    try {
      const failure = await this.runJob(job.docId, job.bytes);
      await (failure === null ? this.queue.complete(job.id, node) : this.queue.fail(job.id, node, failure));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      this.logger.warn({ job: job.id, id: job.docId, attempt: job.attempt }, `extraction job will be retried: ${reason}`);
      await this.queue.release(job.id, node, reason).catch(() => undefined);
    } finally {
      clearInterval(renew);
    }
  }
}
