// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Comment } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { CommentThread } from './CommentThread.tsx';

/** A claim's discussion for a journalist who reads only Arabic. */
beforeEach(() => setLocale('ar'));
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

const people = [
  { id: 'u-me', name: 'Layla', active: true },
  { id: 'u-omar', name: 'Omar Saleh', active: true },
];
const comment: Comment = {
  id: 'k1', claimId: 'c1', articleId: 'a', text: 'هل تتحقق @Layla من هذا؟', mentions: ['u-me'], createdBy: 'Omar Saleh', createdById: 'u-omar', createdAt: '2024-07-04T10:00:00.000Z',
};

function setup(comments: Comment[], pending: string[] = []) {
  const onPost = vi.fn((_text: string) => ({ ok: true as const }));
  render(<CommentThread comments={comments} meId="u-me" people={people} pendingIds={new Set(pending)} canComment onPost={onPost} />);
  return { onPost, user: userEvent.setup() };
}

describe('the discussion in Arabic', () => {
  it('labels the thread in Arabic, with the time in Arabic-Indic digits and the author isolated', () => {
    setDigits('arab');
    setup([comment], ['k1']);
    expect(screen.getByRole('heading').textContent).toBe('النقاش ١');
    const meta = document.querySelector('.comment-meta')!;
    expect(meta.querySelector('bdi.comment-author')!.textContent).toBe('Omar Saleh');
    expect(meta.querySelector('time')!.textContent).toMatch(/٢٠٢٤/);
    expect(meta.textContent).toContain('· يشير إليك');
    expect(meta.textContent).toContain('· قيد الإرسال');
    expect(screen.getByRole('button', { name: 'إرسال التعليق' })).toBeTruthy();
  });

  it('refuses an empty or over-long comment in Arabic, and posts nothing', async () => {
    setDigits('arab');
    const { onPost, user } = setup([]);
    await user.click(screen.getByRole('button', { name: 'إرسال التعليق' }));
    expect(screen.getByRole('alert').textContent).toBe('اكتب شيئًا أولًا.');
    const box = screen.getByRole('textbox', { name: 'تعليق' });
    await user.click(box);
    await user.paste('ن'.repeat(LIMITS.comment + 1));
    await user.click(screen.getByRole('button', { name: 'إرسال التعليق' }));
    expect(screen.getByRole('alert').textContent).toContain(new Intl.NumberFormat('ar-u-nu-arab').format(LIMITS.comment));
    expect(screen.getByRole('alert').textContent).toMatch(/^لا يمكن أن يتجاوز التعليق/);
    expect(onPost).not.toHaveBeenCalled();
  });
});
