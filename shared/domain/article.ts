/**
 * The article body is a list of paragraphs. Claim positions are offsets into
 * the body text: the paragraphs joined by one blank line ("\n\n"), which is
 * also how the REST import takes a body and how exports quote it.
 */
export const PARAGRAPH_SEPARATOR = '\n\n';

export function bodyText(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** Detects the writing direction from the first strong letters of a text. */
export function detectDirection(text: string): 'rtl' | 'ltr' {
  let rtl = 0;
  let ltr = 0;
  for (const ch of text.slice(0, 2000)) {
    if (/[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u.test(ch)) rtl++;
    else if (/\p{L}/u.test(ch)) ltr++;
  }
  return rtl > ltr ? 'rtl' : 'ltr';
}
