/**
 * The article body is a list of paragraphs. Claim positions are offsets into
 * the body text: the paragraphs joined by one blank line ("\n\n"), which is
 * also how the REST import takes a body and how exports quote it.
 */
export const PARAGRAPH_SEPARATOR = '\n\n';

export function bodyText(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

const LETTER = /\p{L}/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Detects the writing direction from the letters (not digits or marks) of a text's start. */
export function detectDirection(text: string): 'rtl' | 'ltr' {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text.slice(0, 2000)) {
    if (!LETTER.test(ch)) continue;
    if (RTL_SCRIPT.test(ch)) rtl++;
    else ltr++;
  }
  return rtl > ltr ? 'rtl' : 'ltr';
}

/**
 * Splits a body typed or pasted as text into paragraphs: one or more blank
 * lines separate them, line endings are normalised, and white space at the
 * ends of a paragraph is dropped; the words inside stay exactly as given.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00A0]*\n\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const SCRIPT_LANGUAGES: Array<[RegExp, string]> = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Hangul}/u, 'ko'],
];

/**
 * A first guess at the language from the script of most letters; a person
 * can always override it. Latin script is assumed to be English, the
 * newsroom's other working language.
 */
export function detectLanguage(text: string): string {
  const counts = new Map<string, number>();
  for (const ch of text.slice(0, 2000)) {
    if (!LETTER.test(ch)) continue;
    const lang = SCRIPT_LANGUAGES.find(([re]) => re.test(ch))?.[1] ?? 'en';
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';
}
