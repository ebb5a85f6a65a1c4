// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
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

describe('workspace settings', () => {
  it('shows the current settings and saves the organisation and report address', async () => {
    const api = fakeApi();
    render(<SettingsSection api={api} />);
    const org = await screen.findByLabelText('Organisation name');
    expect(org).toHaveProperty('value', 'Isnad fact-check desk');
    const user = userEvent.setup();
    await user.clear(org);
    await user.type(org, 'مكتب التحقق');
    const url = screen.getByLabelText('Report base URL');
    await user.clear(url);
    await user.type(url, 'https://checks.example.org');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(api.save).toHaveBeenCalledWith({ organizationName: 'مكتب التحقق', reportBaseUrl: 'https://checks.example.org', ratings: DEFAULT_RATING_SCALE, digits: 'latn' });
    expect(await screen.findByText('Saved. New reports use these settings.')).toBeTruthy();
  });

  it('refuses a non-http address before sending, and shows the server\'s refusal', async () => {
    const api = fakeApi(async () => ({ ok: false, status: 403, error: apiError('forbidden') }));
    render(<SettingsSection api={api} />);
    const url = await screen.findByLabelText('Report base URL');
    const user = userEvent.setup();
    await user.clear(url);
    await user.type(url, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The report address must be an http or https URL.');
    expect(api.save).not.toHaveBeenCalled();
    await user.clear(url);
    await user.type(url, 'https://checks.example.org');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Your role does not allow this.');
  });
});
