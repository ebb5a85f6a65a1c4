/**
 * What an edit left alone: the longest common start and end of the old and
 * the new text (in UTF-16 units, never splitting a surrogate pair, and never
 * overlapping). Every character in them is the same character as before,
 * at a known new place: a claim entirely inside one of them stays on its
 * very words without any search (the revision re-anchors only the claims
 * the edit touched).
 */
export interface UnchangedEnds {
  /** Units at the start that are the same. */
  prefix: number;
  /** Units at the end that are the same. */
  suffix: number;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function unchangedEnds(before: string, after: string): UnchangedEnds {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // Half a surrogate pair is not a character: stop before it.
  if (prefix > 0 && prefix < limit && isHigh(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && suffix < before.length && isLow(before.charCodeAt(before.length - suffix))) suffix--;
  return { prefix, suffix };
}
