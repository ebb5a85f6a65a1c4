// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { article } from '../test/fixtures.ts';
import { ArticleReader } from './ArticleReader.tsx';
import { SELECTION_SETTLE_MS } from './useTextSelection.ts';

// The toolbar follows a selection once it has held still (a timer): fake timers let both
// tests move past exactly that moment, so "nothing offered" is checked after the moment
// the toolbar would have shown, not after a guessed pause.
beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  cleanup();
  vi.useRealTimers();
});

const settle = () => act(() => vi.advanceTimersByTimeAsync(SELECTION_SETTLE_MS));

function renderReader(canCapture: boolean) {
  render(
    <ArticleReader
      article={article}
      claims={[]}
      selectedId={null}
      reveal={null}
      canCapture={canCapture}
      onCapture={vi.fn(async () => true)}
      onSelectClaim={() => {}}
    />,
  );
}

/** Selects the first word of the first paragraph, as a script (or the keyboard) would. */
function selectFirstWord() {
  const text = document.querySelector('article p[data-start]')!.firstChild as Text;
  act(() => {
    document.getSelection()!.setBaseAndExtent(text, 0, text, 3);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

const toolbar = () => document.querySelector('[role=toolbar][aria-label="Capture claim"]');

describe('ArticleReader: capture by role', () => {
  it('offers the capture toolbar for a selection to people who may create claims', async () => {
    renderReader(true);
    selectFirstWord();
    await settle();
    expect(toolbar()).not.toBeNull();
  });

  it('offers nothing to people who may only read', async () => {
    renderReader(false);
    selectFirstWord();
    await settle();
    expect(toolbar()).toBeNull();
  });
});
