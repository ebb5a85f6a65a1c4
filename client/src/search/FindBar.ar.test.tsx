// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { useArticleSearch } from './useArticleSearch.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';

beforeEach(() => setLocale('ar'));
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

describe('find in Arabic', () => {
  it('counts the hits in Arabic words and plurals, with the workspace’s digits', () => {
    setDigits('arab');
    const text = Array.from({ length: 12 }, (_, i) => `بوتين ${i}`).join('، ');
    const { result } = renderHook(() => useArticleSearch(text));
    act(() => result.current.setQuery('بوتين'));
    expect(result.current.label).toBe('١ من ١٢ نتيجة');
    act(() => result.current.next());
    expect(result.current.label).toBe('٢ من ١٢ نتيجة');
    act(() => result.current.setQuery('بوتين 1'));
    // "بوتين 1" and "بوتين 10", "بوتين 11": three hits, the plural of 3 to 10.
    expect(result.current.label).toBe('١ من ٣ نتائج');
    act(() => result.current.setQuery('بوتين 5'));
    expect(result.current.label).toBe('١ من نتيجة واحدة');
    act(() => result.current.setQuery('كيم'));
    expect(result.current.label).toBe('لا نتائج');
  });
});
