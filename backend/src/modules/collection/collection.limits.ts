import { LIMITS } from '../catalog/catalog.limits.js';

/** Field limits of collections, in one place; shared catalogue limits are reused from LIMITS. */
export const COLLECTION_LIMITS = {
  titleMin: 3,
  title: LIMITS.title,
  description: LIMITS.longText,
  note: LIMITS.shortText,
  items: LIMITS.collectionItems,
  coCurators: 20,
  slug: LIMITS.slug,
  /** 256 bits; the brief asks for at least 128. */
  shareTokenBytes: 32,
  /** How many collections myCollections returns. */
  mine: 200,
} as const;
