import { useEffect, useState } from 'react';
import { readOutbox, subscribeOutbox, type OutboxItem } from './outbox-store';

/** The device's send queue, kept current across tabs. */
export function useOutbox(): readonly OutboxItem[] {
  const [items, setItems] = useState<readonly OutboxItem[]>(readOutbox);
  useEffect(() => subscribeOutbox(setItems), []);
  return items;
}
