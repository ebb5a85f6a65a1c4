import type * as z from 'zod/mini';

/**
 * Small, failure-proof access to localStorage: private windows, full
 * quotas and disabled storage all degrade to "nothing saved" rather than an
 * exception in the middle of the user's work. What is read back is parsed
 * with a schema: it may be stale, from an older version, or edited.
 */

export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // some browsers throw on access when storage is disabled
  }
}

export const storageKey = (kind: string, ...parts: string[]) => ['isnad', 'v1', kind, ...parts].join(':');

export function readJson<T>(key: string, schema: z.ZodMiniType<T>): T | null {
  const storage = browserStorage();
  if (!storage) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(storage.getItem(key) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeJson(key: string, value: unknown): boolean {
  try {
    browserStorage()?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(key: string): void {
  try {
    browserStorage()?.removeItem(key);
  } catch {
    // nothing to do
  }
}

/** Removes every key of `kind` for `userId` (on sign-out: cached copies, not the unsent outbox). */
export function removeKind(kind: string, userId: string): void {
  const storage = browserStorage();
  if (!storage) return;
  const prefix = `${storageKey(kind, userId)}`;
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k && (k === prefix || k.startsWith(`${prefix}:`))) keys.push(k);
    }
    keys.forEach((k) => storage.removeItem(k));
  } catch {
    // nothing to do
  }
}
