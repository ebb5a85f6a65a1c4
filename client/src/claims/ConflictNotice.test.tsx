// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ConflictNotice } from './ConflictNotice.tsx';

afterEach(cleanup);

const ROWS = [{ label: 'Summary', what: 'summary', theirs: 'Their words', mine: 'My words' }];

/**
 * A claim editor in miniature: the Summary field the person was typing in
 * (unless `fieldGoes`, when resolving also removes it) and `conflicts`
 * notices, each going away once its choice is made.
 */
function Editor({ fieldGoes = false, conflicts }: { fieldGoes?: boolean; conflicts: number }) {
  const [resolved, setResolved] = useState(0);
  const resolve = () => setResolved((n) => n + 1);
  return (
    <section className="claim-editor">
      <button type="button">Verified</button>
      {!(fieldGoes && resolved > 0) && <textarea aria-label="Summary" />}
      {Array.from({ length: Math.max(0, conflicts - resolved) }, (_, i) => (
        <ConflictNotice key={resolved + i} rows={ROWS} by="Omar" onUseTheirs={resolve} onKeepMine={resolve} />
      ))}
    </section>
  );
}

/** The notices appear while the person types in the Summary field, as they do when the server refuses their edit. */
async function typingWhenConflictArrives(props: { fieldGoes?: boolean; conflicts: number }) {
  const user = userEvent.setup();
  const view = render(<Editor {...props} conflicts={0} />);
  const field = screen.getByRole('textbox', { name: 'Summary' });
  await user.click(field);
  view.rerender(<Editor {...props} />);
  return { user, field };
}

describe('focus after a conflict is resolved', () => {
  it('returns to the field the person came from, after either button', async () => {
    for (const choice of ['Keep mine', 'Use theirs']) {
      const { user, field } = await typingWhenConflictArrives({ conflicts: 1 });
      // Tabbing from the field into the notice, then choosing.
      screen.getByRole('button', { name: choice }).focus();
      await user.keyboard('{Enter}');
      await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
      await waitFor(() => expect(document.activeElement).toBe(field));
      cleanup();
    }
  });

  it('goes to the next conflict, or the editor, when that field is gone too', async () => {
    const { user } = await typingWhenConflictArrives({ fieldGoes: true, conflicts: 2 });
    await user.click(screen.getAllByRole('button', { name: 'Keep mine' })[0]!);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Keep mine' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Verified' })));
  });

  it('Escape takes the focus back without deciding: the notice stays until a choice is made', async () => {
    const { user, field } = await typingWhenConflictArrives({ conflicts: 1 });
    screen.getByRole('button', { name: 'Use theirs' }).focus();
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(field);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
