import { canKeep, cacheStore } from './kept-store';
import type { KeepingDeps } from './keeping';

/** The browser's Cache Storage, its own fetch and clock. */
export function browserKeeping(): KeepingDeps {
  return { store: cacheStore(), fetch: (input, init) => window.fetch(input, init), now: () => new Date() };
}

/** What the browser says is still free for this site, when it says (navigator.storage.estimate). */
export async function freeSpace(): Promise<{ usage: number; quota: number } | undefined> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate?.quota !== undefined ? { usage: estimate.usage ?? 0, quota: estimate.quota } : undefined;
  } catch {
    return undefined;
  }
}

export { canKeep };
