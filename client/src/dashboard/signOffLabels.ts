import type { SignOffStage } from '../../../shared/dashboard/sign-off.ts';

/** How the dashboard names each sign-off stage, in English and Arabic, as it does statuses. */
export const SIGN_OFF_LABELS: Record<SignOffStage, { en: string; ar: string }> = {
  none: { en: 'Not signed off', ar: 'بلا مراجعة' },
  ready: { en: 'Ready', ar: 'جاهز' },
  approved: { en: 'Approved', ar: 'معتمد' },
  published: { en: 'Published', ar: 'منشور' },
};
