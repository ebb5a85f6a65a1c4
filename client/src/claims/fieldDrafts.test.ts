// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { clearDraft, loadDraft, MAX_DRAFTS, saveDraft } from './fieldDrafts.ts';

afterEach(() => localStorage.clear());

const draft = (value: string, baseVersion = 3) => ({ value, baseVersion, at: '2024-07-04T10:00:00.000Z' });

describe('field drafts in the browser', () => {
  it('are kept per account, claim and field, and cleared on save', () => {
    saveDraft('u-layla', 'c1', 'summary', draft('قال البنتاغون'));
    expect(loadDraft('u-layla', 'c1', 'summary')).toEqual(draft('قال البنتاغون'));
    expect(loadDraft('u-omar', 'c1', 'summary')).toBeNull();
    expect(loadDraft('u-layla', 'c1', 'note')).toBeNull();
    expect(loadDraft('u-layla', 'c2', 'summary')).toBeNull();
    clearDraft('u-layla', 'c1', 'summary');
    expect(loadDraft('u-layla', 'c1', 'summary')).toBeNull();
  });

  it('are bounded in number: the oldest go first', () => {
    for (let i = 0; i <= MAX_DRAFTS; i++) saveDraft('u-layla', `c${i}`, 'note', draft(`text ${i}`));
    expect(loadDraft('u-layla', 'c0', 'note')).toBeNull();
    expect(loadDraft('u-layla', 'c1', 'note')?.value).toBe('text 1');
    expect(loadDraft('u-layla', `c${MAX_DRAFTS}`, 'note')?.value).toBe(`text ${MAX_DRAFTS}`);
    expect(Object.keys(localStorage).filter((k) => k.includes(':draft:')).length).toBe(MAX_DRAFTS);
  });

  it('ignore what does not parse (an older or edited entry)', () => {
    localStorage.setItem('isnad:v1:draft:u-layla:c1:summary', JSON.stringify({ value: 5 }));
    expect(loadDraft('u-layla', 'c1', 'summary')).toBeNull();
  });
});
