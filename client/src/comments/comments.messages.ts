import { defineMessages } from '../i18n/messages.ts';

/** Words of a claim's discussion: the thread, its form and the mention suggestions. */
export const commentsMessages = defineMessages({
  discussion: { en: 'Discussion', ar: 'النقاش' },
  mentionsYou: { en: '· mentions you', ar: '· يشير إليك' },
  pending: { en: '· pending', ar: '· قيد الإرسال' },
  comment: { en: 'Comment', ar: 'تعليق' },
  placeholder: { en: 'Write a comment; @ to mention a colleague', ar: 'اكتب تعليقًا؛ و@ للإشارة إلى زميل' },
  post: { en: 'Post comment', ar: 'إرسال التعليق' },
  writeFirst: { en: 'Write something first.', ar: 'اكتب شيئًا أولًا.' },
  tooLong: {
    en: { one: 'A comment can be at most {count} character.', other: 'A comment can be at most {count} characters.' },
    ar: {
      zero: 'لا يمكن أن يتجاوز التعليق {count} حرف.',
      one: 'لا يمكن أن يتجاوز التعليق حرفًا واحدًا.',
      two: 'لا يمكن أن يتجاوز التعليق حرفين.',
      few: 'لا يمكن أن يتجاوز التعليق {count} أحرف.',
      many: 'لا يمكن أن يتجاوز التعليق {count} حرفًا.',
      other: 'لا يمكن أن يتجاوز التعليق {count} حرف.',
    },
  },
  peopleToMention: { en: 'People to mention', ar: 'أشخاص للإشارة إليهم' },
});
