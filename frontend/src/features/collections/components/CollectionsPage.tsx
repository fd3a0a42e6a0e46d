import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../shared/ui/ComingSoon';

/** Placeholder for the collections area; its pages replace this one. */
export function CollectionsPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.collections')} />;
}
