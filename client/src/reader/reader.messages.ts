import { defineMessages } from '../i18n/messages.ts';

/** Words of the reader: its bar, the capture toolbar, the claim chooser and what screen readers hear about claims. */
export const readerMessages = defineMessages({
  // Not "Article body" or "Article text": those name the revision editor's and the import form's text boxes.
  bodyLabel: { en: 'The article, to read and select claims in', ar: 'المقال، لقراءته وتحديد الادعاءات فيه' },
  keysHelp: {
    en: 'Arrow keys move, Shift with arrows selects, Control with arrows moves by word. Enter captures the selected words as a claim, or opens the claim at the caret.',
    ar: 'تنقّل بمفاتيح الأسهم، وحدّد بها مع Shift، وانتقل كلمةً كلمة بها مع Control. يسجّل Enter الكلمات المحددة ادعاءً، أو يفتح الادعاء عند المؤشر.',
  },
  inClaims: { en: 'In {list}', ar: 'ضمن {list}' },
  inClaim: { en: '{status} claim “{quote}”', ar: 'ادعاء {status} «{quote}»' },
  noClaim: { en: 'Not in a claim', ar: 'ليس ضمن ادعاء' },
  suggestions: { en: 'Suggestions', ar: 'الاقتراحات' },
  suggestionsHint: { en: 'Show or hide suggested claims', ar: 'إظهار الادعاءات المقترحة أو إخفاؤها' },
  find: { en: 'Find', ar: 'بحث' },
  findHint: { en: 'Find in article (Ctrl+F)', ar: 'بحث في المقال (Ctrl+F)' },
  captureClaim: { en: 'Capture claim', ar: 'تسجيل ادعاء' },
  capture: { en: 'Capture', ar: 'تسجيل' },
  captureAs: { en: 'Capture as {status}', ar: 'تسجيل بالحالة: {status}' },
  chooseClaim: { en: 'Choose a claim', ar: 'اختيار ادعاء' },
  claimsHere: {
    en: { one: '{count} claim here', other: '{count} claims here' },
    ar: { zero: 'لا ادعاءات هنا', one: 'ادعاء واحد هنا', two: 'ادعاءان هنا', few: '{count} ادعاءات هنا', many: '{count} ادعاءً هنا', other: '{count} ادعاء هنا' },
  },
  claimsInParagraph: {
    en: { one: '{count} claim in this paragraph:', other: '{count} claims in this paragraph:' },
    ar: {
      zero: 'لا ادعاءات في هذه الفقرة:',
      one: 'ادعاء واحد في هذه الفقرة:',
      two: 'ادعاءان في هذه الفقرة:',
      few: '{count} ادعاءات في هذه الفقرة:',
      many: '{count} ادعاءً في هذه الفقرة:',
      other: '{count} ادعاء في هذه الفقرة:',
    },
  },
  claimOfStatus: { en: '{status} claim: “{quote}”', ar: 'ادعاء {status}: «{quote}»' },
});
