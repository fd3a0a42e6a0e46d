import { useId, useState } from 'react';
import { useTranslation } from '@/i18n/react';
import { shareUrl } from './curators';

/** The share link of a collection, selectable, with a button that copies it. */
export function ShareLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = shareUrl(token);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div className="field share-link">
      <label htmlFor={id}>{t('collections.share.label')}</label>
      <div className="share-link__row">
        <input id={id} type="url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          {t('collections.share.copy')}
        </button>
      </div>
      <p className="field__hint" role="status">
        {status === 'copied' ? t('collections.share.copied') : status === 'failed' ? t('collections.share.copyFailed') : ''}
      </p>
    </div>
  );
}
