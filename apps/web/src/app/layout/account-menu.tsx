import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ButtonLink } from '../../components/ui/button';
import { Icon } from '../../components/ui/icon';
import { useLogout } from '../../features/auth/api/logout';
import { signedOutState, useSession } from '../../lib/session';
import { useDismiss } from '../../lib/use-dismiss';

/** Sign-in links for visitors; for members, a disclosure with their name, settings and sign-out. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the menu whenever the page changes
  useEffect(() => setOpen(false), [location.pathname]);

  useDismiss(open, () => setOpen(false), buttonRef, [rootRef]);

  if (session.status === 'loading') return <div className="account-menu" aria-hidden="true" />;

  if (session.status === 'signedOut') {
    const here = `${location.pathname}${location.search}`;
    const next = location.pathname.startsWith('/sign-in') ? '' : `?next=${encodeURIComponent(here)}`;
    return (
      <div className="account-menu">
        <ButtonLink to={`/sign-in${next}`} variant="quiet" size="small">
          {t('accountMenu.signIn')}
        </ButtonLink>
        <ButtonLink to="/register" variant="primary" size="small" className="account-menu__register">
          {t('accountMenu.register')}
        </ButtonLink>
      </div>
    );
  }

  // flushSync puts the home page on screen before the session ends here: a page for signed-in
  // people still shown then would send the person to sign in again.
  const signOut = () =>
    logout.mutate(async () => {
      await navigate('/', { state: signedOutState, flushSync: true });
    });

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="account-menu__avatar" aria-hidden="true">
          {session.user.displayName.trim().charAt(0).toUpperCase() || <Icon name="user" size={16} />}
        </span>
        <span className="account-menu__name">{session.user.displayName}</span>
        <Icon name="chevronDown" size={16} />
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__who">
          {t('accountMenu.signedInAs', { name: session.user.displayName })}
          <span className="account-menu__email">{session.user.email}</span>
        </p>
        <ul className="account-menu__list">
          <li>
            <Link to="/settings/profile" className="account-menu__item">
              {t('accountMenu.profile')}
            </Link>
          </li>
          <li>
            <Link to="/settings/notifications" className="account-menu__item">
              {t('accountMenu.notifications')}
            </Link>
          </li>
          <li>
            <Link to="/invitations" className="account-menu__item">
              {t('accountMenu.invitations')}
            </Link>
          </li>
          <li>
            <Link to="/messages" className="account-menu__item">
              {t('accountMenu.messages')}
            </Link>
          </li>
          <li>
            <Link to="/contact-requests" className="account-menu__item">
              {t('accountMenu.contactRequests')}
            </Link>
          </li>
          {(session.user.role === 'moderator' || session.user.role === 'admin') && (
            <li>
              <Link to="/moderation" className="account-menu__item">
                {t('moderation.menuLink')}
              </Link>
            </li>
          )}
          <li>
            <Link to="/account" className="account-menu__item">
              {t('accountMenu.settings')}
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="account-menu__item"
              onClick={signOut}
              disabled={logout.isPending}
            >
              {t('accountMenu.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
