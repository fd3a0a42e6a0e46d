import { useTranslation } from '../../i18n/react';
import { ERROR_MESSAGES, toApiProblem } from '../errors/api-error';

interface ErrorNoticeProps {
  error: unknown;
  /** Shown as a "try again" button when given. */
  onRetry?: () => void;
}

/** A failed request in words the reader understands, with a way to try again. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const problem = toApiProblem(error);
  const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
  return (
    <div role="alert" className="notice notice--error">
      <p>{t(ERROR_MESSAGES[problem.code], { count: minutes })}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
