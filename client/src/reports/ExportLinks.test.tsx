// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
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

  it('the two reports come in the chosen language (the article’s when none is chosen); the data exports do not change', () => {
    render(<ExportLinks articleId="a1" />);
    fireEvent.change(screen.getByLabelText('Report language'), { target: { value: 'en' } });
    expect(links().map((a) => a.getAttribute('href'))).toEqual([
      '/api/articles/a1/export?format=md&lang=en',
      '/api/articles/a1/export?format=html&lang=en&disposition=inline',
      '/api/articles/a1/export?format=csv',
      '/api/articles/a1/export?format=json',
      '/api/articles/a1/export?format=claimreview',
      '/api/articles/a1/export?format=w3c',
    ]);
    fireEvent.change(screen.getByLabelText('Report language'), { target: { value: 'ar' } });
    expect(screen.getByRole('link', { name: 'Markdown report' }).getAttribute('href')).toBe('/api/articles/a1/export?format=md&lang=ar');
    fireEvent.change(screen.getByLabelText('Report language'), { target: { value: '' } });
    expect(screen.getByRole('link', { name: 'Markdown report' }).getAttribute('href')).toBe('/api/articles/a1/export?format=md');
  });
});
