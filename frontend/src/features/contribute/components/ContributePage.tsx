import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../shared/ui/ComingSoon';

/** Placeholder for the contribute area; its pages replace this one. */
export function ContributePage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.contribute')} />;
}
