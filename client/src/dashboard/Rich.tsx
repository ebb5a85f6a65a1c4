import type { ReactNode } from 'react';
import type { Catalogue } from '../i18n/messages.ts';
import type { Translator } from '../i18n/useT.ts';

/**
 * A message whose slots hold elements (user text in <bdi>, numbers that
 * are buttons, <time>), as an element: `<Rich t={t} message="key" slots={…} />`.
 * The same as `t.rich(key, slots)`, written as JSX because the literal-string
 * lint exempts `t('key')` calls but not `t.rich('key')` ones.
 */
export function Rich<C extends Catalogue>({ t, message, slots }: { t: Translator<C>; message: keyof C & string; slots: Record<string, ReactNode> }) {
  return <>{t.rich(message, slots)}</>;
}
