// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { article, makeClaim } from '../test/fixtures.ts';
import { ClaimSheet } from './ClaimSheet.tsx';

afterEach(cleanup);

const claim = makeClaim(article.body[1]!.slice(0, 20));

/** An article to return to, a button that opens the sheet, and the sheet with a text field inside. */
function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <article className="reader">
        <div className="reader-body">
          <p data-start="0">{article.body.join('\n\n')}</p>
          {/* Not focusable, like a highlight in the text. */}
          <span data-testid="highlight" onClick={() => setOpen(true)}>
            highlight
          </span>
        </div>
      </article>
      <button type="button" onClick={() => setOpen(true)}>
        Open claim
      </button>
      {open && (
        <ClaimSheet claim={claim} article={article} onClose={() => setOpen(false)}>
          <label>
            Summary <input />
          </label>
        </ClaimSheet>
      )}
    </>
  );
}

describe('the claim sheet on a phone', () => {
  it('takes focus when it opens, closes on Escape and gives focus back to what opened it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open claim' });
    await user.click(opener);
    const sheet = screen.getByRole('dialog', { name: 'Claim' });
    expect(sheet.contains(document.activeElement)).toBe(true);
    expect(document.documentElement.classList.contains('claim-sheet-open')).toBe(true);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(document.documentElement.classList.contains('claim-sheet-open')).toBe(false);
  });

  it('leaves Escape in a text field to the field, and closes from its button', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open claim' }));
    await user.click(screen.getByRole('textbox', { name: 'Summary' }));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Claim' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('returns focus to the article when it was opened by a tap on the text', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByTestId('highlight'));
    expect(document.activeElement).not.toBe(document.body);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('article.reader'));
  });
});
