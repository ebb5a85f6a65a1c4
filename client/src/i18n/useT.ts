import { Fragment, createElement, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { formatterFor, type Formatter } from './format.ts';
import { localeState, subscribeLocale, type LocaleState } from './locale.ts';
import { splitPlaceholders, pickForm, translate, type ArgsOf, type Catalogue, type Message, type Locale, type Vars } from './messages.ts';

/**
 * A catalogue's words in the current interface language:
 *   const t = useT(messages);  t('save')  t('claims', { count: 3 })
 *   t.rich('approvedBy', { name: <bdi>{name}</bdi> })  (slots holding elements)
 * Components rerender when the language or the digits change.
 */
export interface Translator<C extends Catalogue> {
  <K extends keyof C & string>(key: K, ...args: ArgsOf<C[K]>): string;
  /** The same message with elements in its slots (user text in <bdi>, links, <time>). */
  rich<K extends keyof C & string>(key: K, slots: Record<string, ReactNode>): ReactNode;
  locale: Locale;
  format: Formatter;
}

export function useLocale(): LocaleState {
  return useSyncExternalStore(subscribeLocale, localeState, localeState);
}

export function useFormat(): Formatter {
  const state = useLocale();
  return useMemo(() => formatterFor(state), [state]);
}

/** For code outside components (activity lines, messages built in handlers): the language of this moment. */
export function translator<C extends Catalogue>(catalogue: C, state: LocaleState = localeState()): Translator<C> {
  const format = formatterFor(state);
  // The key type makes a missing entry impossible; should one slip through, the key shows rather than nothing.
  const message = (key: string): Message => catalogue[key] ?? { en: key, ar: key };
  const t = ((key: string, vars?: Vars) => translate(message(key), state.locale, vars, format.number)) as unknown as Translator<C>;
  t.rich = (key, slots) => {
    const count = typeof slots.count === 'number' ? slots.count : undefined;
    const parts = splitPlaceholders(pickForm(message(key), state.locale, count));
    return createElement(
      Fragment,
      null,
      ...parts.map((part, i) => {
        if ('text' in part) return part.text;
        const value = slots[part.slot];
        return createElement(Fragment, { key: i }, typeof value === 'number' ? format.number(value) : (value ?? `{${part.slot}}`));
      }),
    );
  };
  t.locale = state.locale;
  t.format = format;
  return t;
}

export function useT<C extends Catalogue>(catalogue: C): Translator<C> {
  const state = useLocale();
  return useMemo(() => translator(catalogue, state), [catalogue, state]);
}
