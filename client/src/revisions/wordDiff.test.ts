import { describe, expect, it } from 'vitest';
import { diffBodies, foldUnchanged, hasChanges, type DiffParagraph } from './wordDiff.ts';

/** A paragraph written as a string: [+added+] and [-removed-]. */
const show = (p: DiffParagraph) => p.map(({ kind, text }) => (kind === 'added' ? `[+${text}+]` : kind === 'removed' ? `[-${text}-]` : text)).join('');

describe('diffBodies', () => {
  it('marks whole Arabic words, with their attached particles and diacritics, never parts of them', () => {
    const older = ['وتعد هذه الزيارة هي الأولى منذ 24 عاما، وتستمر على مدار يومين.'];
    const newer = ['وتعد هذه الزيارة الأولى منذ 25 عامًا، وتستمر على مدار ثلاثة أيام.'];
    expect(diffBodies(older, newer, 'ar').map(show)).toEqual([
      'وتعد هذه الزيارة [-هي -]الأولى منذ [-24 عاما-][+25 عامًا+]، وتستمر على مدار [-يومين-][+ثلاثة أيام+].',
    ]);
  });

  it('keeps a number touching a word as one word (فبراير2022)', () => {
    expect(diffBodies(['منذ فبراير2022 بدأت الحرب.'], ['منذ فبراير2023 بدأت الحرب.'], 'ar').map(show)).toEqual(['منذ [-فبراير2022-][+فبراير2023+] بدأت الحرب.']);
  });

  it('diffs English words too', () => {
    expect(diffBodies(['The visit is the first in 24 years.'], ['The visit was the first in 25 years.'], 'en').map(show)).toEqual([
      'The visit [-is-][+was+] the first in [-24-][+25+] years.',
    ]);
  });

  it('shows added and removed paragraphs whole, and leaves unchanged paragraphs unmarked', () => {
    const older = ['الفقرة الأولى.', 'فقرة ستحذف.', 'الفقرة الأخيرة.'];
    const newer = ['فقرة جديدة في البداية.', 'الفقرة الأولى.', 'الفقرة الأخيرة.'];
    expect(diffBodies(older, newer, 'ar').map(show)).toEqual(['[+فقرة جديدة في البداية.+]', 'الفقرة الأولى.', '[-فقرة ستحذف.-]', 'الفقرة الأخيرة.']);
  });

  it('an edit across paragraphs keeps each paragraph on its own line', () => {
    const older = ['قال البنتاغون إن موسكو استخدمت الصواريخ.', 'وهذه أول زيارة.'];
    const newer = ['قال البنتاغون إن موسكو أطلقت الصواريخ.', 'وهذه ثاني زيارة.'];
    expect(diffBodies(older, newer, 'ar').map(show)).toEqual(['قال البنتاغون إن موسكو [-استخدمت-][+أطلقت+] الصواريخ.', 'وهذه [-أول-][+ثاني+] زيارة.']);
  });

  it('says when two revisions carry the same text', () => {
    const same = ['نص واحد.', 'ونص آخر.'];
    expect(hasChanges(diffBodies(same, same, 'ar'))).toBe(false);
    expect(hasChanges(diffBodies(same, ['نص واحد.'], 'ar'))).toBe(true);
  });

  it('folds long runs of unchanged paragraphs and keeps short ones beside the changes', () => {
    const older = ['أ.', 'ب.', 'ج.', 'د.', 'هـ.', 'و.'];
    const newer = ['أ.', 'ب.', 'ج.', 'د تغيرت.', 'هـ.', 'و.'];
    const blocks = foldUnchanged(diffBodies(older, newer, 'ar'));
    expect(blocks.map((b) => (b.kind === 'unchanged' ? `${b.paragraphs.length} unchanged` : show(b.paragraph)))).toEqual([
      '3 unchanged',
      'د [+تغيرت+].',
      'هـ.',
      'و.',
    ]);
  });

  it('past its time budget, shows the passages left as removed and added whole rather than hold the page', () => {
    expect(diffBodies(['الفقرة الأولى.', 'وهذه أول زيارة.'], ['الفقرة الأولى.', 'وهذه ثاني زيارة.'], 'ar', 0).map(show)).toEqual([
      'الفقرة الأولى.',
      '[-وهذه أول زيارة.-]',
      '[+وهذه ثاني زيارة.+]',
    ]);
  });
});
