import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';

export interface LoadResult {
  label: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface HttpCall {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

/** One request with Node's fetch; the body is read in full. Throws on a non-2xx answer. */
async function call(base: string, c: HttpCall): Promise<string> {
  const res = await fetch(base + c.path, {
    method: c.method ?? 'GET',
    headers: c.headers,
    body: c.body,
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${c.method ?? 'GET'} ${c.path}: HTTP ${res.status}`);
  return text;
}

/** Sends `c` from `concurrency` workers for `seconds` (bounded: no new request after the deadline). */
export async function load(base: string, label: string, c: HttpCall, concurrency: number, seconds: number): Promise<LoadResult> {
  for (let i = 0; i < 20; i++) await call(base, c); // warm-up: connections, JIT, caches
  const latencies: number[] = [];
  let errors = 0;
  const began = performance.now();
  const until = began + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await call(base, c);
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    label,
    requests: latencies.length,
    errors,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

/** The answer's body as it crosses the wire (compressed), its encoding, and the decoded text. */
export function wireSize(base: string, c: HttpCall): Promise<{ wireBytes: number; encoding: string; text: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest(base + c.path, { method: c.method ?? 'GET', headers: c.headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = String(res.headers['content-encoding'] ?? 'identity');
        const text = (encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        done({ wireBytes: raw.length, encoding, text });
      });
      res.on('error', fail);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout: ${c.path}`)));
    req.on('error', fail);
    req.end(c.body);
  });
}
