import { STATUS_INFO } from '../../../shared/domain/status.ts';
import { defineMessages } from '../i18n/messages.ts';

/**
 * What each status means, for the badge's and the status buttons' tooltips.
 * Its own small catalogue: the badge shows in the reader's first load and on
 * the dashboard. The English is STATUS_INFO's own, so the two cannot drift.
 */
export const statusMessages = defineMessages({
  meaning_unreviewed: { en: STATUS_INFO.unreviewed.meaning, ar: 'سُجّل، ولم يُتخذ قرار بعد.' },
  meaning_attributed: {
    en: STATUS_INFO.attributed.meaning,
    ar: 'ينسبه المقال إلى مصدر مسمّى قاله فعلًا، لكن مضمونه لم يُتحقَّق منه بشكل مستقل.',
  },
  meaning_verified: { en: STATUS_INFO.verified.meaning, ar: 'مؤكَّد بأدلة مستقلة.' },
  meaning_disputed: { en: STATUS_INFO.disputed.meaning, ar: 'تناقضه الأدلة، أو تطعن فيه مصادر موثوقة.' },
  statusTitle: { en: '{meaning} (key {key})', ar: '{meaning} (المفتاح {key})' },
});
