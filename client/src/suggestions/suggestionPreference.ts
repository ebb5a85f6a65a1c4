import { useCallback, useState } from 'react';
import * as z from 'zod/mini';
import { readJson, storageKey, writeJson } from '../state/localStore.ts';

/**
 * Whether this person shows suggested claims, remembered on this device.
 * Hidden until they ask: suggestions are a machine's guesses, and a
 * reader who has not asked for them should see the article and the
 * newsroom's own claims only (and the reader's first load fetches nothing
 * more). Once shown, they stay shown, and accepting one is one click.
 */
export function useSuggestionPreference(userId: string): [boolean, () => void] {
  const key = storageKey('suggestions', userId);
  const [shown, setShown] = useState(() => readJson(key, z.boolean()) ?? false);
  const toggle = useCallback(() => {
    setShown((s) => {
      writeJson(key, !s);
      return !s;
    });
  }, [key]);
  return [shown, toggle];
}
