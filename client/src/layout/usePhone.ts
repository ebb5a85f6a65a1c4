import { useSyncExternalStore } from 'react';

/**
 * Phones: up to 480 px wide. styles.css (and phone.css) use the same width in
 * their media queries; this is for the few places where a phone needs other
 * elements, not just other styles (the claim as a sheet, the docked toolbar).
 */
export const PHONE_QUERY = '(max-width: 480px)';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(PHONE_QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = query();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

const isPhone = () => query()?.matches ?? false;

/** True while the window is phone-sized; follows rotation and resizing. */
export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
