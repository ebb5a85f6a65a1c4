import type { StoredUser } from '../store/records.ts';

/**
 * The accounts a comment @mentions: "@" followed by a colleague's display
 * name (any script, any case). Longer names are matched first so that
 * "@Layla Haddad" does not also count as a mention of a "Layla".
 */
export function resolveMentions(text: string, users: Iterable<StoredUser>): string[] {
  const haystack = text.normalize('NFC').toLocaleLowerCase();
  const candidates = [...users].filter((u) => u.active).sort((a, b) => b.name.length - a.name.length);
  const found: string[] = [];
  let rest = haystack;
  for (const user of candidates) {
    const needle = `@${user.name.normalize('NFC').toLocaleLowerCase()}`;
    if (!rest.includes(needle)) continue;
    found.push(user.id);
    rest = rest.split(needle).join(' ');
  }
  return found;
}
