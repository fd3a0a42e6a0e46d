import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../../shared/ui/ComingSoon';

/** Placeholder for the review area; its pages replace this one. */
export function ReviewPage() {
  const { t } = useTranslation();
  return <ComingSoon title={t('nav.review')} />;
}
