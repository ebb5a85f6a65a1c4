import { describe, expect, it } from 'vitest';
import { suggestClaims, type Suggestion } from './suggest.ts';

/** Shapes the engine missed on the unseen health-ar set (tests/fixtures/suggestions/), written as general cases. */

const ar = (...paragraphs: string[]) => suggestClaims(paragraphs, 'ar');
const brief = (s: Suggestion) => ({ quote: s.quote, source: s.source, kind: s.kind });

describe('Arabic shapes: second complements, two-part cues, passives', () => {
  it('"إن ...، وإن ..." of one verb is two claims of the same source', () => {
    expect(ar('وقال مدير المستشفى إن الأسرّة امتلأت بالكامل، وإن المستشفى نصب خياما في الساحة.').map(brief)).toEqual([
      { quote: 'الأسرّة امتلأت بالكامل', source: 'مدير المستشفى', kind: 'attributed' },
      { quote: 'المستشفى نصب خياما في الساحة', source: 'مدير المستشفى', kind: 'attributed' },
    ]);
  });

  it('a verbal noun after عدم is not a cue, and an aside between commas does not push أن out of reach', () => {
    expect(ar('وأوضحت ممرضة في قسم الطوارئ، طلبت عدم ذكر اسمها، أن الطاقم يعمل ورديات تمتد 16 ساعة.').map(brief)).toEqual([
      { quote: 'الطاقم يعمل ورديات تمتد 16 ساعة', source: 'ممرضة في قسم الطوارئ', kind: 'attributed' },
    ]);
  });

  it('an indefinite source keeps the في phrase that says who it is; a definite one does not', () => {
    expect(ar('وقال مسؤول في الوزارة إن المخزون نفد.')[0]!.source).toBe('مسؤول في الوزارة');
    expect(ar('وقال الوزير في بيان إن المخزون نفد.')[0]!.source).toBe('الوزير');
  });

  it('حمّل X مسؤولية Y is an accusation: subject, then the object; a participle after it keeps that subject', () => {
    expect(ar('من ناحيتها، حمّلت المعارضة الحكومة مسؤولية تفشي الوباء، معتبرة أن تأخر الإصلاح «كارثة».').map(brief)).toEqual([
      { quote: 'الحكومة مسؤولية تفشي الوباء', source: 'المعارضة', kind: 'attributed' },
      { quote: 'تأخر الإصلاح «كارثة»', source: 'المعارضة', kind: 'attributed' },
    ]);
    expect(ar('وحمل المتظاهرون لافتات كتبت عليها شعارات.')).toEqual([]);
  });

  it('رد بأن is a reply, with the subject before it after لكن', () => {
    expect(ar('لكن المتحدث باسم الحكومة رد بأن الوزارات خصصت 15 مليون دولار للشبكة، مؤكدا أن الأعمال ستنتهي قبل الشتاء.').map(brief)).toEqual([
      { quote: 'الوزارات خصصت 15 مليون دولار للشبكة', source: 'المتحدث باسم الحكومة', kind: 'attributed' },
      { quote: 'الأعمال ستنتهي قبل الشتاء', source: 'المتحدث باسم الحكومة', kind: 'attributed' },
    ]);
  });

  it('أظهر and خشي take أن; without it they are not speech', () => {
    expect(brief(ar('وأغلقت البلدية المطاعم بعد أن أظهرت فحوص أجرتها أن المياه المستخدمة فيها ملوثة.')[0]!)).toEqual({
      quote: 'المياه المستخدمة فيها ملوثة',
      source: 'فحوص أجرتها',
      kind: 'attributed',
    });
    expect(brief(ar('ويخشى أطباء من أن يؤدي اقتراب موسم الأمطار إلى تلوث الآبار.')[0]!)).toEqual({
      quote: 'يؤدي اقتراب موسم الأمطار إلى تلوث الآبار',
      source: 'أطباء',
      kind: 'attributed',
    });
    expect(ar('وأظهر اللاعب مستوى جيدا في المباراة.', 'ويخشى الأهالي الخروج ليلا.')).toEqual([]);
  });

  it('a passive cue (يُتوقع) names no one: "، بحسب X" after its content is its source, and the clause after that is not a claim', () => {
    const got = ar('وقال الطبيب إن الوضع صعب. ويُتوقع أن تصل شحنة من 500 ألف جرعة الأسبوع المقبل، بحسب مسؤول في الهلال الأحمر، على أن تبدأ حملة التطعيم في الأحياء.').map(brief);
    expect(got).toEqual([
      { quote: 'الوضع صعب', source: 'الطبيب', kind: 'attributed' },
      { quote: 'تصل شحنة من 500 ألف جرعة الأسبوع المقبل', source: 'مسؤول في الهلال الأحمر', kind: 'attributed' },
    ]);
  });

  it('a passive cue with no source named leaves an unattributed statement, checked as one', () => {
    const got = ar('وقال الوزير إن الأسعار ارتفعت. ويُعتقد أن ثلث الشركات تواجه خطر الإغلاق قبل نهاية عام 2025.').map(brief);
    expect(got).toEqual([
      { quote: 'الأسعار ارتفعت', source: 'الوزير', kind: 'attributed' },
      { quote: 'ويُعتقد أن ثلث الشركات تواجه خطر الإغلاق قبل نهاية عام 2025', source: '', kind: 'factual' },
    ]);
  });

  it('a damma marks the passive on a past verb and on a form I or V present, not on a form II–IV present (تُقدّر is active)', () => {
    expect(ar('وأُعلن أن المطار سيغلق 3 أيام منذ الاثنين.').map((s) => s.kind)).toEqual(['factual']);
    expect(ar('وتُقدّر منظمة الأغذية أن 1.2 مليون شخص يحتاجون إلى مساعدات.')[0]!.source).toBe('منظمة الأغذية');
  });

  it('"، بحسب X" after a content whose source is named does not take the clause after it', () => {
    expect(ar('وقال الوزير إن الأسعار ارتفعت، بحسب وكالة الأنباء، على أن تنخفض الشهر المقبل.').map(brief)).toEqual([
      { quote: 'الأسعار ارتفعت', source: 'الوزير', kind: 'attributed' },
    ]);
  });
});

