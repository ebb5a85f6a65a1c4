import { useState } from 'react';
import { requestJson } from '../state/http.ts';
import { languageMessages, LANGUAGE_NAMES } from './i18n.messages.ts';
import { setLocale } from './locale.ts';
import { LOCALES, type Locale } from './messages.ts';
import { useT } from './useT.ts';

/**
 * Switches the interface language at once; for a signed-in person the
 * choice is also saved with their account, so it follows them to their
 * other devices. Each option is written in its own language.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const t = useT(languageMessages);
  const [failed, setFailed] = useState(false);
  const choose = async (locale: Locale) => {
    setLocale(locale);
    if (!signedIn) return;
    const saved = await requestJson('PATCH', '/api/auth/me', { locale });
    setFailed(!saved.ok);
  };
  return (
    <span className="language-switch">
      <select aria-label={t('switchLabel')} value={t.locale} onChange={(e) => void choose(e.target.value as Locale)}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
      {failed && (
        <span className="form-error" role="alert">
          {t('saveFailed')}
        </span>
      )}
    </span>
  );
}
