import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/react';
import { Link, NavLink, Outlet, useLocation, useNavigation } from '../shared/router';
import { AccountMenu } from '../features/account/components/AccountMenu';
import { Greeting } from '../features/account/components/Greeting';
import { useMe } from '@/shared/session/useMe';
import { LazyNotificationBell } from '../features/notifications/components/LazyNotificationBell';
import { LazyOutboxStatus } from '../features/outbox/components/LazyOutboxStatus';
import type { Role } from '../gql/graphql';
import { LanguageSwitch } from './LanguageSwitch';
import { OfflineNotice } from './OfflineNotice';
import { paths } from '../shared/router/paths';

type NavKey = 'home' | 'search' | 'practices' | 'saved' | 'contribute' | 'collections' | 'review' | 'offline';

interface NavItem {
  to: string;
  key: NavKey;
  /** Who sees the link; everybody when left out. */
  roles?: readonly Role[];
}

// Mirrors the API's rules: anyone signed in contributes; trainers and admins curate; moderators review.
const SIGNED_IN: readonly Role[] = ['LIBRARIAN', 'PARTNER', 'TRAINER', 'MODERATOR', 'ADMIN'];
const NAV: NavItem[] = [
  { to: paths.home, key: 'home' },
  { to: paths.search(), key: 'search' },
  { to: paths.practices(), key: 'practices' },
  { to: paths.contribute, key: 'contribute', roles: SIGNED_IN },
  { to: paths.collections, key: 'collections', roles: ['TRAINER', 'ADMIN'] },
  { to: paths.review, key: 'review', roles: ['MODERATOR', 'ADMIN'] },
  { to: paths.saved, key: 'saved', roles: SIGNED_IN },
  // What this device keeps for reading without a connection: for everyone, signed in or not.
  { to: paths.offline, key: 'offline' },
];

/**
 * Folds the phone menu away when the reader has chosen (a new page), presses Escape or taps outside it.
 * Without JavaScript it still opens and closes by its own button.
 */
function useFoldingMenu() {
  const menu = useRef<HTMLDetailsElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [key]);

  useEffect(() => {
    const fold = (event: KeyboardEvent | PointerEvent) => {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        details.open = false;
        details.querySelector('summary')?.focus();
      } else if (!details.contains(event.target as Node)) {
        details.open = false;
      }
    };
    document.addEventListener('keydown', fold);
    document.addEventListener('pointerdown', fold);
    return () => {
      document.removeEventListener('keydown', fold);
      document.removeEventListener('pointerdown', fold);
    };
  }, []);

  return menu;
}

/**
 * The frame of every page: skip link, header with navigation, account and language, then the page.
 * On phones the navigation, account and language fold into a «Меню» button, so the header stays one
 * short row; from 720 px app.css shows the same menu's content in the header (see `.site-menu` there).
 */
export function Layout() {
  const { t } = useTranslation();
  const { me } = useMe();
  const navigation = useNavigation();
  const menu = useFoldingMenu();
  const items = NAV.filter((item) => !item.roles || (me && item.roles.includes(me.role)));
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="brand">
            <Link className="brand__name" to={paths.home}>
              {t('app.name')}
            </Link>
            <p className="brand__tagline">{t('app.tagline')}</p>
          </div>
          <LazyOutboxStatus />
          <LazyNotificationBell />
          <details className="site-menu" ref={menu}>
            <summary className="site-menu__toggle">
              <span className="site-menu__icon" aria-hidden="true" />
              {t('nav.menu')}
            </summary>
            <div className="site-menu__panel">
              <nav className="site-nav" aria-label={t('nav.label')}>
                <ul>
                  {items.map((item) => (
                    <li key={item.key}>
                      <NavLink to={item.to} end={item.to === paths.home}>
                        {t(`nav.${item.key}`)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </nav>
              <div className="site-header__tools">
                <AccountMenu />
                <LanguageSwitch />
              </div>
            </div>
          </details>
        </div>
      </header>
      <OfflineNotice />
      {navigation.state === 'loading' && <div className="page-progress" role="progressbar" aria-label={t('common.loading')} />}
      <main id="main" className="site-main" tabIndex={-1}>
        <Greeting />
        <Outlet />
      </main>
    </>
  );
}
