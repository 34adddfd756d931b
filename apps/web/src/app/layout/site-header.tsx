import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { Icon } from '../../components/ui/icon';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { HeaderSearch } from '../../features/search/components/header-search';
import { useDismiss } from '../../lib/use-dismiss';
import { AccountMenu } from './account-menu';
import { LanguageSwitcher } from './language-switcher';
import { LiveStatusNote } from './live-status';
import { LogoMark } from './logo-mark';

export const navigation = [
  { to: '/', key: 'nav.home' },
  { to: '/people', key: 'nav.people' },
  { to: '/experts', key: 'nav.experts' },
  { to: '/organisations', key: 'nav.organisations' },
  { to: '/funding', key: 'nav.funding' },
  { to: '/events', key: 'nav.events' },
  { to: '/petitions', key: 'nav.petitions' },
  { to: '/processes', key: 'nav.processes' },
  { to: '/news', key: 'nav.news' },
  { to: '/tools', key: 'nav.tools' },
  { to: '/cases', key: 'nav.cases' },
  { to: '/search', key: 'nav.search' },
] as const;

export function SiteHeader() {
  const { t } = useTranslation();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const navigationRef = useRef<HTMLDivElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fold the phone menu away after each navigation
  useEffect(() => setMenuOpen(false), [location.pathname]);

  useDismiss(menuOpen, () => setMenuOpen(false), toggleRef, [navigationRef, toggleRef]);

  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link to="/" className="site-header__brand" aria-label={t('app.homeLink')}>
          <LogoMark />
          <span className="site-header__name">{t('app.name')}</span>
        </Link>
        <HeaderSearch />
        <div className="site-header__tools">
          <LiveStatusNote />
          <NotificationBell />
          <AccountMenu />
          <button
            ref={toggleRef}
            type="button"
            className="site-header__menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-navigation"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <Icon name={menuOpen ? 'close' : 'menu'} />
            <span className="site-header__menu-label">{t('nav.openMenu')}</span>
          </button>
        </div>
      </div>
      <div
        id="site-navigation"
        ref={navigationRef}
        className={`site-nav${menuOpen ? ' site-nav--open' : ''}`}
      >
        <div className="site-nav__inner container">
          <nav aria-label={t('nav.label')}>
            <ul className="site-nav__list">
              {navigation.map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.to === '/'}
                    className="site-nav__link"
                    onClick={() => setMenuOpen(false)}
                  >
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </div>
    </header>
  );
}
