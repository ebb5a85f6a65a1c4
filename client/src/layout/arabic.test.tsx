// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { setLocale } from '../i18n/locale.ts';
import { article, makeClaim } from '../test/fixtures.ts';
import { ClaimSheet } from './ClaimSheet.tsx';

/** The phone's claim sheet for a journalist who reads only Arabic. */
beforeEach(() => setLocale('ar'));
afterEach(() => {
  cleanup();
  setLocale('en');
});

describe('the claim sheet in Arabic', () => {
  it('is titled and closed in Arabic, shows the status in Arabic only, and keeps the quote in the article\'s own direction', () => {
    const claim = makeClaim(article.body[1]!.slice(0, 20), { status: 'disputed' });
    render(
      <ClaimSheet claim={claim} article={{ lang: 'en', dir: 'ltr' }} onClose={() => {}}>
        <p>details</p>
      </ClaimSheet>,
    );
    expect(screen.getByRole('dialog', { name: 'الادعاء' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إغلاق' }).getAttribute('title')).toBe('إغلاق (Escape)');
    expect(document.querySelector('.status-badge')!.textContent).toBe('مُتنازَع عليه');
    const quote = document.querySelector('.claim-sheet-quote')!;
    expect([quote.getAttribute('dir'), quote.getAttribute('lang')]).toEqual(['ltr', 'en']);
    expect(document.documentElement.dir).toBe('rtl');
  });
});
