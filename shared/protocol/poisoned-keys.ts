/**
 * Keys that can reach an object's prototype when a payload is merged or
 * copied naively. JSON.parse turns `"__proto__"` into an own property, so a
 * hostile peer can send one; every inbound payload is checked for them
 * (at any depth) and refused before anything else looks at it.
 */
const POISONED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A `"__proto__"` key in JSON text. In JSON a string followed by a colon is
 * a key; inside user text the quotes would be escaped, so this never
 * matches a note that merely mentions the word. Cheap enough to run on
 * every line of a stored file, where a walk of every record would not be.
 */
export const PROTO_KEY_IN_JSON = /"__proto__"\s*:/;

/**
 * Binary data (a socket.io attachment arrives as a Buffer, a typed array or
 * an ArrayBuffer): no payload of ours carries any, and walking one key by
 * key costs a step per byte. Checked without descending into it.
 */
export function hasBinary(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return true;
  if (depth > 64) return false;
  for (const key of Object.keys(value)) if (hasBinary((value as Record<string, unknown>)[key], depth + 1)) return true;
  return false;
}

export function hasPoisonedKeys(value: unknown, depth = 0): boolean {
  if (depth > 64) return true; // nothing legitimate nests this deep
  if (typeof value !== 'object' || value === null) return false;
  for (const key of Object.keys(value)) {
    if (POISONED.has(key)) return true;
    if (hasPoisonedKeys((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
