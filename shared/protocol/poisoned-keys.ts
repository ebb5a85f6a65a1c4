/**
 * Keys that can reach an object's prototype when a payload is merged or
 * copied naively. JSON.parse turns `"__proto__"` into an own property, so a
 * hostile peer can send one; every inbound payload is checked for them
 * (at any depth) and refused before anything else looks at it.
 */
const POISONED = new Set(['__proto__', 'constructor', 'prototype']);

export function hasPoisonedKeys(value: unknown, depth = 0): boolean {
  if (depth > 64) return true; // nothing legitimate nests this deep
  if (typeof value !== 'object' || value === null) return false;
  for (const key of Object.keys(value)) {
    if (POISONED.has(key)) return true;
    if (hasPoisonedKeys((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
