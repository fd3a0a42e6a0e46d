import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { RequireSignIn } from '@/shared/session/RequireSignIn';
import '../review.css';

/** Moderators and admins see the page; other signed-in users are told it is for moderators only. */
export function RequireModerator({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <RequireSignIn title={title} reason="contribute.signInReason.review">
      {(me) =>
        me.role === 'MODERATOR' || me.role === 'ADMIN' ? (
          children
        ) : (
          <section className="narrow">
            <h1>{title}</h1>
            <p className="notice">{t('contribute.review.moderatorsOnly')}</p>
          </section>
        )
      }
    </RequireSignIn>
  );
}
