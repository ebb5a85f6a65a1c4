// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ConnectionIndicator } from './ConnectionIndicator.tsx';

afterEach(cleanup);

describe('ConnectionIndicator', () => {
  it('always says whether changes reach colleagues, and how many wait on this device', () => {
    const { rerender } = render(<ConnectionIndicator state="connected" />);
    const el = () => screen.getByTestId('connection');
    expect([el().dataset.state, el().dataset.pending, el().textContent]).toEqual(['connected', '0', 'Live']);
    rerender(<ConnectionIndicator state="disconnected" pending={2} />);
    expect([el().dataset.state, el().dataset.pending, el().textContent]).toEqual(['disconnected', '2', 'Offline · 2 changes pending']);
    rerender(<ConnectionIndicator state="connected" pending={1} />);
    expect(el().textContent).toBe('Live · sending 1 change');
    rerender(<ConnectionIndicator state="disconnected" error="unauthenticated" />);
    expect(el().textContent).toBe('Disconnected: unauthenticated');
  });
});
