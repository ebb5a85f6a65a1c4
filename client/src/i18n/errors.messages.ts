import type { ErrorCode } from '../../../shared/protocol/errors.ts';
import type { TextMessage } from './messages.ts';

/**
 * Every error code the server can answer with, in both interface languages.
 * The server sends a code and fixed English words (shared/protocol/errors.ts);
 * the interface shows these instead. Typed by ErrorCode, so a new code on
 * the server does not compile until it is worded here in both languages.
 */
export const errorMessages: Record<ErrorCode, TextMessage> = {
  invalid_payload: { en: 'The request is malformed.', ar: 'الطلب غير سليم.' },
  not_found: { en: 'No such item.', ar: 'هذا العنصر غير موجود.' },
  range_out_of_bounds: { en: 'The selected range is outside the article text or too long.', ar: 'النص المحدَّد خارج نص المقال أو أطول من المسموح.' },
  empty_range: { en: 'The selected range holds no visible text.', ar: 'النص المحدَّد لا يحوي نصًا ظاهرًا.' },
  conflict: { en: 'Someone else changed this since you started; see their version.', ar: 'غيّر زميل هذا منذ بدأت؛ اطّلع على نسخته.' },
  storage_failed: { en: 'The change could not be saved; nothing was kept.', ar: 'تعذّر حفظ التغيير؛ لم يُحفظ شيء.' },
  shutting_down: { en: 'The server is restarting; try again in a moment.', ar: 'الخادم يُعاد تشغيله؛ حاول بعد لحظات.' },
  internal_error: { en: 'The server could not process this request.', ar: 'تعذّر على الخادم معالجة هذا الطلب.' },
  unauthenticated: { en: 'Please sign in.', ar: 'يُرجى تسجيل الدخول.' },
  forbidden: { en: 'Your role does not allow this.', ar: 'دورك لا يسمح بهذا.' },
  rate_limited: { en: 'Too many requests; slow down and try again shortly.', ar: 'طلبات كثيرة جدًا؛ تمهّل وحاول بعد قليل.' },
  setup_done: { en: 'The workspace is already set up.', ar: 'مساحة العمل مُعدّة من قبل.' },
  invalid_credentials: { en: 'Wrong email or password.', ar: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.' },
  invite_invalid: { en: 'This invitation link is not valid or was already used.', ar: 'رابط الدعوة هذا غير صالح أو استُخدم من قبل.' },
  invite_expired: { en: 'This invitation link has expired.', ar: 'انتهت صلاحية رابط الدعوة هذا.' },
  email_taken: { en: 'An account with this email already exists.', ar: 'يوجد حساب بهذا البريد الإلكتروني.' },
  last_admin: { en: 'The workspace must keep at least one active admin.', ar: 'يجب أن يبقى في مساحة العمل مشرف نشط واحد على الأقل.' },
  payload_too_large: { en: 'The request is too large.', ar: 'الطلب أكبر من المسموح.' },
  limit_reached: { en: 'This has reached the most it can hold; remove something first.', ar: 'بلغ هذا أقصى ما يتسع له؛ احذف شيئًا أولًا.' },
  misdirected: { en: 'This server does not answer for that address.', ar: 'هذا الخادم لا يخدم ذلك العنوان.' },
  merge_self: { en: 'A source cannot be merged into itself.', ar: 'لا يمكن دمج مصدر في نفسه.' },
  merge_cycle: {
    en: 'That source is already merged into another one: merge into that one, or unmerge it first.',
    ar: 'هذا المصدر مدموج في مصدر آخر: ادمج فيه، أو افصله أولًا.',
  },
  reset_invalid: { en: 'This password-reset link is not valid or was already used.', ar: 'رابط إعادة تعيين كلمة المرور هذا غير صالح أو استُخدم من قبل.' },
  reset_expired: { en: 'This password-reset link has expired; ask an admin for a new one.', ar: 'انتهت صلاحية رابط إعادة تعيين كلمة المرور؛ اطلب رابطًا جديدًا من مشرف.' },
  unknown_rating: { en: "No such label in the workspace's rating scale.", ar: 'لا يوجد هذا التصنيف في سلّم التقييم لمساحة العمل.' },
  nothing_to_publish: { en: 'No claim of this article is approved for publication yet.', ar: 'لم يُعتمد أي ادعاء في هذا المقال للنشر بعد.' },
  not_published: { en: 'This article has no published report.', ar: 'ليس لهذا المقال تقرير منشور.' },
  unpublished: { en: 'This report was unpublished.', ar: 'سُحب هذا التقرير من النشر.' },
};
