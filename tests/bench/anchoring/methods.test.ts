import { describe, expect, it } from 'vitest';
import { ExactOnlyMethod, HypothesisMethod, IsnadMethod, type AnchoringMethod } from './methods.ts';

/**
 * The methods are judged in code points, whatever they count in
 * (Hypothesis works in UTF-16): an emoji before a claim must not shift any
 * of them, and each must carry its anchors from one revision to the next.
 */

const cps = (s: string) => Array.from(s).length;
const at = (text: string, part: string) => ({ start: cps(text.slice(0, text.indexOf(part))), end: cps(text.slice(0, text.indexOf(part))) + cps(part) });

function methods(text: string, claims: Array<{ start: number; end: number }>): AnchoringMethod[] {
  const isnad = new IsnadMethod(text, claims, 'en');
  return [isnad, new HypothesisMethod(text, claims), new ExactOnlyMethod(isnad.targets())];
}

describe('the benchmarked methods', () => {
  const v1 = 'Fix it before it falls 🌉, she wrote.\n\nThe bridge was built in 1958 and carries 14,000 vehicles a day.';

  it('report placements in code points through revisions, past an emoji inserted before the claim', () => {
    const run = methods(v1, [at(v1, 'built in 1958')]);
    const v2 = `📌 Update.\n\n${v1}`;
    const v3 = v2.replace('The bridge', 'The old bridge');
    for (const text of [v2, v3]) {
      for (const m of run) {
        m.revise(text);
        expect([m.name, m.placement(0)]).toEqual([m.name, at(text, 'built in 1958')]);
      }
    }
  });

  it('differ where the claim’s words are gone and a lookalike remains: Hypothesis places it anyway', () => {
    const text = 'The vote was 7 to 4, with two members absent. Later, the vote was 8 to 3.';
    const run = methods(text, [at(text, 'The vote was 7 to 4')]);
    const revised = 'Later, the vote was 8 to 3.';
    for (const m of run) m.revise(revised);
    const [isnad, hypothesis, exact] = run.map((m) => m.placement(0));
    expect(hypothesis).not.toBeNull();
    expect(exact).toBeNull();
    expect(isnad).toBeNull();
  });

  it('refuse a body that would not survive the product’s paragraph split, rather than measure against a shifted truth', () => {
    expect(() => new IsnadMethod('  leading spaces', [{ start: 2, end: 9 }], 'en')).toThrow(/splitParagraphs/);
  });
});
