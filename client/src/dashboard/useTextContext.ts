import { useLayoutEffect, useState, type RefObject } from 'react';

export interface TextContext {
  dir: 'ltr' | 'rtl';
  /** True when the surrounding UI is in Arabic (labels then in Arabic only). */
  arabic: boolean;
}

function contextOf(el: Element): TextContext {
  const computed = typeof getComputedStyle === 'function' ? getComputedStyle(el).direction : '';
  const dirAttr = el.closest('[dir]')?.getAttribute('dir');
  // Either says so: the computed style (CSS may set it), or the nearest dir attribute (for DOMs without layout).
  const dir = computed === 'rtl' || dirAttr === 'rtl' ? 'rtl' : 'ltr';
  const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
  return { dir, arabic: /^ar\b/i.test(lang) };
}

/**
 * The writing direction and language around an SVG chart, which does not
 * mirror itself: bars must grow from the right in a right-to-left page.
 * Looked at again when <html>'s dir or lang changes.
 */
export function useTextContext(ref: RefObject<Element | null>): TextContext {
  const [ctx, setCtx] = useState<TextContext>({ dir: 'ltr', arabic: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const next = contextOf(el);
      setCtx((c) => (c.dir === next.dir && c.arabic === next.arabic ? c : next));
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir', 'lang'] });
    return () => observer.disconnect();
  }, [ref]);
  return ctx;
}
