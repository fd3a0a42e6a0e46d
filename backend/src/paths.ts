import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The repository root (backend/src/ is two levels down). */
export const REPO_ROOT = resolve(here, '../..');
export const SEEDS_DIR = resolve(REPO_ROOT, 'seeds');
export const WEB_DIST = resolve(REPO_ROOT, 'frontend/dist');
