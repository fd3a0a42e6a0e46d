import { lazy, Suspense } from 'react';
import { loadFeatureCatalogue } from '@/i18n/i18n';
import { useTranslation } from '@/i18n/react';
import { Link, useLocation } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { useMe } from '@/shared/session/useMe';
import { useSaveToMyList } from '../hooks/useSaveToMyList';
import { paths } from '@/shared/router/paths';

const CURATORS = new Set(['TRAINER', 'ADMIN']);
// «Зберегти офлайн» and its words come only when this row is shown.
const KeepButton = lazy(() => import('@/features/offline/components/keep-loader').then((m) => m.loadKeepButton(loadFeatureCatalogue)));

interface RecordActionsProps {
  target: { practiceId: string } | { caseStudyId: string };
}

/**
 * What the reader can do with a practice or a case study, by who they are: anyone signed in keeps it
 * in their own saved list; trainers also add it to a collection; a visitor is offered to sign in for it.
 * Anyone, signed in or not, can keep it on the device for reading offline.
 * Known only in the browser (the server renders for everyone), so nothing here is in the shared HTML.
 */
export function RecordActions({ target }: RecordActionsProps) {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const location = useLocation();
  const [save, saving] = useSaveToMyList();
  if (loading) return null;
  // The page's own address is the record's: what is kept is that page, as the server renders it.
  const keep = (
    <Suspense fallback={null}>
      <KeepButton target={{ record: location.pathname }} />
    </Suspense>
  );
  if (!me) {
    return (
      <>
        {/* A plain link: for a visitor, reading and printing come first. */}
        <Link className="record__sign-in" to={paths.signIn(location.pathname + location.search)}>
          {t('saved.signInToSave')}
        </Link>
        {keep}
      </>
    );
  }
  const query =
    'practiceId' in target ? `practice=${encodeURIComponent(target.practiceId)}` : `caseStudy=${encodeURIComponent(target.caseStudyId)}`;
  return (
    <>
      {saving.data ? (
        <Link className="button" to={paths.saved}>
          {t('saved.savedOpen')}
        </Link>
      ) : (
        <button type="button" disabled={saving.loading} onClick={() => void save({ variables: target }).catch(() => undefined)}>
          {saving.loading ? t('saved.saving') : t('saved.save')}
        </button>
      )}
      {CURATORS.has(me.role) && (
        <Link className="button" to={paths.addToCollection(query)}>
          {t('practice.addToCollection')}
        </Link>
      )}
      {saving.error && <ErrorNotice error={saving.error} />}
      {keep}
    </>
  );
}
