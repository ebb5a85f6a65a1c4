// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { ExportLinks } from './ExportLinks.tsx';

afterEach(cleanup);

const NAMES = ['Markdown report', 'Printable report', 'CSV', 'JSON data', 'ClaimReview', 'W3C annotations'];
const links = () => within(screen.getByTestId('exports')).getAllByRole('link');

describe('ExportLinks', () => {
  it('one article: six downloads of /api/articles/<id>/export, the printable report in a new tab', () => {
    render(<ExportLinks articleId="seed-putin-pyongyang" />);
    expect(screen.getByRole('group', { name: 'Download this article' })).toBe(screen.getByTestId('exports'));
    expect(links().map((a) => a.textContent)).toEqual(NAMES);
    expect(links().map((a) => a.getAttribute('href'))).toEqual([
      '/api/articles/seed-putin-pyongyang/export?format=md',
      '/api/articles/seed-putin-pyongyang/export?format=html&disposition=inline',
      '/api/articles/seed-putin-pyongyang/export?format=csv',
      '/api/articles/seed-putin-pyongyang/export?format=json',
      '/api/articles/seed-putin-pyongyang/export?format=claimreview',
      '/api/articles/seed-putin-pyongyang/export?format=w3c',
    ]);
    const printable = screen.getByRole('link', { name: 'Printable report' });
    expect(printable.getAttribute('target')).toBe('_blank');
    expect(printable.getAttribute('rel')).toBe('noopener');
    expect(printable.hasAttribute('download')).toBe(false);
    for (const name of NAMES.filter((n) => n !== 'Printable report')) expect(screen.getByRole('link', { name }).hasAttribute('download')).toBe(true);
  });

  it('the workspace: the same six of /api/export', () => {
    render(<ExportLinks />);
    expect(screen.getByRole('group', { name: 'Download the workspace' })).toBeTruthy();
    expect(links().map((a) => a.getAttribute('href'))).toEqual([
      '/api/export?format=md',
      '/api/export?format=html&disposition=inline',
      '/api/export?format=csv',
      '/api/export?format=json',
      '/api/export?format=claimreview',
      '/api/export?format=w3c',
    ]);
  });
});
