import { defineMessages } from '../i18n/messages.ts';

/**
 * Words of the notice of a new revision, which the reader shows on its first
 * load: kept apart from the history panel's catalogue, which loads with
 * that panel, so the reader's first load carries only these.
 */
export const revisionNoticeMessages = defineMessages({
  // The notice of a new revision: "Revision 2 by Mona: 3 claims moved, 1 orphaned"
  revisionByName: { en: 'Revision {revision} by {name}: {effect}', ar: 'النسخة {revision} من {name}: {effect}' },
  claimsMoved: {
    en: { one: '{count} claim moved', other: '{count} claims moved' },
    ar: { zero: 'لم يُنقل أي ادعاء', one: 'نُقل ادعاء واحد', two: 'نُقل ادعاءان', few: 'نُقلت {count} ادعاءات', many: 'نُقل {count} ادعاءً', other: 'نُقل {count} ادعاء' },
  },
  claimsOrphaned: {
    en: { one: '{count} claim orphaned', other: '{count} claims orphaned' },
    ar: {
      zero: 'لم ينفصل أي ادعاء عن النص',
      one: 'انفصل ادعاء واحد عن النص',
      two: 'انفصل ادعاءان عن النص',
      few: 'انفصلت {count} ادعاءات عن النص',
      many: 'انفصل {count} ادعاءً عن النص',
      other: 'انفصل {count} ادعاء عن النص',
    },
  },
  // After "3 claims moved", English says only "1 orphaned"; Arabic needs the whole phrase.
  andOrphaned: {
    en: { one: '{moved}, {count} orphaned', other: '{moved}, {count} orphaned' },
    ar: {
      zero: '{moved}، ولم ينفصل أي ادعاء عن النص',
      one: '{moved}، وانفصل ادعاء واحد عن النص',
      two: '{moved}، وانفصل ادعاءان عن النص',
      few: '{moved}، وانفصلت {count} ادعاءات عن النص',
      many: '{moved}، وانفصل {count} ادعاءً عن النص',
      other: '{moved}، وانفصل {count} ادعاء عن النص',
    },
  },
  everyClaimStayed: { en: 'every claim stayed on its words', ar: 'بقي كل ادعاء على كلماته' },
  noClaimsToReanchor: { en: 'no claims to re-anchor', ar: 'لا ادعاءات لإعادة ربطها' },
  showOrphaned: { en: 'Show orphaned', ar: 'عرض الادعاءات المنفصلة عن النص' },
  dismiss: { en: 'Dismiss', ar: 'إغلاق' },
});
