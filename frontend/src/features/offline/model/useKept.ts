import { useCallback, useEffect, useState } from 'react';
import { browserKeeping, canKeep } from './browser-keeping';
import { onKeptChange } from './keeping';
import type { KeptItem } from './kept-store';

/** Everything kept on this device, read again after each change; null until read (and where nothing can be kept). */
export function useKeptItems(): KeptItem[] | null {
  const [items, setItems] = useState<KeptItem[] | null>(null);
  const read = useCallback(() => {
    if (!canKeep()) return;
    void browserKeeping()
      .store.list()
      .then(setItems)
      .catch(() => setItems([]));
  }, []);
  useEffect(() => {
    read();
    return onKeptChange(read);
  }, [read]);
  return items;
}
