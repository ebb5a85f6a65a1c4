import { describe, expect, it } from 'vitest';
import { suggestClaims, type Suggestion } from './suggest.ts';

const ar = (...paragraphs: string[]) => suggestClaims(paragraphs, 'ar');
const brief = (s: Suggestion) => ({ quote: s.quote, source: s.source, kind: s.kind });

describe('Arabic attributed claims', () => {
  it('verb first, with a clitic and a feminine verb: the source after the verb, the content after أن', () => {
    const [s] = ar('وأكدت وزارة الصحة أن عدد الإصابات ارتفع إلى 120 حالة.');
    expect(brief(s!)).toEqual({ quote: 'عدد الإصابات ارتفع إلى 120 حالة', source: 'وزارة الصحة', kind: 'attributed' });
    expect(s!.cue).toBe('وأكدت');
  });

  it('a plural present verb, and adjuncts between the source and إن', () => {
    const [s] = ar('ويقول المزارعون في الجنوب منذ أشهر إن المحصول تراجع إلى النصف.');
    expect(brief(s!)).toEqual({ quote: 'المحصول تراجع إلى النصف', source: 'المزارعون', kind: 'attributed' });
  });

  it('a dropped subject takes the last source named ("وقالت إن")', () => {
    const [, second] = ar('اتهمت النقابة الشركة بخفض الأجور، وقالت إن 300 عامل فقدوا وظائفهم.');
    expect(brief(second!)).toEqual({ quote: '300 عامل فقدوا وظائفهم', source: 'النقابة', kind: 'attributed' });
  });

  it('an object after اتهم starts the content, and the subject ends before it', () => {
    const [s] = ar('واتهمت المعارضة الحكومة بتزوير نتائج الانتخابات.');
    expect(brief(s!)).toEqual({ quote: 'الحكومة بتزوير نتائج الانتخابات', source: 'المعارضة', kind: 'attributed' });
  });

  it('"بحسب X،" at the start of a sentence: the main clause after the comma is the content', () => {
    const [s] = ar('وبحسب الكرملين، سيتم التوقيع على وثائق مهمة خلال الزيارة.');
    expect(brief(s!)).toEqual({ quote: 'سيتم التوقيع على وثائق مهمة خلال الزيارة', source: 'الكرملين', kind: 'attributed' });
    expect(s!.cue).toBe('وبحسب');
  });

  it('"، بحسب X" and "، بحسب ما أفاد X" after the content', () => {
    const [a] = ar('توفي 12 شخصا في انهيار المبنى، بحسب الدفاع المدني.');
    expect(brief(a!)).toEqual({ quote: 'توفي 12 شخصا في انهيار المبنى', source: 'الدفاع المدني', kind: 'attributed' });
    const [b] = ar('وستغلق المدارس يومين، بحسب ما أفادت وزارة التربية.');
    expect(brief(b!)).toEqual({ quote: 'وستغلق المدارس يومين', source: 'وزارة التربية', kind: 'attributed' });
  });

  it('"وفقا لـ" drops the preposition ل from the source', () => {
    const [s] = ar('ووفقا لبيانات البنك المركزي، فإن التضخم بلغ 9 في المئة.');
    expect(brief(s!)).toEqual({ quote: 'التضخم بلغ 9 في المئة', source: 'بيانات البنك المركزي', kind: 'attributed' });
  });

  it('quoted speech in Arabic, Latin and curly quotation marks keeps its marks', () => {
    expect(ar('وقال الوزير: «لن نرفع أسعار الوقود».')[0]!.quote).toBe('«لن نرفع أسعار الوقود»');
    expect(ar('وأعلن كيم أن العلاقة هي "الأولوية القصوى" لبلاده.')[0]!.quote).toBe('العلاقة هي "الأولوية القصوى" لبلاده');
    expect(ar('وصرح المتحدث أن “الاتفاق انتهى” رسميا.')[0]!.quote).toBe('“الاتفاق انتهى” رسميا');
  });

  it('an apposition between commas belongs to the source; a weekday there does not', () => {
    const [s] = ar('وأشار يوري أوشاكوف، المستشار الدبلوماسي لبوتين، إلى التوقيع على وثائق مهمة.');
    expect(brief(s!)).toEqual({ quote: 'التوقيع على وثائق مهمة', source: 'يوري أوشاكوف، المستشار الدبلوماسي لبوتين', kind: 'attributed' });
    expect(ar('أعلنت الوزارة، الثلاثاء، أن المخزون نفد.')[0]!.source).toBe('الوزارة');
  });

  it('two attributions in one sentence end each other; a participle continues the same source', () => {
    const got = ar('وتزعم الدول الغربية أن كوريا زودت روسيا بالذخائر، واتهم البنتاجون موسكو باستخدام الصواريخ، مضيفا أن الأدلة قاطعة.').map(brief);
    expect(got).toEqual([
      { quote: 'كوريا زودت روسيا بالذخائر', source: 'الدول الغربية', kind: 'attributed' },
      { quote: 'موسكو باستخدام الصواريخ', source: 'البنتاجون', kind: 'attributed' },
      { quote: 'الأدلة قاطعة', source: 'البنتاجون', kind: 'attributed' },
    ]);
  });

  it('a subject written before the verb ("غير أن الشركة ادعت أن")', () => {
    expect(brief(ar('غير أن الشركة ادعت في بيان أن القرار لم يتخذ بعد.')[0]!)).toEqual({ quote: 'القرار لم يتخذ بعد', source: 'الشركة', kind: 'attributed' });
  });

  it('relayed speech names the person quoted, not the agency (نقل ... عن, نسب ... إلى)', () => {
    expect(ar('ونقلت الوكالة عن مسؤول قوله إن المطار سيغلق غدا.')[0]!.source).toBe('مسؤول');
    expect(brief(ar('ونسبت صحيفة «المساء» إلى مصدر حكومي قوله إن العجز سيتجاوز 7 في المئة.')[0]!)).toEqual({
      quote: 'العجز سيتجاوز 7 في المئة',
      source: 'مصدر حكومي',
      kind: 'attributed',
    });
  });

  it('a subject before the verb after "غير أن", and the pluperfect "وكان X قد أعلن"', () => {
    const [first, second] = ar('وأفادت مصادر بأن الحكومة تدرس رفع الأسعار، غير أن وزارة الطاقة نفت وجود أي قرار بهذا الشأن.');
    expect(brief(first!)).toEqual({ quote: 'الحكومة تدرس رفع الأسعار', source: 'مصادر', kind: 'attributed' });
    expect(brief(second!)).toEqual({ quote: 'وجود أي قرار بهذا الشأن', source: 'وزارة الطاقة', kind: 'attributed' });
    expect(ar('وكان المحافظ قد أعلن أن البنك لن يخفض الفائدة.')[0]!.source).toBe('المحافظ');
  });

  it('a cue inside a reported content is part of it, not a new attribution', () => {
    expect(ar('وقال الوزير إن الحكومة تتوقع عودة النمو قريبا.').map(brief)).toEqual([{ quote: 'الحكومة تتوقع عودة النمو قريبا', source: 'الوزير', kind: 'attributed' }]);
  });

  it('"فيما" + a cue starts a new attribution', () => {
    const got = ar('ورأى النائب أن الحكومة أهدرت عقدا كاملا، فيما اعتبر رئيس الوزراء أن الانتقادات مبالغ فيها.').map(brief);
    expect(got).toEqual([
      { quote: 'الحكومة أهدرت عقدا كاملا', source: 'النائب', kind: 'attributed' },
      { quote: 'الانتقادات مبالغ فيها', source: 'رئيس الوزراء', kind: 'attributed' },
    ]);
  });

  it('نفى takes أن or the thing denied, but not a back-reference ("هذه الاتهامات")', () => {
    expect(ar('ونفت الوزارة هذه الاتهامات.')).toEqual([]);
    expect(ar('ونفى الجيش وقوع أي إصابات في صفوفه.')[0]!.quote).toBe('وقوع أي إصابات في صفوفه');
  });

  it('وصف X Y بأنه ...: the thing described and the description', () => {
    expect(brief(ar('ووصف رئيس الاتحاد الوضع بأنه «الأصعب منذ عقدين».')[0]!)).toEqual({ quote: 'الوضع بأنه «الأصعب منذ عقدين»', source: 'رئيس الاتحاد', kind: 'attributed' });
  });

  it('suggests nothing for a cue without content, praise, or a sentence with nothing checkable', () => {
    expect(ar('وقال الرجل كلاما كثيرا.', 'وأشاد الزعيمان بعلاقات بلديهما.', 'وقف الاثنان أمام باب السيارة لفترة طويلة.')).toEqual([]);
  });
});
