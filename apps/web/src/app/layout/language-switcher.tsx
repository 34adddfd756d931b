import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/ui/icon';
import { useUpdateMe } from '../../features/account/api/update-me';
import { currentLanguage, isLanguage, languages } from '../../lib/i18n';
import { useSession } from '../../lib/session';

/**
 * Each language is named in itself, so a reader can find theirs whatever the page is in.
 * A signed-in person's choice is also stored on their account, so the mails they get next
 * are written in it.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const session = useSession();
  const updateMe = useUpdateMe();
  return (
    <div className="language-switcher">
      <Icon name="globe" size={18} />
      <label htmlFor={id} className="language-switcher__label">
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-switcher__select"
        value={currentLanguage()}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguage(next)) return;
          void i18n.changeLanguage(next);
          if (session.status === 'signedIn' && session.user.locale !== next)
            updateMe.mutate({ locale: next });
        }}
      >
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
