// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { PresenceUser } from '../../../shared/protocol/events.ts';
import type { Comment } from '../../../shared/domain/schemas.ts';
import { PresenceBar } from './PresenceBar.tsx';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';
import { MentionsBadge } from './MentionsBadge.tsx';
import { setDigits, setLocale } from '../i18n/locale.ts';

beforeEach(() => setLocale('ar'));
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

const connection = (id: string, userId: string, name: string): PresenceUser => ({ id, userId, name, colorIndex: 1, color: '#7c3aed', claimId: null, selection: null });

describe('the workspace bar in Arabic', () => {
  it('names presence in Arabic, with the person’s name isolated and the devices counted in the dual', () => {
    render(<PresenceBar selfId="a" users={[connection('a', 'sam', 'Sam'), connection('b', 'sam', 'Sam')]} />);
    const chip = within(screen.getByRole('list', { name: 'الحاضرون في هذا المقال' })).getByRole('listitem');
    expect(chip.getAttribute('title')).toBe('Sam (أنت) · على جهازين');
    expect(chip.querySelector('bdi')?.textContent).toBe('Sam');
  });

  it('says the connection state and counts pending changes with Arabic plurals and Arabic-Indic digits', () => {
    setDigits('arab');
    const { rerender } = render(<ConnectionIndicator state="disconnected" pending={3} />);
    expect(screen.getByTestId('connection').textContent).toBe('غير متصل · ٣ تغييرات بانتظار الإرسال');
    rerender(<ConnectionIndicator state="connected" pending={12} />);
    expect(screen.getByTestId('connection').textContent).toBe('متصل · جارٍ إرسال ١٢ تغييرًا');
    rerender(<ConnectionIndicator state="connecting" />);
    expect(screen.getByTestId('connection').textContent).toBe('جارٍ الاتصال…');
  });

  it('counts mentions in Arabic', () => {
    setDigits('arab');
    const mentions = [{ id: 'c1' }, { id: 'c2' }] as Comment[];
    render(<MentionsBadge mentions={mentions} onOpen={() => {}} />);
    const badge = screen.getByTestId('mentions');
    expect(badge.textContent).toBe('@ ٢ إشارتان');
    expect(badge.getAttribute('title')).toBe('تعليقان فيهما إشارة إليك: افتحها واحدًا تلو الآخر');
  });
});
