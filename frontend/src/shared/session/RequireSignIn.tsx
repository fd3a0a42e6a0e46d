import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n/react';
import { Link, useLocation } from '@/shared/router';
import type { MessageKey } from '@/i18n/react';
import type { MeQuery } from '@/gql/graphql';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { Loading } from '@/shared/ui/Loading';
import { usePageTitle } from '@/shared/ui/usePageTitle';
import { useMe } from './useMe';
import { paths } from '@/shared/router/paths';

type Account = NonNullable<MeQuery['me']>;

interface RequireSignInProps {
  /** The page's title, shown above the sign-in prompt too. */
  title: string;
  /** Why this page needs an account, in its own words (`contribute.signInReason.*`). */
  reason: MessageKey;
  children: (me: Account) => ReactNode;
}

/**
 * Shows its page to signed-in users (with no connection, to the account last signed in here, so work can be
 * written offline); asks everyone else to sign in and come back here.
 */
export function RequireSignIn({ title, reason, children }: RequireSignInProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { me, loading, error, refetch } = useMe();
  usePageTitle(title);
  if (me) return children(me);
  if (loading) return <Loading />;
  if (error) return <ErrorNotice error={error} onRetry={() => void refetch()} />;
  return (
    <section className="narrow">
      <h1>{title}</h1>
      <p className="notice">{t(reason)}</p>
      <p>
        <Link className="button-link" to={paths.signIn(`${location.pathname}${location.search}`)}>
          {t('account.signIn')}
        </Link>{' '}
        {t('contribute.orRegister')} <Link to={paths.register()}>{t('account.register')}</Link>
      </p>
    </section>
  );
}
