import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/limits.ts';
import { ArticleCreateSchema } from '../../../shared/protocol/payloads.ts';
import { setDigits, setLocale } from '../i18n/locale.ts';
import { translator } from '../i18n/useT.ts';
import { importProblemMessages } from './import.messages.ts';
import { importProblem } from './importProblems.ts';

afterEach(() => {
  setLocale('en');
  setDigits('latn');
});

/** The schema's own refusals for each field, as the import form meets them. */
function refusals(input: Record<string, unknown>): string[] {
  const parsed = ArticleCreateSchema.safeParse({ title: 'T', body: 'B', ...input });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

describe('import refusals in the person\'s language', () => {
  it('words every refusal the article schema gives, in Arabic, with the workspace\'s digits', () => {
    setLocale('ar');
    setDigits('arab');
    const t = translator(importProblemMessages);
    const words = [
      ...refusals({ title: '   ' }),
      ...refusals({ body: '  ' }),
      ...refusals({ body: 'a\u0001b' }),
      ...refusals({ lang: 'not a tag' }),
      ...refusals({ title: 'x'.repeat(LIMITS.articleTitle + 1) }),
    ].map((m) => importProblem(m, t));
    expect(words).toEqual(['العنوان مطلوب.', 'المقال بلا نص.', 'يحتوي على محارف تحكّم.', 'رمز لغة مثل "ar" أو "en-GB".', expect.stringMatching(/^أطول من [٠-٩]+ (حرف|حرفًا|أحرف)\.$/)]);
  });

  it('keeps the English wording the form always had', () => {
    const t = translator(importProblemMessages);
    expect(refusals({ title: '' }).map((m) => importProblem(m, t))).toEqual(['A title is required.']);
    expect(importProblem('something new', t)).toBe('Something new.');
  });
});
