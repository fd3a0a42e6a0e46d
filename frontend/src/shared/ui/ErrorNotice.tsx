import { useEffect, useRef } from 'react';
import { useTranslation } from '@/i18n/react';
import { ERROR_MESSAGES, toApiProblem } from '../errors/api-error';

interface ErrorNoticeProps {
  error: unknown;
  /** Shown as a "try again" button when given; also run by itself when a lost connection comes back. */
  onRetry?: () => void;
}

/** A failed request in words the reader understands, with a way to try again. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const problem = toApiProblem(error);
  const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
  const offline = problem.code === 'NETWORK';
  const retry = useRef(onRetry);
  retry.current = onRetry;
  useEffect(() => {
    // After an outage (a shelter, a power cut) the page recovers when the browser is online again, untapped.
    if (!offline) return;
    const again = () => retry.current?.();
    window.addEventListener('online', again);
    return () => window.removeEventListener('online', again);
  }, [offline]);
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
