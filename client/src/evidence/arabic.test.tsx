// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { LIMITS } from '../../../shared/limits.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { makeClaim } from '../test/fixtures.ts';
import { EvidenceSection } from './EvidenceSection.tsx';
import { validateEvidence } from './evidenceForm.ts';

/** A claim's sources for a journalist who reads only Arabic. */
beforeEach(() => setLocale('ar'));
afterEach(() => {
  cleanup();
  setLocale('en');
  setDigits('latn');
});

const claim: Claim = {
  ...makeClaim('قال البنتاغون'),
  evidence: [{ id: 'ev1', url: 'https://www.defense.gov/briefing', title: 'Pentagon briefing', note: '', addedBy: 'Omar', addedById: 'u-omar', addedAt: '2024-07-04T10:00:00.000Z' }],
};

describe('evidence in Arabic', () => {
  it('lists sources with an Arabic heading, count and date in Arabic-Indic digits, and the adder isolated', () => {
    setDigits('arab');
    render(<EvidenceSection claim={claim} canEdit pendingIds={new Set()} onAdd={vi.fn()} onRemove={vi.fn()} />);
    expect(screen.getByRole('heading').textContent).toBe('الأدلة ١');
    const meta = document.querySelector('.evidence-meta')!;
    expect(meta.textContent).toMatch(/^أضافه Omar · .*٢٠٢٤/);
    expect(meta.querySelector('bdi')!.textContent).toBe('Omar');
    expect(screen.getByRole('button', { name: 'إزالة الدليل Pentagon briefing' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'إضافة دليل' })).toBeTruthy();
  });

  it('explains a refused link in Arabic, and adds nothing', async () => {
    const onAdd = vi.fn();
    render(<EvidenceSection claim={claim} canEdit pendingIds={new Set()} onAdd={onAdd} onRemove={vi.fn()} />);
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'رابط الدليل' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'إضافة دليل' }));
    expect(document.querySelector('.field-error')!.textContent).toBe('لا تُضاف إلا روابط http://‎ وhttps://‎.');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('words length limits with the Arabic form their number needs, in the workspace digits', () => {
    setDigits('arab');
    const checked = validateEvidence({ url: '', title: 'x'.repeat(LIMITS.evidenceTitle + 1), note: '' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors.url).toBe('أدخل عنوان المصدر.');
    const n = new Intl.NumberFormat('ar-u-nu-arab').format(LIMITS.evidenceTitle);
    expect(checked.errors.title).toContain(n);
    expect(checked.errors.title).toMatch(/^لا يمكن أن يتجاوز العنوان/);
  });
});
