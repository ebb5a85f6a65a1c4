import type { Locale } from '../i18n/messages.ts';

/**
 * The arrow between an old value and its new one ("Unreviewed → Verified").
 * It points the way the interface reads: in Arabic the old value stands on
 * the right, so the arrow points left. A glyph rather than a mirrored icon:
 * these arrows sit inside text, where a CSS transform would also flip the
 * spaces around them.
 */
export const READING_ARROW: Readonly<Record<Locale, string>> = { en: '→', ar: '←' };
