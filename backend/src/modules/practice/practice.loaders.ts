import type { EntityManager } from '@mikro-orm/postgresql';
import { anyOf, byId, grouped, single } from '../../graphql/batch-loaders.js';
import { PracticeAudience, PracticeFormat, PracticeTheme } from './practice-links.entity.js';
import { Practice } from './practice.entity.js';

/** Per-request batch loaders of practices and their vocabulary links, spread into createLoaders. */
export function createPracticeLoaders(em: EntityManager) {
  return {
    publishedPractice: single((keys) => em.find(Practice, { id: anyOf(keys), status: 'published' }), byId),
    practiceThemes: grouped(
      (keys) => em.find(PracticeTheme, { practice: anyOf(keys) }, { populate: ['theme'], orderBy: { position: 'asc' } }),
      (row) => row.practice.id,
    ),
    practiceAudiences: grouped(
      (keys) =>
        em.find(PracticeAudience, { practice: anyOf(keys) }, { populate: ['audience'], orderBy: { audience: { position: 'asc' } } }),
      (row) => row.practice.id,
    ),
    practiceFormats: grouped(
      (keys) => em.find(PracticeFormat, { practice: anyOf(keys) }, { populate: ['format'], orderBy: { format: { position: 'asc' } } }),
      (row) => row.practice.id,
    ),
  };
}
