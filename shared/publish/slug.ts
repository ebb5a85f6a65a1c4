/**
 * The public address of an article's report, `/p/<slug>`: chosen once, at
 * the first publication, and kept through every republication, so links
 * people shared keep working. It reads as the title in Latin letters (an
 * Arabic title is romanised, so the address survives being pasted into any
 * tool that mangles percent-encoded Arabic) followed by the article's id,
 * which makes it unique without asking anyone.
 */
const ARABIC: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z',
  س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h',
  ة: 'a', و: 'w', ؤ: '', ي: 'y', ى: 'a', ئ: '', ء: '', پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ک: 'k', ی: 'y',
};

/** Letters of the title a slug keeps, at most. */
const TITLE_CHARS = 60;

/** A slug's shape; anything else in `/p/…` is not ours. */
export const SLUG_PATTERN = /^[a-z0-9-]*-?[A-Za-z0-9_-]{1,64}$/;

export function romanize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '') // Latin accents, Arabic tashkeel, dagger alif, tatweel
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0600-\u06ff]/g, (c) => ARABIC[c] ?? ' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function slugFor(title: string, articleId: string): string {
  let words = romanize(title);
  if (words.length > TITLE_CHARS) {
    const cut = words.slice(0, TITLE_CHARS + 1);
    words = cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : TITLE_CHARS);
  }
  return words ? `${words}-${articleId}` : articleId;
}
