import { createContext, useContext, useEffect } from 'react';
import { useTranslation } from '@/i18n/react';

/** What a page says about itself in the document head: its title, a preview text and its status. */
export interface PageHead {
  title?: string;
  /** One or two sentences for link previews and search engines. */
  description?: string;
  /** `article` for a record (practice, case study, collection); `website` otherwise. */
  type?: 'website' | 'article';
  /** HTTP status of the page: 404 when the page or its record is not there. */
  status?: number;
}

/**
 * Present only while rendering on the server: pages write their head here during render, and the server
 * puts it into the HTML (title, preview tags, status). In the browser there is none, and the effect sets
 * the document title.
 */
export const PageHeadContext = createContext<PageHead | null>(null);

/**
 * Sets the document title to "<page> · Poruch" while the page is shown, and its preview text on the server.
 * `null` is a page without a title of its own (the home page); `undefined` is a title not known yet (the
 * record is loading, or missing), which leaves the title to whatever the page shows instead (not found).
 */
export function usePageTitle(title: string | null | undefined, extra: Omit<PageHead, 'title' | 'status'> = {}) {
  const { t } = useTranslation();
  const appName = t('app.name');
  const full = title === undefined ? undefined : title ? `${title} · ${appName}` : `${appName} · ${t('app.tagline')}`;
  const head = useContext(PageHeadContext);
  if (head && full) {
    head.title = full;
    if (extra.description) head.description = extra.description;
    if (extra.type) head.type = extra.type;
  }
  useEffect(() => {
    if (full) document.title = full;
  }, [full]);
}

/** Marks the page being rendered on the server as not found (HTTP 404). */
export function useNotFoundStatus() {
  const head = useContext(PageHeadContext);
  if (head) head.status = 404;
}