/** Shapes the engine missed on the blind run of sport-ar, written as general cases. */
describe('Arabic shapes: pledges, addressees, names in quotes, verbal-noun objects', () => {
  it('تعهد بأن and نوّه إلى أن are cues; مذكّرا بأن continues the same source', () => {
    expect(brief(ar('وتعهد الوزير بأن تُنشر نتائج التحقيق كاملة.')[0]!)).toEqual({ quote: 'تُنشر نتائج التحقيق كاملة', source: 'الوزير', kind: 'attributed' });
    expect(ar('ونوّه الاتحاد إلى أن أي تدخل حكومي قد يعرّضه للإيقاف، مذكّرا بأنه أوقف اتحادين خلال العامين الماضيين.').map(brief)).toEqual([
      { quote: 'أي تدخل حكومي قد يعرّضه للإيقاف', source: 'الاتحاد', kind: 'attributed' },
      { quote: 'أوقف اتحادين خلال العامين الماضيين', source: 'الاتحاد', kind: 'attributed' },
    ]);
    expect(ar('ووقع الطرفان مذكرة تفاهم بأن يتعاونا.').filter((s) => s.kind === 'attributed')).toEqual([]);
  });

  it('a short name in quotation marks inside an adjunct is not quoted speech', () => {
    expect(brief(ar('ونوّه الاتحاد الدولي، في رسالة اطلعت عليها «الرأي»، إلى أن الإيقاف وارد.')[0]!)).toEqual({ quote: 'الإيقاف وارد', source: 'الاتحاد الدولي', kind: 'attributed' });
  });

  it('who is spoken to (لقناة، لـ«الرأي»، للصحفيين) is not the source', () => {
    expect(ar('وأكد المدير أن الحسابات سليمة. وقال لقناة محلية: «كنت أتلقى التعليمات من الرئيس».')[1]!.source).toBe('المدير');
    expect(ar('وقال لـ«الرأي» مسؤول في الوزارة إن العقود ألغيت.')[0]!.source).toBe('مسؤول في الوزارة');
    expect(ar('وقالت لجنة التحقيق إن العقود ألغيت.')[0]!.source).toBe('لجنة التحقيق');
  });

  it('a dropped subject with a verbal noun for object: the object is the claim, the last source says it', () => {
    expect(ar('وقال الوزير إن التحقيق مستمر، وأعلن تعليق صرف الدعم للاتحاد حتى إشعار آخر.').map(brief)).toEqual([
      { quote: 'التحقيق مستمر', source: 'الوزير', kind: 'attributed' },
      { quote: 'تعليق صرف الدعم للاتحاد حتى إشعار آخر', source: 'الوزير', kind: 'attributed' },
    ]);
  });
});
