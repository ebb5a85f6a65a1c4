import { describe, expect, it } from 'vitest';
import { mentionQuery, mentionsIn, segmentMentions, suggestPeople } from './mentions.ts';

const people = [
  { id: 'u-layla', name: 'Layla', active: true },
  { id: 'u-lh', name: 'Layla Haddad', active: true },
  { id: 'u-omar', name: 'عمر', active: true },
  { id: 'u-gone', name: 'Gone', active: false },
];

describe('@mentions', () => {
  it('finds names in any case and script, the longest first, never inactive accounts', () => {
    expect(mentionsIn('@layla haddad and @عمر, not @Gone', people)).toEqual(['u-lh', 'u-omar']);
    expect(mentionsIn('@Layla please', people)).toEqual(['u-layla']);
    expect(mentionsIn('mail layla@example.org', people)).toEqual([]);
  });

  it('cuts the text into plain and mention runs that join back to the original', () => {
    const text = 'Ask @LAYLA haddad <b>and</b> @عمر';
    const segments = segmentMentions(text, people);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => [s.text, s.mention])).toEqual([
      ['@LAYLA haddad', 'u-lh'],
      ['@عمر', 'u-omar'],
    ]);
  });

  it('knows the "@query" before the caret, and offers matching people', () => {
    expect(mentionQuery('Hi @La', 6)).toEqual({ start: 3, query: 'La' });
    expect(mentionQuery('mail a@b', 8)).toBeNull();
    expect(mentionQuery('line\n@x y', 9)).toEqual({ start: 5, query: 'x y' });
    expect(suggestPeople(people, 'had').map((p) => p.id)).toEqual(['u-lh']);
    expect(suggestPeople(people, 'la').map((p) => p.id)).toEqual(['u-layla', 'u-lh']);
    expect(suggestPeople(people, 'go')).toEqual([]);
  });
});
