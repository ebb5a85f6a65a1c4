// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Comment } from '../../../shared/domain/schemas.ts';
import { CommentThread } from './CommentThread.tsx';

afterEach(cleanup);

const people = [
  { id: 'u-me', name: 'Layla', active: true },
  { id: 'u-omar', name: 'Omar Saleh', active: true },
  { id: 'u-rania', name: 'رانيا', active: true },
];
const comment = (id: string, text: string, mentions: string[], by = 'Omar Saleh'): Comment => ({
  id,
  claimId: 'c1',
  articleId: 'a',
  text,
  mentions,
  createdBy: by,
  createdById: 'u-omar',
  createdAt: '2024-07-04T10:00:00.000Z',
});

function setup(comments: Comment[], pending: string[] = []) {
  const onPost = vi.fn((_text: string) => ({ ok: true as const }));
  render(<CommentThread comments={comments} meId="u-me" people={people} pendingIds={new Set(pending)} canComment onPost={onPost} />);
  return { onPost, user: userEvent.setup() };
}

describe('CommentThread', () => {
  it('highlights comments that mention me, and the @names in them', () => {
    setup([comment('k1', 'Can @Layla check this?', ['u-me']), comment('k2', 'Agreed @رانيا', ['u-rania'])]);
    const items = [...document.querySelectorAll<HTMLElement>('[data-testid=comments] li')];
    expect(items.map((li) => li.dataset.mentionsMe ?? null)).toEqual(['true', null]);
    expect(items[0]!.querySelector('.mention.is-me')!.textContent).toBe('@Layla');
    expect(items[1]!.querySelector('.mention')!.textContent).toBe('@رانيا');
  });

  it('renders comment text as text, never HTML', () => {
    setup([comment('k1', '<img src=x onerror=alert(1)> **bold**', [])]);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)> **bold**')).toBeTruthy();
  });

  it('marks a comment that is still queued as pending', () => {
    setup([comment('tmp-1', 'offline thought', [])], ['tmp-1']);
    expect(document.querySelector('[data-testid=comments] li')!.getAttribute('data-pending')).toBe('true');
  });

  it('posts the trimmed text with "Post comment" and clears the box; refuses an empty one', async () => {
    const { onPost, user } = setup([]);
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(onPost).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/Write something/);
    await user.type(screen.getByLabelText('Comment'), '  needs a second source  ');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(onPost).toHaveBeenCalledWith('needs a second source');
    expect((screen.getByLabelText('Comment') as HTMLTextAreaElement).value).toBe('');
  });

  it('offers colleagues after "@" and inserts the chosen name', async () => {
    const { onPost, user } = setup([]);
    const box = screen.getByLabelText('Comment');
    await user.type(box, 'Ask @om');
    const list = screen.getByRole('listbox', { name: 'People to mention' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Omar Saleh']);
    expect(box.getAttribute('aria-controls')).toBe(list.id);
    await user.keyboard('{Enter}');
    expect((box as HTMLTextAreaElement).value).toBe('Ask @Omar Saleh ');
    expect(screen.queryByRole('listbox')).toBeNull();
    await user.type(box, 'please');
    await user.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(onPost).toHaveBeenCalledWith('Ask @Omar Saleh please');
  });
});
