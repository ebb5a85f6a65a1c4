// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { DEFAULT_RATING_SCALE } from '../../../shared/domain/ratings.ts';
import type { Claim } from '../../../shared/domain/schemas.ts';
import { permissionsFor } from '../account/permissions.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import type { ParkedConflict } from '../sync/outboxEntry.ts';
import { article, makeClaim } from '../test/fixtures.ts';
import { stubFetch } from '../test/stubFetch.ts';
import { ClaimEditor } from './ClaimEditor.tsx';
import { ClaimSidebar } from './ClaimSidebar.tsx';
import { ConflictNotice } from './ConflictNotice.tsx';
import { keepMineNotices } from './keepMineNotice.ts';

/** The claim editor and the claims column for a journalist who reads only Arabic. */
beforeEach(() => {
  stubFetch();
  setLocale('ar');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setLocale('en');
  setDigits('latn');
});

const editor = permissionsFor({ id: 'u-editor', role: 'editor' });
const noop = () => ({ ok: true as const });
const parkedOn = (claimId: string, opId: string) => ({ entry: { claimId, opId } }) as unknown as ParkedConflict;

describe('the claims column in Arabic', () => {
  it('names tabs, statuses and filters in Arabic, counts in Arabic-Indic digits, and conflicts with the dual form', () => {
    setDigits('arab');
    const claims = [makeClaim('قال البنتاغون', { status: 'attributed' }), makeClaim('أول زيارة منذ 24 عامًا', { status: 'attributed' })];
    render(
      <ClaimSidebar
        article={article}
        claims={claims}
        selectedId={null}
        onSelect={() => {}}
        actions={{ updateClaim: noop, deleteClaim: noop, restoreClaim: noop }}
        permissions={editor}
        data={{ conflicts: [parkedOn(claims[0]!.id, 'op1'), parkedOn(claims[1]!.id, 'op2')] }}
      />,
    );
    expect(screen.getByRole('tab', { name: /الادعاءات/ }).textContent).toBe('الادعاءات ٢');
    expect(within(screen.getByRole('list', { name: 'الادعاءات حسب الحالة' })).getByText(/منسوب/).textContent).toBe('منسوب ٢');
    expect(screen.getByRole('button', { name: 'تعارضان يجب حلّهما' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'التصفية حسب الاعتماد' }).textContent).toContain('مُعتمَد');
    expect(document.body.textContent).not.toMatch(/Claims|Attributed|conflict/);
  });

  it('shows an empty article in Arabic only', () => {
    render(<ClaimSidebar article={article} claims={[]} selectedId={null} onSelect={() => {}} actions={{ updateClaim: noop, deleteClaim: noop, restoreClaim: noop }} permissions={editor} />);
    expect(document.querySelector('.claims-empty')!.textContent).toBe('لا توجد ادعاءات بعد. حدّد مقطعًا من المقال لتسجيل ادعاء.');
  });
});

describe('the claim editor in Arabic', () => {
  const approved: Claim = { ...makeClaim('قال البنتاغون', { status: 'verified' }), review: 'approved', approval: { by: 'Omar Haddad', byId: 'u-omar', at: '2024-07-04T10:05:00.000Z' } } as Claim;

  it('labels status buttons, fields and sign-off in Arabic, with the approval time in Arabic-Indic digits and the approver isolated', () => {
    setDigits('arab');
    render(<ClaimEditor claim={approved} canEdit canDelete onUpdate={noop} onDelete={() => {}} signOff={{ ratings: DEFAULT_RATING_SCALE, canMarkReady: true, canApprove: true }} />);
    expect(screen.getByRole('button', { name: /مُتحقَّق منه/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'الملخص' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'حذف الادعاء' })).toBeTruthy();
    const signOff = screen.getByRole('group', { name: 'الاعتماد' });
    expect(signOff.textContent).toContain('مُعتمَد');
    expect(signOff.querySelector('bdi')!.textContent).toBe('Omar Haddad');
    expect(signOff.querySelector('time')!.textContent).toMatch(/٢٠٢٤/);
    const rating = screen.getByRole('combobox', { name: 'التقييم' }) as HTMLSelectElement;
    expect([...rating.options].map((o) => o.text)).toContain('خاطئ (١/٤)');
    expect(screen.getByRole('button', { name: 'إعادة للمراجعة…' })).toBeTruthy();
  });

  it('words a conflict in Arabic around the colleague\'s name, kept apart in <bdi>', () => {
    render(<ConflictNotice rows={[{ label: 'الملخص', what: 'الملخص', theirs: 'their text', mine: '' }]} by="Omar Haddad" onUseTheirs={() => {}} onKeepMine={() => {}} />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('.conflict-title')!.textContent).toBe('غيّر Omar Haddad الملخص أثناء تعديلك.');
    expect(alert.querySelector('.conflict-title bdi')!.textContent).toBe('Omar Haddad');
    expect(alert.textContent).toContain('(فارغ)');
    expect(screen.getByRole('button', { name: 'الإبقاء على قيمتي' })).toBeTruthy();
  });

  it('writes the "Keep mine" notice in Arabic when the sender reads Arabic', () => {
    const current = { ...makeClaim('قال البنتاغون'), summary: 'البنتاغون يتهم موسكو' };
    const conflict = {
      entry: { opId: 'op-1', claimId: current.id, op: { event: 'claim:update', payload: { id: current.id, changes: { summary: 'ملخصي' }, baseVersion: 1, opId: 'op-1' } } },
      current,
    } as unknown as ParkedConflict;
    const history = [{ id: 'h1', articleId: 'a', claimId: current.id, action: 'updated' as const, changes: [{ field: 'summary', from: '', to: current.summary }], by: 'Omar', byId: 'u-omar', at: '2024-07-04T10:00:00.000Z' }];
    const [notice] = keepMineNotices(conflict, history, 'u-layla', () => 'Omar');
    expect(notice!.text.split('\n')).toEqual([
      '@Omar أبقيتُ ما كتبتُه في الملخص بدلًا ممّا كتبتَه.',
      'ما كتبتَه في الملخص: «البنتاغون يتهم موسكو»',
      'يمكنك استعادة نصّك بزر «استعادة نصّي» في سجل هذا الادعاء.',
    ]);
  });
});
