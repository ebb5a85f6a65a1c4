import { useLayoutEffect, useState, type RefObject } from 'react';

export interface TextContext {
  dir: 'ltr' | 'rtl';
}

function contextOf(el: Element): TextContext {
  const computed = typeof getComputedStyle === 'function' ? getComputedStyle(el).direction : '';
  const dirAttr = el.closest('[dir]')?.getAttribute('dir');
  // Either says so: the computed style (CSS may set it), or the nearest dir attribute (for DOMs without layout).
  return { dir: computed === 'rtl' || dirAttr === 'rtl' ? 'rtl' : 'ltr' };
}

/**
 * The writing direction around an SVG chart, which does not mirror itself:
 * bars must grow from the right in a right-to-left page. Looked at again
 * when <html>'s dir changes (the interface language switched). The words
 * follow the interface language (useT), not this.
 */
export function useTextContext(ref: RefObject<Element | null>): TextContext {
  const [ctx, setCtx] = useState<TextContext>({ dir: 'ltr' });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const next = contextOf(el);
      setCtx((c) => (c.dir === next.dir ? c : next));
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['dir'] });
    return () => observer.disconnect();
  }, [ref]);
  return ctx;
}
