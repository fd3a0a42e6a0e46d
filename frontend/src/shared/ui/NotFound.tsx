import { useTranslation } from '@/i18n/react';
import { Link } from '../router';
import { useNotFoundStatus, usePageTitle } from './usePageTitle';
import { paths } from '../router/paths';

/** What a route shows when the record is not there (or not visible to the reader). */
export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  useNotFoundStatus();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to={paths.home}>{t('notFound.home')}</Link>
    </section>
  );
}
