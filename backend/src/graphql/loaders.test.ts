import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { loadAll } from './batch-loaders.js';

describe('loadAll', () => {
  it('throws the cause when a key failed, instead of handing the Error on as a row', async () => {
    const cause = new Error('connection terminated unexpectedly');
    const loader = new DataLoader<string, { slug: string } | null>(async (keys) =>
      keys.map((k) => (k === 'bad' ? cause : k === 'gone' ? null : { slug: k })),
    );
    await expect(loadAll(loader, ['a', 'bad'])).rejects.toBe(cause);
    expect(await loadAll(loader, ['a', 'gone'])).toEqual([{ slug: 'a' }, null]);
  });
});
