import { defineMessages } from './messages.ts';

/** The language switch's own words: each language is named in itself, so a person finds theirs whatever is showing. */
export const languageMessages = defineMessages({
  switchLabel: { en: 'Interface language', ar: 'لغة الواجهة' },
  saveFailed: { en: 'Your language choice applies here but could not be saved to your account.', ar: 'طُبّقت اللغة هنا لكن تعذّر حفظها في حسابك.' },
});

/** Each interface language's name in that language. */
export const LANGUAGE_NAMES = { en: 'English', ar: 'العربية' } as const;
