// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { article, makeClaim } from '../test/fixtures.ts';
import { ClaimEditor } from '../claims/ClaimEditor.tsx';
import { ArticleReader } from './ArticleReader.tsx';
import { SELECTION_SETTLE_MS } from './useTextSelection.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  cleanup();
  vi.useRealTimers();
});

const settle = () => act(() => vi.advanceTimersByTimeAsync(SELECTION_SETTLE_MS));

/** The reader beside an open claim's editor, as the workspace shows them. */
function renderBoth(canCapture = true) {
  const claimA = makeClaim('أول زيارة منذ 24 عامًا');
  const onCapture = vi.fn(async () => true);
  const onUpdate = vi.fn();
  render(
    <>
      <ArticleReader article={article} claims={[claimA]} selectedId={claimA.id} reveal={null} canCapture={canCapture} onCapture={onCapture} onSelectClaim={() => {}} />
      <ClaimEditor claim={claimA} canEdit canDelete onUpdate={onUpdate} onDelete={() => {}} />
    </>,
  );
  return { onCapture, onUpdate };
}

function selectWords(from: number, to: number) {
  const text = document.querySelector('article p[data-start]')!.firstChild as Text;
  act(() => {
    document.getSelection()!.setBaseAndExtent(text, from, text, to);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

describe('keys 1-4 while a new selection is pending', () => {
  it('capture the selection with that status and leave the open claim alone', async () => {
    const { onCapture, onUpdate } = renderBoth();
    selectWords(0, 3);
    await settle();
    fireEvent.keyDown(document.body, { key: '4' });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(onCapture).toHaveBeenCalledTimes(1);
    expect(onCapture).toHaveBeenCalledWith(expect.any(Number), expect.any(Number), 'disputed');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('make the open claim\'s status buttons capture the selection too', async () => {
    const { onCapture, onUpdate } = renderBoth();
    selectWords(0, 3);
    await settle();
    fireEvent.click(document.querySelector('.status-picker .status-disputed')!);
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(onCapture).toHaveBeenCalledWith(expect.any(Number), expect.any(Number), 'disputed');
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('change the open claim when nothing is selected', async () => {
    const { onCapture, onUpdate } = renderBoth();
    fireEvent.keyDown(document.body, { key: '3' });
    expect(onUpdate).toHaveBeenCalledWith({ status: 'verified' }, expect.any(Number));
    fireEvent.click(document.querySelector('.status-picker .status-disputed')!);
    expect(onUpdate).toHaveBeenCalledWith({ status: 'disputed' }, expect.any(Number));
    expect(onCapture).not.toHaveBeenCalled();
  });

  it('do not capture for people who may not create claims', async () => {
    const { onCapture } = renderBoth(false);
    selectWords(0, 3);
    await settle();
    fireEvent.keyDown(document.body, { key: '4' });
    expect(onCapture).not.toHaveBeenCalled();
  });
});
