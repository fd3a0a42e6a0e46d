import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Practice } from '../practice/practice.entity.js';
import type { Adoption } from './adoption.entity.js';
import {
  adoptionMonths,
  newestAdoptions,
  NOT_TRIED,
  summariseTriedIn,
  triedInRows,
  type MonthCount,
  type TriedIn,
} from './adoption.queries.js';

/**
 * Per-request batch loaders of the adoption read side, spread into createLoaders. Public reads see
 * published reports of published practices only; hidden reports are read by the service, for their
 * author, never here.
 */
export function createAdoptionLoaders(em: EntityManager) {
  // One loader per page size: a practice list asking for `adoptions(first: 3)` batches into one statement.
  const newest = new Map<string, DataLoader<string, Adoption[]>>();
  const newestOf = (owner: 'practice' | 'organization', first: number) => {
    const key = `${owner}:${first}`;
    let loader = newest.get(key);
    if (!loader) {
      loader = new DataLoader<string, Adoption[]>(async (keys) => {
        const rows = await newestAdoptions(em, owner, keys, first);
        const ownerOf = (a: Adoption) => (owner === 'practice' ? a.practice.id : a.organization.id);
        return keys.map((k) => rows.filter((a) => ownerOf(a) === k));
      });
      newest.set(key, loader);
    }
    return loader;
  };

  return {
    practiceTriedIn: new DataLoader<string, TriedIn>(async (keys) => {
      const summary = summariseTriedIn(await triedInRows(em, keys));
      return keys.map((k) => summary.get(k) ?? NOT_TRIED);
    }),
    practiceAdoptionTimeline: new DataLoader<string, MonthCount[]>(async (keys) => {
      const months = await adoptionMonths(em, keys);
      return keys.map((k) => months.get(k) ?? []);
    }),
    /** Published practices adapted from each practice, newest first. */
    practiceAdaptations: new DataLoader<string, Practice[]>(async (keys) => {
      const rows = await em.find(
        Practice,
        { adaptedFrom: { $in: [...keys] }, status: 'published' },
        { orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }] },
      );
      return keys.map((k) => rows.filter((p) => p.adaptedFrom?.id === k));
    }),
    practiceAdoptions: (first: number) => newestOf('practice', first),
    organizationAdoptions: (first: number) => newestOf('organization', first),
  };
}
