import { defineMessages } from '../i18n/messages.ts';

/** Words of the users page: accounts, invitations, open invitations, reset links and the roles table. */
export const usersMessages = defineMessages({
  title: { en: 'Users', ar: 'المستخدمون' },
  peopleTitle: { en: 'People with an account', ar: 'أصحاب الحسابات' },
  peopleHint: {
    en: 'Changes apply at once. A deactivated account can no longer sign in; its claims and history stay.',
    ar: 'تُطبَّق التغييرات فورًا. الحساب المعطَّل لا يمكنه تسجيل الدخول، وتبقى ادعاءاته وسجله.',
  },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  name: { en: 'Name', ar: 'الاسم' },
  email: { en: 'Email', ar: 'البريد الإلكتروني' },
  role: { en: 'Role', ar: 'الدور' },
  active: { en: 'Active', ar: 'مفعّل' },
  you: { en: '(you)', ar: '(أنت)' },
  inviteTitle: { en: 'Invite a colleague', ar: 'دعوة زميل' },
  inviteHint: {
    en: 'The link creates one account with the chosen role. Send it to them privately.',
    ar: 'ينشئ الرابط حسابًا واحدًا بالدور المختار. أرسله إلى زميلك بشكل خاص.',
  },
  inviteRole: { en: 'Role for invitation', ar: 'دور المدعو' },
  createInvite: { en: 'Create invitation link', ar: 'إنشاء رابط دعوة' },
  inviteLinkFor: { en: 'Invitation link for {role}:', ar: 'رابط دعوة بدور {role}:' },
  copy: { en: 'Copy', ar: 'نسخ' },
  copied: { en: 'Copied', ar: 'نُسخ' },
  inviteExpires: { en: 'Expires {time}.', ar: 'ينتهي {time}.' },
  rolesTitle: { en: 'Roles', ar: 'الأدوار' },
  // Open invitations
  openTitle: { en: 'Open invitations', ar: 'الدعوات المفتوحة' },
  openNone: { en: 'No invitation is waiting to be used.', ar: 'لا توجد دعوة بانتظار الاستخدام.' },
  openHint: {
    en: 'Links sent but not used yet. Revoke one that went to the wrong person: it stops working at once.',
    ar: 'روابط أُرسلت ولم تُستخدم بعد. ألغِ ما أُرسل إلى الشخص الخطأ فيتوقف عن العمل فورًا.',
  },
  revoke: { en: 'Revoke', ar: 'إلغاء' },
  revokeLabel: { en: 'Revoke the {role} invitation expiring {time}', ar: 'إلغاء دعوة {role} التي تنتهي {time}' },
  openExpires: { en: 'expires {time}', ar: 'تنتهي {time}' },
  // Reset links
  resetTitle: { en: 'Reset a password', ar: 'إعادة تعيين كلمة المرور' },
  resetHint: {
    en: 'For a colleague who forgot theirs: the link lets them choose a new password once, within {hours} hours, and signs them out on every other device. Send it to them privately.',
    ar: 'لزميل نسي كلمة مروره: يتيح له الرابط اختيار كلمة مرور جديدة مرة واحدة خلال {hours} ساعة، ويسجّل خروجه من كل جهاز آخر. أرسله إليه بشكل خاص.',
  },
  resetAccount: { en: 'Account to reset', ar: 'الحساب المراد إعادة تعيينه' },
  createReset: { en: 'Create reset link', ar: 'إنشاء رابط إعادة التعيين' },
  resetLinkFor: { en: 'Reset link for {name}:', ar: 'رابط إعادة التعيين لـ {name}:' },
  resetExpires: { en: 'Works once, until {time}.', ar: 'يعمل مرة واحدة، حتى {time}.' },
});
