import { z } from 'zod';
import { LIMITS, SLUG_PATTERN } from './catalog.limits.js';

/** Zod pieces every record's rules are made of: the seed files and the contribution editor share them. */
export const slug = z.string().max(LIMITS.slug).regex(SLUG_PATTERN, 'must be lower-case latin words joined by hyphens');
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
export const isoDate = z.iso.date();
