import { useTranslation } from '@/i18n/react';
import { Link } from '../router';
import { usePageTitle } from './usePageTitle';
import { paths } from '../router/paths';

/** A page whose work is planned: says so plainly and offers a way back. */
export function ComingSoon({ title }: { title: string }) {
  const { t } = useTranslation();
  usePageTitle(title);
  return (
    <section>
      <h1>{title}</h1>
      <p className="notice">{t('comingSoon.body')}</p>
      <Link to={paths.home}>{t('notFound.home')}</Link>
    </section>
  );
}
