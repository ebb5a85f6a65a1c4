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
  if (attributedTo.trim() === '') return '';
  // toUpperCase first folds letters whose lower case has no single upper form (ß) the same way everywhere.
  return normalizedString(attributedTo).trim().toUpperCase().toLowerCase();
}

/** The spelling as people wrote it, as lists show it: trimmed, inner white space collapsed. */
export function sourceSpelling(attributedTo: string): string {
  return attributedTo.trim().replace(/\s+/gu, ' ');
}
