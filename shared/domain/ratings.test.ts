import { describe, expect, it } from 'vitest';
import { DEFAULT_RATING_SCALE, RatingScaleSchema, publicRating, type RatingScale } from './ratings.ts';
import { SettingsPatchSchema, WorkspaceSettingsSchema } from './settings.ts';

const scale = (patch: Partial<RatingScale>): unknown => ({ ...DEFAULT_RATING_SCALE, ...patch });
const issue = (value: unknown) => {
  const r = RatingScaleSchema.safeParse(value);
  return r.success ? null : r.error.issues[0]!.message;
};

describe('the rating scale', () => {
  it('ships a valid default: False, Misleading, Unproven, True in English and Arabic, each verdict mapped', () => {
    expect(RatingScaleSchema.parse(DEFAULT_RATING_SCALE)).toEqual(DEFAULT_RATING_SCALE);
    expect(DEFAULT_RATING_SCALE.labels.map((l) => [l.ratingValue, l.name.en, l.name.ar])).toEqual([
      [1, 'False', 'خاطئ'],
      [2, 'Misleading', 'مضلل'],
      [3, 'Unproven', 'غير مثبت'],
      [4, 'True', 'صحيح'],
    ]);
    expect(DEFAULT_RATING_SCALE.byStatus).toEqual({ attributed: 'unproven', verified: 'true', disputed: 'false' });
  });

  it.each([
    ['worstRating below 1', scale({ worstRating: 0 })],
    ['bestRating not above worstRating', scale({ worstRating: 4, bestRating: 4, labels: [{ id: 'x', ratingValue: 4, name: { en: 'X', ar: 'س' } }], byStatus: { attributed: null, verified: null, disputed: null } })],
    ['a fractional rating', scale({ bestRating: 4.5 })],
    ['a ratingValue outside the scale', scale({ labels: [...DEFAULT_RATING_SCALE.labels, { id: 'pants', ratingValue: 5, name: { en: 'Pants', ar: 'كاذب' } }] })],
    ['two labels with one id', scale({ labels: [...DEFAULT_RATING_SCALE.labels, { id: 'false', ratingValue: 1, name: { en: 'Wrong', ar: 'خطأ' } }] })],
    ['a status mapped to no label of the scale', scale({ byStatus: { attributed: 'unproven', verified: 'correct', disputed: 'false' } })],
    ['a label without its Arabic name', scale({ labels: [{ id: 'false', ratingValue: 1, name: { en: 'False', ar: '  ' } }], byStatus: { attributed: null, verified: null, disputed: 'false' } })],
    ['no labels', scale({ labels: [], byStatus: { attributed: null, verified: null, disputed: null } })],
  ])('refuses %s', (_what, value) => {
    expect(issue(value)).not.toBeNull();
  });

  it('reads settings stored before the scale existed with the default, and a patch leaves it alone unless it names it', () => {
    const old = { organizationName: 'Desk', reportBaseUrl: 'https://example.org' };
    expect(WorkspaceSettingsSchema.parse(old).ratings).toEqual(DEFAULT_RATING_SCALE);
    expect(SettingsPatchSchema.parse({ organizationName: 'مكتب' })).toEqual({ organizationName: 'مكتب' });
    expect(SettingsPatchSchema.safeParse({ ratings: scale({ worstRating: 0 }) }).success).toBe(false);
  });
});

describe('publicRating', () => {
  it('gives a verdict the label its status maps to, in the language asked for, with the scale', () => {
    expect(publicRating({ status: 'disputed', rating: null }, DEFAULT_RATING_SCALE, 'ar')).toEqual({
      ratingValue: 1,
      bestRating: 4,
      worstRating: 1,
      alternateName: 'خاطئ',
      label: DEFAULT_RATING_SCALE.labels[0],
    });
    expect(publicRating({ status: 'verified', rating: null }, DEFAULT_RATING_SCALE, 'en')?.alternateName).toBe('True');
  });

  it('a label the claim names wins over its status, even unreviewed', () => {
    expect(publicRating({ status: 'verified', rating: 'misleading' }, DEFAULT_RATING_SCALE, 'en')).toMatchObject({ ratingValue: 2, alternateName: 'Misleading' });
    expect(publicRating({ status: 'unreviewed', rating: 'unproven' }, DEFAULT_RATING_SCALE, 'ar')?.alternateName).toBe('غير مثبت');
  });

  it('has no rating for an unreviewed claim naming none, or a status mapped to none', () => {
    expect(publicRating({ status: 'unreviewed', rating: null }, DEFAULT_RATING_SCALE, 'en')).toBeNull();
    const noAttributed = { ...DEFAULT_RATING_SCALE, byStatus: { ...DEFAULT_RATING_SCALE.byStatus, attributed: null } };
    expect(publicRating({ status: 'attributed', rating: null }, noAttributed, 'en')).toBeNull();
  });

  it('a label the scale no longer has falls back to the status label', () => {
    expect(publicRating({ status: 'disputed', rating: 'removed-label' }, DEFAULT_RATING_SCALE, 'en')?.alternateName).toBe('False');
  });
});
