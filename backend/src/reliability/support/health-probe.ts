const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface Probe {
  path: string;
  startedAt: number;
  endedAt: number;
  ms: number;
  /** 0 when no answer came within the probe's timeout. */
  status: number;
  body: Record<string, unknown> | null;
}

/** Polls /livez and /readyz as a process supervisor and a load balancer would, keeping every answer. */
export class HealthProbe {
  readonly probes: Probe[] = [];
  private stopping = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly url: string,
    private readonly intervalMs = 1_000,
  ) {}

  start(): void {
    this.loops = ['/livez', '/readyz'].map((path) => this.loop(path));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.loops);
  }

  /** Probes of `path` that began and ended within [from, to]. */
  within(path: string, from: number, to: number): Probe[] {
    return this.probes.filter((p) => p.path === path && p.startedAt >= from && p.endedAt <= to);
  }

  private async loop(path: string): Promise<void> {
    while (!this.stopping) {
      const startedAt = Date.now();
      let status = 0;
      let body: Record<string, unknown> | null = null;
      try {
        const res = await fetch(`${this.url}${path}`, { signal: AbortSignal.timeout(10_000) });
        status = res.status;
        body = (await res.json()) as Record<string, unknown>;
      } catch {
        // no answer: status 0
      }
      const endedAt = Date.now();
      this.probes.push({ path, startedAt, endedAt, ms: endedAt - startedAt, status, body });
      await sleep(Math.max(0, this.intervalMs - (endedAt - startedAt)));
    }
  }
}

/** Waits until `check` returns a value (not undefined/false), polling; throws after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(100);
  }
}
