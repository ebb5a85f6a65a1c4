import type { Translator } from '../i18n/useT.ts';
import type { importProblemMessages } from './import.messages.ts';

/**
 * The shared article schema words its refusals in English (the server's
 * logs and API read them); the form shows them in the person's language.
 * The schema's messages are known sentences, so each maps to a catalogue
 * entry; one this list does not know yet is shown as the schema wrote it
 * rather than hidden.
 */
export function importProblem(message: string, t: Translator<typeof importProblemMessages>): string {
  if (message === 'a title is required') return t('titleRequired');
  if (message === 'the article has no text') return t('bodyEmpty');
  if (message === 'contains control characters') return t('controlChars');
  if (message.startsWith('a language tag like')) return t('languageTag');
  const longer = /^longer than (\d+) characters$/.exec(message);
  if (longer) return t('tooLong', { count: Number(longer[1]) });
  return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
}
