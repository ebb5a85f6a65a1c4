// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { WorkspaceSettings } from '../../../shared/domain/settings.ts';
import { DEFAULT_RATING_SCALE } from '../../../shared/domain/ratings.ts';
import { apiError } from '../../../shared/protocol/errors.ts';
import { SettingsSection, type SettingsApi } from './SettingsSection.tsx';

afterEach(cleanup);

const current: WorkspaceSettings = { organizationName: 'Isnad fact-check desk', reportBaseUrl: 'http://localhost:3000', ratings: DEFAULT_RATING_SCALE, digits: 'latn' };

function fakeApi(save: SettingsApi['save'] = async (settings) => ({ ok: true, settings })) {
  return { load: vi.fn(async () => ({ ok: true as const, settings: current })), save: vi.fn(save) };
}

const saved = (api: ReturnType<typeof fakeApi>) => api.save.mock.calls.at(-1)![0].ratings;

describe('the rating scale editor', () => {
  it('renames a label in both languages, adds one, maps a status to it and saves the scale', async () => {
    const api = fakeApi();
    render(<SettingsSection api={api} />);
    const user = userEvent.setup();
    const ar = await screen.findByLabelText('Label 4 Arabic name');
    await user.clear(ar);
    await user.type(ar, 'صحيح تمامًا');
    await user.click(screen.getByRole('button', { name: 'Add label' }));
    await user.type(screen.getByLabelText('Label 5 English name'), 'Half true');
    await user.type(screen.getByLabelText('Label 5 Arabic name'), 'نصف صحيح');
    const value = screen.getByLabelText('Label 5 rating value');
    await user.clear(value);
    await user.type(value, '3');
    await user.selectOptions(within(screen.getByRole('group', { name: 'Label each status publishes as' })).getByLabelText(/Attributed/), 'label-5');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    const scale = saved(api);
    expect(scale.labels[3]).toEqual({ id: 'true', ratingValue: 4, name: { en: 'True', ar: 'صحيح تمامًا' } });
    expect(scale.labels[4]).toEqual({ id: 'label-5', ratingValue: 3, name: { en: 'Half true', ar: 'نصف صحيح' } });
    expect(scale.byStatus).toEqual({ attributed: 'label-5', verified: 'true', disputed: 'false' });
  });

  it('shows each problem next to its field and sends nothing: an empty name, then a bad range', async () => {
    const api = fakeApi();
    render(<SettingsSection api={api} />);
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Label 2 English name');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(api.save).not.toHaveBeenCalled();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('a label needs a name in Arabic and in English');
    expect(screen.getByText('The rating scale has problems: see the marked fields.')).toBeTruthy();

    await user.type(name, 'Misleading');
    const worst = screen.getByLabelText('Worst rating');
    await user.clear(worst);
    await user.type(worst, '5');
    const best = screen.getByLabelText('Best rating');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(api.save).not.toHaveBeenCalled();
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById(best.getAttribute('aria-describedby')!)!.textContent).toBe('bestRating must be greater than worstRating');
    expect(screen.getByText('every ratingValue must lie between worstRating and bestRating')).toBeTruthy();
  });

  it('removing a label takes it out of the status mapping; reset brings the default table back', async () => {
    const api = fakeApi();
    render(<SettingsSection api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Remove label False' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(saved(api).labels.map((l: { id: string }) => l.id)).toEqual(['misleading', 'unproven', 'true']);
    expect(saved(api).byStatus.disputed).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reset to the default scale' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(saved(api)).toEqual(DEFAULT_RATING_SCALE);
  });

  it('marks the field the server refused', async () => {
    const api = fakeApi(async () => ({ ok: false, status: 400, error: apiError('invalid_payload', 'ratings.labels.0.id') }));
    render(<SettingsSection api={api} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('The server did not accept this.')).toBeTruthy();
    expect(screen.getByLabelText('Label 1 id').getAttribute('aria-invalid')).toBe('true');
  });
});
