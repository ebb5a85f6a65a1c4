import { describe, it, expect } from 'vitest';
import { describeSpan } from './selectors.ts';
import { LIMITS } from '../limits.ts';
import { cpLength, OffsetIndex } from '../text/codepoints.ts';

/** From the seed article: one occurrence of "وثائق مهمة للغاية", no astral characters. */
const PARAGRAPH =
  'وتعد هذه الزيارة هي الأولى منذ 24 عاما، وتستمر على مدار يومين في إشارة إلى شراكة موسكو المتنامية مع الدولة المسلحة نوويا. وبحسب الكرملين، سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة، ومن المحتمل أن تشمل اتفاقية “شراكة استراتيجية شاملة”.';

const CONTEXT = LIMITS.quoteContext;

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

/** Code point offset of the `nth` (0-based) occurrence of `needle`. */
function cpIndexOf(text: string, needle: string, nth = 0): number {
  let u = text.indexOf(needle);
  for (let k = 0; k < nth; k++) u = text.indexOf(needle, u + 1);
  if (u === -1) throw new Error(`"${needle}" not found`);
  return cpLength(text.slice(0, u));
}

/** The selector must describe exactly the text around [start, end), in code points. */
function expectConsistent(text: string, start: number, end: number) {
  const target = describeSpan(new OffsetIndex(text), start, end);
  const cps = Array.from(text);
  const { exact, prefix, suffix } = target.quote;
  expect(target.position).toEqual({ type: 'TextPositionSelector', start, end });
  expect(target.quote.type).toBe('TextQuoteSelector');
  expect(exact).toBe(cps.slice(start, end).join(''));
  expect(prefix).toBe(cps.slice(start - cpLength(prefix), start).join(''));
  expect(suffix).toBe(cps.slice(end, end + cpLength(suffix)).join(''));
  return target;
}

