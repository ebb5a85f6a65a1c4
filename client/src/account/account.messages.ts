import { defineMessages } from '../i18n/messages.ts';

/** Words of the pages before the workspace: sign-in, first setup, joining by invitation, and a password reset. */
export const accountMessages = defineMessages({
  // Sign in
  signInTitle: { en: 'Sign in', ar: 'تسجيل الدخول' },
  signIn: { en: 'Sign in', ar: 'تسجيل الدخول' },
  enterBoth: { en: 'Please enter your email and password.', ar: 'يُرجى إدخال البريد الإلكتروني وكلمة المرور.' },
  noAccount: { en: 'No account? Ask an admin of your workspace for an invitation link.', ar: 'ليس لديك حساب؟ اطلب رابط دعوة من أحد مسؤولي مساحة العمل.' },
  // The account form
  name: { en: 'Name', ar: 'الاسم' },
  nameHint: { en: 'Colleagues see this name next to your changes.', ar: 'يرى زملاؤك هذا الاسم بجانب تعديلاتك.' },
  email: { en: 'Email', ar: 'البريد الإلكتروني' },
  password: { en: 'Password', ar: 'كلمة المرور' },
  confirmPassword: { en: 'Confirm password', ar: 'تأكيد كلمة المرور' },
  // Setup
  setupTitle: { en: 'Set up Isnad — create the first admin account', ar: 'إعداد إسناد — إنشاء حساب المسؤول الأول' },
  setupIntro: {
    en: 'This account manages the workspace: it invites colleagues and decides what each may do.',
    ar: 'يدير هذا الحساب مساحة العمل: يدعو الزملاء ويحدّد ما يحق لكل منهم.',
  },
  setupSubmit: { en: 'Create admin account', ar: 'إنشاء حساب المسؤول' },
  address: { en: 'Public address', ar: 'العنوان العام' },
  addressHint: {
    en: 'Where colleagues and readers reach this workspace, e.g. https://factcheck.example.org. Reports and invitation links are built on it.',
    ar: 'العنوان الذي يصل منه الزملاء والقرّاء إلى مساحة العمل، مثل https://factcheck.example.org. تُبنى عليه التقارير وروابط الدعوات.',
  },
  addressLocal: {
    en: 'This address works only on this computer: reports would link to nowhere. Give the public one if there is one (it can be changed later in Users → Settings).',
    ar: 'هذا العنوان لا يعمل إلا على هذا الحاسوب، فلن تؤدي روابط التقارير إلى أي مكان. أدخل العنوان العام إن وُجد (يمكن تغييره لاحقًا من المستخدمون ← الإعدادات).',
  },
  addressInvalid: { en: 'Give an http:// or https:// address.', ar: 'أدخل عنوانًا يبدأ بـ http:// أو https://.' },
  // Invitation
  joinTitle: { en: 'Join Isnad', ar: 'الانضمام إلى إسناد' },
  join: { en: 'Join', ar: 'انضمام' },
  checkingInvite: { en: 'Checking the invitation…', ar: 'جارٍ التحقق من الدعوة…' },
  askNewInvite: { en: 'Ask the admin who invited you for a new link.', ar: 'اطلب رابطًا جديدًا من المسؤول الذي دعاك.' },
  goToSignIn: { en: 'Go to sign in', ar: 'الذهاب إلى تسجيل الدخول' },
  invitedAs: { en: 'You are invited as {role}: {description}', ar: 'أنت مدعو بدور {role}: {description}' },
  inviteValidUntil: { en: 'This link is valid until {time}.', ar: 'هذا الرابط صالح حتى {time}.' },
  signedInAs: {
    en: 'You are signed in as {name}; joining signs you in with the new account instead.',
    ar: 'أنت مسجّل الدخول باسم {name}؛ الانضمام يسجّل دخولك بالحساب الجديد بدلًا منه.',
  },
  // Password reset
  resetTitle: { en: 'Choose a new password', ar: 'اختيار كلمة مرور جديدة' },
  checkingLink: { en: 'Checking the link…', ar: 'جارٍ التحقق من الرابط…' },
  resetFor: {
    en: 'This link sets a new password for {name}. It works once, until {time}.',
    ar: 'يعيّن هذا الرابط كلمة مرور جديدة لـ {name}. يعمل مرة واحدة، حتى {time}.',
  },
  resetSignsOut: { en: 'Every other device signed in to this account is signed out.', ar: 'يُسجَّل الخروج من كل جهاز آخر مسجّل الدخول بهذا الحساب.' },
  askNewReset: { en: 'Ask an admin for a new link.', ar: 'اطلب رابطًا جديدًا من أحد المسؤولين.' },
  newPassword: { en: 'New password', ar: 'كلمة المرور الجديدة' },
  confirmNewPassword: { en: 'Confirm new password', ar: 'تأكيد كلمة المرور الجديدة' },
  resetSubmit: { en: 'Set password and sign in', ar: 'تعيين كلمة المرور وتسجيل الدخول' },
});

/** The account form's checks (client/src/account/validation.ts), worded for the person. */
export const validationMessages = defineMessages({
  nameMissing: { en: 'Please enter the name your colleagues will see.', ar: 'يُرجى إدخال الاسم الذي سيراه زملاؤك.' },
  tooLong: {
    en: { one: 'At most {count} character.', other: 'At most {count} characters.' },
    ar: { zero: 'لا أحرف.', one: 'حرف واحد على الأكثر.', two: 'حرفان على الأكثر.', few: '{count} أحرف على الأكثر.', many: '{count} حرفًا على الأكثر.', other: '{count} حرف على الأكثر.' },
  },
  tooShort: {
    en: { one: 'At least {count} character.', other: 'At least {count} characters.' },
    ar: { zero: 'لا حدّ أدنى.', one: 'حرف واحد على الأقل.', two: 'حرفان على الأقل.', few: '{count} أحرف على الأقل.', many: '{count} حرفًا على الأقل.', other: '{count} حرف على الأقل.' },
  },
  nameChars: { en: 'The name contains characters that are not allowed.', ar: 'يحتوي الاسم على أحرف غير مسموح بها.' },
  emailMissing: { en: 'Please enter an email address.', ar: 'يُرجى إدخال عنوان بريد إلكتروني.' },
  emailInvalid: { en: 'Please enter a valid email address.', ar: 'يُرجى إدخال عنوان بريد إلكتروني صحيح.' },
  mismatch: { en: 'The passwords do not match.', ar: 'كلمتا المرور غير متطابقتين.' },
});

/** What each role may do, in both languages (shared ROLE_INFO describes them in English only). */
export const roleDescriptions = defineMessages({
  admin: { en: 'Manages users and workspace settings; can do everything an editor can.', ar: 'يدير المستخدمين وإعدادات مساحة العمل، ويستطيع كل ما يستطيعه المحرر.' },
  editor: { en: 'Imports and revises articles; deletes any claim.', ar: 'يستورد المقالات ويعدّل نصوصها، ويحذف أي ادعاء.' },
  reviewer: { en: 'Creates and edits claims, comments, adds evidence.', ar: 'يُنشئ الادعاءات ويعدّلها، ويعلّق، ويضيف الأدلة.' },
  viewer: { en: 'Reads and exports.', ar: 'يقرأ ويصدّر.' },
});
