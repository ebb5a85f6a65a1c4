// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { Role } from '../../../shared/domain/roles.ts';
import type { PublicUser } from '../../../shared/domain/schemas.ts';
import { apiError } from '../../../shared/protocol/errors.ts';
import { routeFromHash } from '../routes.ts';
import type { ArticleSummary } from '../state/api.ts';
import { article } from '../test/fixtures.ts';
import type { ArticlesApi } from './articlesApi.ts';
import { ArticlesPage } from './ArticlesPage.tsx';

afterEach(cleanup);

const person = (role: Role): PublicUser => ({ id: `u-${role}`, name: role, email: `${role}@example.org`, role, active: true, createdAt: '2024-07-04T00:00:00.000Z' });

const { body, ...meta } = article;
const arabic: ArticleSummary = { ...meta, paragraphs: body.length, claimCount: 4, counts: { unreviewed: 1, attributed: 0, verified: 2, disputed: 1 } };
const english: ArticleSummary = {
  ...meta,
  paragraphs: 3,
  claimCount: 0,
  id: 'bridge',
  title: 'New bridge to open next spring',
  byline: 'Sam Reporter',
  dateline: '',
  lang: 'en',
  dir: 'ltr',
  revision: 3,
  counts: { unreviewed: 0, attributed: 0, verified: 0, disputed: 0 },
};

function renderPage(role: Role, list: ArticlesApi['list'] = async () => ({ ok: true, articles: [arabic, english] })) {
  const api: ArticlesApi = { list: vi.fn(list), create: vi.fn(), extract: vi.fn() };
  const onUnauthenticated = vi.fn();
  render(<ArticlesPage user={person(role)} articlesHref={`#/articles/${article.id}`} onSignOut={() => {}} onUnauthenticated={onUnauthenticated} api={api} />);
  return { api, onUnauthenticated };
}

describe('ArticlesPage', () => {
  it('lists each article in its own direction and language, with its revision and claims by status', async () => {
    renderPage('viewer');
    const list = await screen.findByTestId('article-list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);

    const [ar, en] = items as [HTMLElement, HTMLElement];
    const title = within(ar).getByRole('heading');
    expect(title.getAttribute('dir')).toBe('rtl');
    expect(title.getAttribute('lang')).toBe('ar');
    expect(within(ar).getByRole('link', { name: article.title }).getAttribute('href')).toBe(`#/articles/${article.id}`);
    expect(within(ar).getByRole('link').getAttribute('aria-current')).toBe('page');
    expect(ar.textContent).toContain('Arabic · right to left');
    expect(ar.textContent).toContain('4 claims');
    expect(ar.textContent).toContain('Verified 2');
    expect(ar.textContent).not.toContain('Attributed');

    expect(within(en).getByRole('heading').getAttribute('dir')).toBe('ltr');
    expect(en.textContent).toContain('English · left to right');
    expect(en.textContent).toContain('Revision 3');
    expect(en.textContent).toContain('No claims yet');
  });

  it('offers the import to editors and admins only', async () => {
    renderPage('viewer');
    await screen.findByTestId('article-list');
    expect(screen.queryByLabelText('Article text')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Import article' })).toBeNull();
    cleanup();

    renderPage('reviewer');
    await screen.findByTestId('article-list');
    expect(screen.queryByRole('button', { name: 'Import article' })).toBeNull();
    cleanup();

    for (const role of ['editor', 'admin'] as const) {
      renderPage(role);
      await screen.findByTestId('article-list');
      expect(screen.getByLabelText('Article text')).toBeTruthy();
      expect(screen.getByLabelText('Upload file')).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Import article' })).toBeTruthy();
      cleanup();
    }
  });

  it('sends a person whose session ended to sign in', async () => {
    const { onUnauthenticated } = renderPage('editor', async () => ({ ok: false, status: 401, error: apiError('unauthenticated') }));
    await vi.waitFor(() => expect(onUnauthenticated).toHaveBeenCalled());
  });
});

describe('the #/articles route', () => {
  it('is the list; an article id opens the workspace on it', () => {
    expect(routeFromHash('#/articles')).toEqual({ page: 'articles' });
    expect(routeFromHash('#/articles/')).toEqual({ page: 'articles' });
    expect(routeFromHash('#/articles/seed-putin-pyongyang')).toEqual({ page: 'workspace' });
  });
});
