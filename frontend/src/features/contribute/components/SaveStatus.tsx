import { useTranslation } from '@/i18n/react';
import type { SaveState } from '../autosave/useAutosave';

interface SaveStatusProps {
  state: SaveState;
  /** The form does not pass the checks yet, so it stays on the device. */
  incomplete: boolean;
  onRetry?: () => void;
}

/** Where the draft is now: on this device, on the server, or nowhere yet; read out politely (a conflict has ConflictChoice). */
export function SaveStatus({ state, incomplete, onRetry }: SaveStatusProps) {
  const { t } = useTranslation();
  return (
    <div className={`save-status save-status--${state}`}>
      <p role="status" data-state={state}>
        {state === 'local' && (incomplete ? t('contribute.save.localIncomplete') : t('contribute.save.local'))}
        {state === 'saving' && t('contribute.save.saving')}
        {state === 'saved' && t('contribute.save.saved')}
        {state === 'offline' && t('contribute.save.offline')}
        {state === 'invalid' && t('contribute.save.invalid')}
        {state === 'error' && t('contribute.save.error')}
        {state === 'idle' && t('contribute.save.idle')}
      </p>
      {(state === 'offline' || state === 'error') && onRetry && (
        <button type="button" className="button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
