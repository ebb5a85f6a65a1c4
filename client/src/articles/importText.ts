import { detectDirection, detectLanguage, PARAGRAPH_SEPARATOR, splitParagraphs } from '../../../shared/domain/article.ts';
import type { FileFormat } from './articlesApi.ts';
import type { Locale } from '../i18n/messages.ts';

/**
 * The pure part of importing: which files we take, what a plain-text file
 * is made of, and the guesses at language and direction. The same shared
 * functions the server uses, so the preview is what will be stored.
 */

const FORMATS: Record<string, FileFormat> = { txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html' };
export const ACCEPTED_FILES = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** The format of a file by its name; null for anything else. */
export function formatOfFile(name: string): FileFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext && Object.hasOwn(FORMATS, ext) ? FORMATS[ext]! : null;
}

/** A plain-text file: paragraphs split on blank lines; a short first one is the headline (as the server reads .txt). */
export function readPlainText(content: string): { title: string; paragraphs: string[] } {
  const paragraphs = splitParagraphs(content);
  if (paragraphs.length > 1 && paragraphs[0]!.length <= 200) {
    return { title: paragraphs[0]!, paragraphs: paragraphs.slice(1) };
  }
  return { title: '', paragraphs };
}

/**
 * Pasted text whose first line is short and followed by more text: that line
 * is most likely the headline (as a .txt file's first paragraph is), so it is
 * proposed as the title and the rest kept as the body. Null when it is not.
 */
export function splitPastedHeadline(pasted: string): { title: string; rest: string } | null {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return null;
  const title = lines[first]!.trim();
  const rest = lines.slice(first + 1).join('\n').replace(/^\s*\n/, '');
  if (!rest.trim() || title.length > HEADLINE_MAX) return null;
  return { title, rest };
}
const HEADLINE_MAX = 200;

/** The body as the API takes it: paragraphs separated by one blank line. */
export const joinParagraphs = (paragraphs: readonly string[]) => paragraphs.join(PARAGRAPH_SEPARATOR);

export interface Detected {
  lang: string;
  dir: 'rtl' | 'ltr';
}

export function detect(paragraphs: readonly string[]): Detected {
  const sample = paragraphs.join(' ');
  return { lang: detectLanguage(sample), dir: detectDirection(sample) };
}

/** A readable name for a language tag in the interface language ("Arabic", "العربية"), falling back to the tag itself. */
export function languageName(tag: string, inLanguage: Locale): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
