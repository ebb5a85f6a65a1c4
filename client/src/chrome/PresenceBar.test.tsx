// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { PresenceUser } from '../../../shared/protocol/events.ts';
import { PresenceBar } from './PresenceBar.tsx';

afterEach(cleanup);

const connection = (id: string, userId: string, name: string, colorIndex: number): PresenceUser => ({
  id, userId, name, colorIndex, color: '#7c3aed', claimId: null, selection: null,
});

describe('PresenceBar', () => {
  it('shows one chip per person across their devices, and says which one is you', () => {
    render(
      <PresenceBar
        selfId="laptop"
        users={[connection('laptop', 'mona', 'منى', 2), connection('sam-1', 'sam', 'Sam', 4), connection('phone', 'mona', 'منى', 2)]}
      />,
    );
    const chips = within(screen.getByRole('list', { name: 'People in this article' })).getAllByRole('listitem');
    expect(chips.map((c) => c.textContent)).toEqual(['منى', 'Sam']);
    expect(chips[0]!.getAttribute('title')).toBe('منى (you) · on 2 devices');
    expect(chips[1]!.getAttribute('title')).toBe('Sam');
  });
});
