import type { Page } from 'playwright-core';

/**
 * Finds interface text left in English on a page shown in Arabic.
 *
 * The rule: any visible text node, or any aria-label, title, placeholder or
 * alt of a visible element, that holds a Latin letter is interface text left
 * untranslated, unless it is marked as not being interface text:
 * - it sits inside an element with its own `lang` (other than <html>): the
 *   article, its quotes, anything that declares what language it is in;
 * - or inside `dir="auto"` or `<bdi>`: people's names, titles, comments,
 *   summaries, sources, whatever users typed and the app shows as it is;
 * - or inside an element marked `data-user-text` (data with no other mark,
 *   such as an email address in a table cell);
 * - or inside `<kbd>`: key names are printed in Latin on Arabic keyboards too;
 * - or inside form fields (their values are the person's own words).
 * URLs and email addresses are taken out of a text before it is looked at,
 * so "المصدر: https://…" passes while "Open https://…" does not.
 * Latin digits are not letters and pass: the digit style is the workspace's choice.
 *
 * Two lists of words are also taken out, because Arabic text keeps them in
 * Latin letters and no markup can say so inside an attribute:
 * LATIN_TERMS, names of formats, standards, file types, language codes and keys that Arabic technical
 * writing does not translate ("تصدير CSV", "Ctrl+F"); and the names of the
 * people the test created, which appear in titles such as "Salma (أنت)".
 */
export const LATIN_TERMS = ['CSV', 'JSON', 'JSON-LD', 'W3C', 'ClaimReview', 'schema.org', 'Markdown', 'HTML', 'PDF', 'CMS', 'URL', 'Ctrl+F', 'Cmd+F', 'Ctrl', 'Cmd', 'Shift', 'Enter', 'Esc', '.txt', '.md', '.html', '“ar”', '“en”'];

export interface UntranslatedText {
  /** 'text', or the attribute the words were found in. */
  where: string;
  text: string;
  /** A CSS path to the element, enough to find the component. */
  path: string;
}

/** Runs in the page; self-contained (page.evaluate sends its source). */
const scan = (terms: string[]): UntranslatedText[] => {
  const EXEMPT = '[lang]:not(html), [dir="auto"], bdi, [data-user-text], kbd, input, textarea, select, script, style, noscript, template';
  const LATIN = /[A-Za-z]/;
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Longest first, so JSON-LD goes whole before JSON is tried.
  const termPattern = new RegExp(`(?<![A-Za-z])(?:${[...terms].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z])`, 'g');
  const stripData = (s: string) =>
    s
      .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
      .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ')
      .replace(termPattern, ' ');
  const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.getClientRects().length > 0;
  const pathOf = (el: Element) => {
    const parts: string[] = [];
    for (let e: Element | null = el; e && e !== document.body && parts.length < 5; e = e.parentElement) {
      const cls = [...e.classList].slice(0, 2).map((c) => `.${c}`).join('');
      parts.unshift(e.id ? `${e.localName}#${e.id}` : `${e.localName}${cls}`);
    }
    return parts.join(' > ');
  };
  const found: UntranslatedText[] = [];
  const seen = new Set<string>();
  const report = (el: Element, where: string, raw: string) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!LATIN.test(stripData(text))) return;
    const path = pathOf(el);
    const key = `${where}|${text}|${path}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ where, text, path });
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el.closest(EXEMPT) || !visible(el)) continue;
    report(el, 'text', node.textContent ?? '');
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
    // A field's placeholder is interface text even though its value is not.
    const exempt = el.parentElement?.closest(EXEMPT) ?? (el.matches('input, textarea') ? null : el.closest(EXEMPT));
    if (exempt || !visible(el)) continue;
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(attr);
      if (value) report(el, attr, value);
    }
  }
  return found;
};

/** Every piece of untranslated interface text on the page as it is now; `people` are the names of the test's accounts. */
export function untranslatedText(page: Page, people: readonly string[] = []): Promise<UntranslatedText[]> {
  return page.evaluate(scan, [...LATIN_TERMS, ...people]);
}

/** One line per finding, for a failure message that names the string and where it is. */
export function describeFindings(pageName: string, found: UntranslatedText[]): string[] {
  return found.map((f) => `${pageName}: ${f.where === 'text' ? '' : `[${f.where}] `}"${f.text.slice(0, 80)}" at ${f.path}`);
}
