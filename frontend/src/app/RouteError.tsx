import { useTranslation } from '../i18n/react';
import { useRouteError } from '../shared/router';

/**
 * Last resort when a page fails to render or its code cannot be fetched (often a lost connection or
 * a new deployment): say so and offer a reload, which fetches the current code.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <main id="main" className="site-main">
      <div role="alert" className="notice notice--error">
        <h1>{t('routeError.title')}</h1>
        <p>{t('routeError.body')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </div>
    </main>
  );
}
