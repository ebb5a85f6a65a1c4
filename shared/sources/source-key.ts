import { normalizedString } from '../text/normalize.ts';

/**
 * A source's identity: its `attributedTo` through the same Arabic-aware
 * matching form that find uses (diacritics and tatweel dropped, hamza forms,
 * ة/ه and ى/ي folded, Arabic-Indic digits to ASCII, NFKC, white space
 * collapsed), trimmed and case-folded. Spellings with the same key are one
 * source without anyone merging them ("الكرملين" and "الكرملينَ",
 * "Kremlin" and "kremlin"); spellings that differ in letters ("الكريملين")
 * are one only after an editor merges them. '' means no source.
 */
export function sourceKey(attributedTo: string): string {
  const known = recent.get(attributedTo);
  if (known !== undefined) return known;
  // toUpperCase first folds letters whose lower case has no single upper form (ß) the same way everywhere.
  const key = attributedTo.trim() === '' ? '' : normalizedString(attributedTo).trim().toUpperCase().toLowerCase();
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(attributedTo, key);
  return key;
}

/**
 * Keys of recent spellings. A workspace names a few hundred sources across
 * tens of thousands of claims, and loading it computes every claim's key:
 * the matching form (with its offset map) costs tens of microseconds, a
 * lookup almost nothing. Cleared when full, so it never grows past this.
 */
const recent = new Map<string, string>();
const RECENT_MAX = 10_000;

/** The spelling as people wrote it, as lists show it: trimmed, inner white space collapsed. */
export function sourceSpelling(attributedTo: string): string {
  return attributedTo.trim().replace(/\s+/gu, ' ');
}
