import { useCallback, useState } from 'react';
import * as z from 'zod/mini';
import { readJson, storageKey, writeJson } from '../state/localStore.ts';

/**
 * Whether this person shows suggested claims, remembered on this device.
 * Shown by default to people who may capture claims (accepting one is then
 * one click, and the outlines are what make the feature known); hidden by
 * default to viewers, who can only look at them.
 */
export function useSuggestionPreference(userId: string, canCapture: boolean): [boolean, () => void] {
  const key = storageKey('suggestions', userId);
  const [shown, setShown] = useState(() => readJson(key, z.boolean()) ?? canCapture);
  const toggle = useCallback(() => {
    setShown((s) => {
      writeJson(key, !s);
      return !s;
    });
  }, [key]);
  return [shown, toggle];
}