describe('describeSpan', () => {
  it('gives the exact words with 32 code points of context on each side', () => {
    const start = cpIndexOf(PARAGRAPH, 'وثائق مهمة للغاية');
    const end = start + cpLength('وثائق مهمة للغاية');
    const { quote } = expectConsistent(PARAGRAPH, start, end);
    expect(quote.exact).toBe('وثائق مهمة للغاية');
    expect(cpLength(quote.prefix)).toBe(CONTEXT);
    expect(cpLength(quote.suffix)).toBe(CONTEXT);
    expect(quote.prefix).toBe(PARAGRAPH.slice(start - CONTEXT, start));
    expect(quote.prefix.endsWith('سيتم التوقيع على “')).toBe(true);
    expect(quote.suffix).toBe(PARAGRAPH.slice(end, end + CONTEXT));
    expect(quote.suffix.startsWith('” خلال الزيارة')).toBe(true);
  });

  it('truncates the prefix at the start of the text', () => {
    const { quote } = expectConsistent(PARAGRAPH, 0, 4);
    expect(quote.exact).toBe('وتعد');
    expect(quote.prefix).toBe('');
    expect(cpLength(quote.suffix)).toBe(CONTEXT);

    const near = expectConsistent(PARAGRAPH, 10, 16);
    expect(near.quote.prefix).toBe(PARAGRAPH.slice(0, 10));
  });

  it('truncates the suffix at the end of the text', () => {
    const n = PARAGRAPH.length;
    const { quote } = expectConsistent(PARAGRAPH, n - 6, n);
    expect(quote.suffix).toBe('');
    expect(cpLength(quote.prefix)).toBe(CONTEXT);

    const near = expectConsistent(PARAGRAPH, n - 20, n - 5);
    expect(near.quote.suffix).toBe(PARAGRAPH.slice(n - 5));
  });

  it('keeps 32 code points when a repeated short quote is already unique with that context', () => {
    // "مهمة" occurs three times, but each occurrence has different surroundings.
    const text = [
      PARAGRAPH,
      'وقد صرح الكرملين أنه سيتم التوقيع على "وثائق مهمة" خلال الزيارة، ومن المحتمل أن تتضمن اتفاقية "شراكة استراتيجية".',
      'وأشار يوري أوشاكوف، المستشار الدبلوماسي لبوتين، إلى التوقيع على "وثائق مهمة ومهمة للغاية" وألمح إلى إمكانية التوصل إلى اتفاقية شراكة استراتيجية شاملة.',
    ].join('\n\n');
    expect(occurrences(text, 'مهمة')).toBeGreaterThanOrEqual(3);
    const start = cpIndexOf(text, 'مهمة', 1);
    const { quote } = expectConsistent(text, start, start + 4);
    expect(cpLength(quote.prefix)).toBe(CONTEXT);
    expect(cpLength(quote.suffix)).toBe(CONTEXT);
    expect(occurrences(text, quote.prefix + quote.exact + quote.suffix)).toBe(1);
  });

  it('grows the context of a quote repeated in identical sentences until it is unique', () => {
    // Each sentence is longer than 32 code points, so the 32-code-point
    // context of "مهمة" is the same in every middle repetition.
    const sentence = 'وقال المتحدث باسم الكرملين إن الوثائق مهمة جدا للطرفين في هذه المرحلة من العلاقات. ';
    expect(cpLength(sentence)).toBeGreaterThan(2 * CONTEXT);
    // Five copies: from the middle one, the unique ends of the text are within the 256-code-point cap.
    const text = 'مقدمة فريدة لا تتكرر. ' + sentence.repeat(5) + 'خاتمة مختلفة.';
    const start = cpIndexOf(text, 'مهمة', 2);
    const end = start + cpLength('مهمة');

    // Precondition: with only 32 code points each side, the quote is ambiguous.
    const naive = text.slice(start - CONTEXT, end + CONTEXT);
    expect(occurrences(text, naive)).toBeGreaterThan(1);

    const { quote } = expectConsistent(text, start, end);
    expect(quote.exact).toBe('مهمة');
    expect(cpLength(quote.prefix) + cpLength(quote.suffix)).toBeGreaterThan(2 * CONTEXT);
    const whole = quote.prefix + quote.exact + quote.suffix;
    expect(occurrences(text, whole)).toBe(1);
    // The unique match points back at this occurrence, not a lookalike.
    expect(cpIndexOf(text, whole) + cpLength(quote.prefix)).toBe(start);
  });

  it('grows the context for every occurrence of a repeated quote, each to a unique description', () => {
    const sentence = 'أكد الطرفان أن الوثائق مهمة للغاية وأنها ستوقع خلال الزيارة الرسمية. ';
    const text = 'بداية. ' + sentence.repeat(5) + 'نهاية.';
    const n = occurrences(text, 'مهمة');
    expect(n).toBe(5);
    const seen = new Set<string>();
    for (let k = 0; k < n; k++) {
      const start = cpIndexOf(text, 'مهمة', k);
      const { quote } = expectConsistent(text, start, start + 4);
      const whole = quote.prefix + quote.exact + quote.suffix;
      expect(occurrences(text, whole), `occurrence ${k}`).toBe(1);
      expect(cpIndexOf(text, whole) + cpLength(quote.prefix)).toBe(start);
      seen.add(whole);
    }
    expect(seen.size).toBe(n);
  });

  it('stops growing at the whole text when the text is nothing but repetitions', () => {
    const text = 'مهمة '.repeat(100);
    const start = 5 * 50;
    const { quote } = expectConsistent(text, start, start + 4);
    expect(quote.prefix + quote.exact + quote.suffix).toBe(text);
  });

  it('grows no further than 256 code points each side, however long the repetition (the position tells the copies apart)', () => {
    const text = 'مهمة '.repeat(40_000);
    const start = 5 * 20_000;
    const { quote, position } = expectConsistent(text, start, start + 4);
    expect(cpLength(quote.prefix)).toBe(256);
    expect(cpLength(quote.suffix)).toBe(256);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 4 });
  });

  it('counts positions and context in code points when an emoji comes before the span', () => {
    const text = '😀 وثائق مهمة';
    const target = expectConsistent(text, 2, 7);
    expect(target.quote).toEqual({ type: 'TextQuoteSelector', exact: 'وثائق', prefix: '😀 ', suffix: ' مهمة' });
    expect(target.position).toEqual({ type: 'TextPositionSelector', start: 2, end: 7 });
  });

  it('takes 32 code points of prefix through emoji without splitting a surrogate pair', () => {
    const lead = 'Officials met on Monday in Pyongyang. 😀😀 🇸🇦 The ministry said ';
    const text = lead + 'very important documents would be signed during the visit.';
    const start = cpLength(lead);
    const end = start + cpLength('very important documents');
    const { quote } = expectConsistent(text, start, end);
    expect(quote.exact).toBe('very important documents');
    expect(cpLength(quote.prefix)).toBe(CONTEXT);
    expect(quote.prefix.length).toBeGreaterThan(CONTEXT); // the emoji take two units each
    expect(quote.prefix.endsWith('😀😀 🇸🇦 The ministry said ')).toBe(true);
    expect(/^[\uDC00-\uDFFF]/.test(quote.prefix)).toBe(false);
  });

  it('puts an emoji inside the span in the exact text', () => {
    const text = 'قال المتحدث 👍🏽 إن الوثائق مهمة';
    const start = 4;
    const end = cpLength(text);
    const { quote, position } = expectConsistent(text, start, end);
    expect(quote.exact).toBe('المتحدث 👍🏽 إن الوثائق مهمة');
    expect(quote.prefix).toBe('قال ');
    expect(quote.suffix).toBe('');
    expect(position.end).toBe(text.length - 2);
  });
});
