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
