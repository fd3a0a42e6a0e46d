import { useTranslation } from '@/i18n/react';
import { Link, useLocation, useNavigate } from '@/shared/router';
import { ErrorNotice } from '@/shared/ui/ErrorNotice';
import { useLogout } from '../hooks/useLogout';
import { useMe } from '@/shared/session/useMe';
import { withNext } from './safe-next';
import { paths } from '@/shared/router/paths';

/** "Sign in / Register" for visitors; the account's name and "Sign out" for the signed-in. */
export function AccountMenu() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const [logout, { loading: leaving, error }] = useLogout();
  const navigate = useNavigate();
  const location = useLocation();
  if (loading) return <div className="account-menu" aria-hidden="true" />;
  if (!me) {
    return (
      <div className="account-menu">
        {/* Back to this page afterwards. */}
        <Link to={withNext(paths.signIn, location)}>{t('account.signIn')}</Link>
        <Link to={withNext(paths.register, location)}>{t('account.register')}</Link>
      </div>
    );
  }
  const signOut = async () => {
    try {
      await logout();
      await navigate(paths.home);
    } catch {
      // shown below from the mutation's error state
    }
  };
  return (
    <div className="account-menu">
      <span className="account-menu__name">
        <span className="visually-hidden">{t('account.signedInAs')} </span>
        {me.displayName}
      </span>
      <button type="button" onClick={() => void signOut()} disabled={leaving}>
        {t('account.signOut')}
      </button>
      {error && <ErrorNotice error={error} />}
    </div>
  );
}
