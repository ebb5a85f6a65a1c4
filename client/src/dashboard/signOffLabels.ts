import type { SignOffStage } from '../../../shared/dashboard/sign-off.ts';

/** How the dashboard names each sign-off stage, in English and Arabic, as shared/ names statuses; shown in the interface language. */
export const SIGN_OFF_LABELS: Record<SignOffStage, { en: string; ar: string }> = {
  none: { en: 'Not signed off', ar: 'لم يُقدَّم للاعتماد' },
  ready: { en: 'Ready', ar: 'جاهز للاعتماد' },
  approved: { en: 'Approved', ar: 'مُعتمَد' },
  published: { en: 'Published', ar: 'منشور' },
};
