import { paths } from '@/shared/router/paths';

/** Practices on one page of the list. */
export const PRACTICE_PAGE_SIZE = 12;
/** The API gives at most this many records per request; a page is found by skipping the ones before it. */
const MAX_SKIP = 100;
/** The furthest page the list reaches by number; the search pages on from there. */
export const MAX_PRACTICE_PAGE = Math.floor(MAX_SKIP / PRACTICE_PAGE_SIZE) + 1;

/** What the list shows; the address is its only store (`/practices?theme=…&page=…`). */
export interface PracticeListState {
  theme: string | null;
  page: number;
}

/** Reads the state from the address; what it does not understand is ignored. */
export function parsePracticeListParams(params: URLSearchParams): PracticeListState {
  const page = Number(params.get('page'));
  const theme = params.get('theme')?.trim();
  return {
    theme: theme && /^[a-z0-9-]+$/.test(theme) ? theme : null,
    page: Number.isInteger(page) && page > 1 ? Math.min(page, MAX_PRACTICE_PAGE) : 1,
  };
}

/** The address of the list showing `state`: page 1 and no theme are left out. */
export function practiceListHref(state: PracticeListState): string {
  const params = new URLSearchParams();
  if (state.theme) params.set('theme', state.theme);
  if (state.page > 1) params.set('page', String(state.page));
  return paths.practices(params);
}

/** How many pages the list has, as far as numbers reach. */
export function practicePageCount(total: number): number {
  return Math.min(MAX_PRACTICE_PAGE, Math.max(1, Math.ceil(total / PRACTICE_PAGE_SIZE)));
}
