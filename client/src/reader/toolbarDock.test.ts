import { describe, expect, it } from 'vitest';
import { dockedEdge } from './toolbarDock.ts';

// A 390x844 phone, scrolled 1,000 px down the article.
const H = 844;
const at = (top: number, bottom: number) => dockedEdge({ top: 1000 + top, bottom: 1000 + bottom }, 1000, H);

describe('where the capture toolbar docks on a phone', () => {
  it('docks at the bottom while the words are clear of it', () => {
    expect(at(300, 360)).toBe('bottom');
    expect(at(500, H - 121)).toBe('bottom');
  });

  it('moves to the top when the words reach into the bottom strip', () => {
    expect(at(700, 760)).toBe('top');
    expect(at(400, H - 10)).toBe('top');
  });

  it('stays at the bottom for a selection spanning the window: no edge is clear, and its start stays readable', () => {
    expect(at(120, 800)).toBe('bottom');
  });
});
