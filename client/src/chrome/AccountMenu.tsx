import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { permissionsFor, roleLabel } from '../account/permissions.ts';
import { LanguageSwitch } from '../i18n/LanguageSwitch.tsx';
import { useT } from '../i18n/useT.ts';
import { chromeMessages } from './chrome.messages.ts';

export interface AccountMenuProps {
  user: PublicUser;
  /** Where "Back to the article" leads (from the users page); the page already shown gets no link. */
  page: 'workspace' | 'users';
  articlesHref: string;
  onSignOut(): void;
}

/** The signed-in person, their role, the admin's way to the users page, and sign out. */
export function AccountMenu({ user, page, articlesHref, onSignOut }: AccountMenuProps) {
  const t = useT(chromeMessages);
  const label = roleLabel(user.role);
  return (
    <div className="account-menu">
      <span className="account-who" data-testid="account">
        <bdi className="account-name">{user.name}</bdi>{' '}
        <span className="role-label" data-role={user.role}>
          {label[t.locale]}
        </span>
      </span>
      {page === 'workspace' && permissionsFor(user).manageUsers && (
        <a className="nav-link" href="#/admin/users">
          {t('users')}
        </a>
      )}
      {page === 'users' && (
        <a className="nav-link" href={articlesHref}>
          {t('backToArticle')}
        </a>
      )}
      <LanguageSwitch signedIn />
      <button type="button" className="ghost" onClick={onSignOut}>
        {t('signOut')}
      </button>
    </div>
  );
}
