import { useTranslation } from '@/i18n/react';

/** A skeleton of `lines` grey bars with a spoken "loading" for screen readers. */
export function Loading({ lines = 3, label }: { lines?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="loading">
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      <div aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <div key={i} className="skeleton skeleton--line" />
        ))}
      </div>
    </div>
  );
}
