// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HistoryEntry } from '../../../shared/domain/schemas.ts';
import { article } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { ActivityFeed } from './ActivityFeed.tsx';
import { useActivity } from './useActivity.ts';

/** Entry n was made n minutes after 10:00; the server pages them newest first, 50 at a time, with an `at~id` cursor. */
const entry = (n: number): HistoryEntry => ({
  id: `h${String(n).padStart(3, '0')}`,
  articleId: article.id,
  claimId: 'c1',
  action: 'commented',
  changes: [],
  by: `Person ${n}`,
  byId: null,
  at: new Date(Date.UTC(2024, 6, 4, 10, n)).toISOString(),
});
let stored: HistoryEntry[];
let fetch: ReturnType<typeof stubFetch>;
function activityPage(url: URL) {
  const limit = Number(url.searchParams.get('limit')) || 50;
  const [at, id] = (url.searchParams.get('before') ?? '~').split('~');
  const newestFirst = [...stored].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  const older = at ? newestFirst.filter((e) => e.at < at! || (e.at === at && e.id < id!)) : newestFirst;
  const activity = older.slice(0, limit);
  const last = activity.at(-1);
  return { activity, next: older.length > activity.length && last ? `${last.at}~${last.id}` : null };
}

beforeEach(() => {
  stored = Array.from({ length: 60 }, (_, i) => entry(i + 1));
  fetch = stubFetch({ [`/api/articles/${article.id}/activity`]: activityPage });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Feed({ live = [], reloadKey = 0 }: { live?: HistoryEntry[]; reloadKey?: number }) {
  const activity = useActivity(article.id, live, reloadKey);
  return <ActivityFeed activity={activity} article={article} claims={{}} nameOf={(id) => id ?? 'nobody'} onOpenClaim={() => {}} />;
}
const who = () => [...screen.getByTestId('activity').querySelectorAll('.history-who')].map((el) => el.textContent);
const olderButton = () => screen.queryByRole('button', { name: 'Show older activity' });

describe('the activity feed', () => {
  it('shows the latest page, newest first, and older activity on request until there is no more', async () => {
    render(<Feed />);
    await waitFor(() => expect(who()).toHaveLength(50));
    expect(who().slice(0, 2)).toEqual(['Person 60', 'Person 59']);
    expect(who().at(-1)).toBe('Person 11');
    await userEvent.setup().click(olderButton()!);
    await waitFor(() => expect(who()).toHaveLength(60));
    const asked = fetch.mock.calls.map(([url]) => String(url));
    expect(asked[1]).toBe(`/api/articles/${article.id}/activity?limit=50&before=${encodeURIComponent(`${entry(11).at}~${entry(11).id}`)}`);
    expect(who().at(-1)).toBe('Person 1');
    expect(olderButton()).toBeNull();
  });

  it('entries heard live go on top, once, and a reload keeps the older pages shown', async () => {
    const view = render(<Feed />);
    await waitFor(() => expect(olderButton()).not.toBeNull());
    await userEvent.setup().click(olderButton()!);
    await waitFor(() => expect(who()).toHaveLength(60));
    const fresh = entry(61);
    view.rerender(<Feed live={[fresh]} />);
    expect(who()[0]).toBe('Person 61');
    stored.push(fresh);
    view.rerender(<Feed live={[fresh]} reloadKey={1} />);
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(3));
    await waitFor(() => expect(who()).toHaveLength(61));
    expect(who()[0]).toBe('Person 61');
    expect(who().at(-1)).toBe('Person 1');
  });
});
