import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigation } from 'react-router';
import { AccountMenu } from '../features/account/components/AccountMenu';
import { useMe } from '../features/account/hooks/useMe';
import type { Role } from '../gql/graphql';
import { LanguageSwitch } from './LanguageSwitch';

type NavKey = 'home' | 'search' | 'practices' | 'contribute' | 'collections' | 'review';

interface NavItem {
  to: string;
  key: NavKey;
  /** Who sees the link; everybody when left out. */
  roles?: readonly Role[];
}

// Mirrors the API's rules: anyone signed in contributes; trainers and admins curate; moderators review.
const SIGNED_IN: readonly Role[] = ['LIBRARIAN', 'PARTNER', 'TRAINER', 'MODERATOR', 'ADMIN'];
const NAV: NavItem[] = [
  { to: '/', key: 'home' },
  { to: '/search', key: 'search' },
  { to: '/practices', key: 'practices' },
  { to: '/contribute', key: 'contribute', roles: SIGNED_IN },
  { to: '/collections', key: 'collections', roles: ['TRAINER', 'ADMIN'] },
  { to: '/review', key: 'review', roles: ['MODERATOR', 'ADMIN'] },
];

/** The frame of every page: skip link, header with navigation, account and language, then the page. */
export function Layout() {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigation = useNavigation();
  const items = NAV.filter((item) => !item.roles || (me && item.roles.includes(me.role)));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="brand">
            <Link className="brand__name" to="/">
              {t('app.name')}
            </Link>
            <p className="brand__tagline">{t('app.tagline')}</p>
          </div>
          <div className="site-header__tools">
            <AccountMenu />
            <LanguageSwitch />
          </div>
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                <NavLink to={item.to} end={item.to === '/'}>
                  {t(`nav.${item.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {navigation.state === 'loading' && <div className="page-progress" role="progressbar" aria-label={t('common.loading')} />}
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
