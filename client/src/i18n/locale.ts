import { browserStorage, storageKey } from '../state/localStore.ts';
import { LOCALES, type Locale } from './messages.ts';

/**
 * The interface language and digits, one value for the whole page, kept
 * outside React so modules that build text outside components (activity
 * lines, import messages) read the same one. Components subscribe through
 * useLocale (client/src/i18n/useT.ts).
 *
 * The language is the person's choice, stored with their account (the
 * server has the last word once they are signed in) and in this browser for
 * the pages before sign-in; with neither, the browser's own language.
 * Arabic mirrors the whole interface: `<html dir="rtl">`, while each
 * article keeps its own direction on its own elements.
 */
export type Digits = 'latn' | 'arab';
export interface LocaleState {
  locale: Locale;
  /** The workspace's choice of digits for Arabic (English always uses Latin digits). */
  digits: Digits;
}

const KEY = storageKey('lang');
let state: LocaleState = { locale: initialLocale(), digits: 'latn' };
const listeners = new Set<() => void>();

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** This browser's remembered choice, else the first of the browser's languages we have, else English. */
export function initialLocale(): Locale {
  const stored = browserStorage()?.getItem(KEY);
  if (isLocale(stored)) return stored;
  const wanted = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const tag of wanted) {
    const base = tag?.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export function localeState(): LocaleState {
  return state;
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function update(next: LocaleState): void {
  if (next.locale === state.locale && next.digits === state.digits) return;
  state = next;
  applyToDocument();
  for (const listener of listeners) listener();
}

/** Switches the interface language now and remembers it in this browser. */
export function setLocale(locale: Locale): void {
  try {
    browserStorage()?.setItem(KEY, locale);
  } catch {
    // a full or disabled storage only loses the memory of the choice
  }
  update({ ...state, locale });
}

export function setDigits(digits: Digits): void {
  update({ ...state, digits });
}

/** The page's language and direction follow the interface language. */
export function applyToDocument(): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = state.locale;
  root.dir = state.locale === 'ar' ? 'rtl' : 'ltr';
  // The tab's name too: the brand as the person reads it.
  document.title = state.locale === 'ar' ? 'إسناد' : 'Isnad';
}
