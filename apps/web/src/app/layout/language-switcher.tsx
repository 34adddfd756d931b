import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/ui/icon';
import { currentLanguage, isLanguage, languages } from '../../lib/i18n';

/** Each language is named in itself, so a reader can find theirs whatever the page is in. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
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
          if (isLanguage(next)) void i18n.changeLanguage(next);
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
