import { describe, it, expect } from 'vitest';
import { applyOperation, claimsInReadingOrder, type ApplyResult, type OpContext, type Operation, type WorkspaceState } from './apply.ts';
import { bodyText } from '../domain/article.ts';
import { ClaimSchema, type Article, type Claim } from '../domain/schemas.ts';
import { LIMITS } from '../limits.ts';
import { ERROR_MESSAGES, type ErrorCode } from '../protocol/errors.ts';
import type { ClaimCreateInput } from '../protocol/payloads.ts';
import { cpLength } from '../text/codepoints.ts';

// Paragraphs of the seed article, character for character.
const P1 =
  'وتعد هذه الزيارة هي الأولى منذ 24 عاما، وتستمر على مدار يومين في إشارة إلى شراكة موسكو المتنامية مع الدولة المسلحة نوويا. وبحسب الكرملين، سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة، ومن المحتمل أن تشمل اتفاقية “شراكة استراتيجية شاملة”.';
const P2 =
  'وتزعم الدول الغربية أن كوريا الشمالية زودت روسيا بكميات كبيرة من الذخائر من مخزونها الضخم، واتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا.';
const P3 =
  'وظلت زيارة بوتين إلى كوريا الشمالية في طي الكتمان حتى وقت قريب. وتمثل هذه الرحلة زيارته الثانية للبلاد، حيث كانت أول زيارة له قبل حوالي 25 عامًا، بعد وقت قصير من وصوله إلى السلطة للقاء والد كيم جونغ أون، كيم جونغ إيل.';

const STAMP = '2024-07-04T01:32:00.000Z';

const AR: Article = {
  id: 'putin-visit',
  title: 'قبل توقيع وثائق مهمة.. مشهد لا ينسى بين بوتين وكيم جونغ في كوريا الشمالية',
  byline: 'أحمد سعد قاسم',
  dateline: 'الخميس، 04 يوليو 2024',
  lang: 'ar',
  dir: 'rtl',
  body: [P1, P2, P3],
  revision: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
};

const EN: Article = {
  id: 'en-brief',
  title: 'Briefing',
  byline: 'Desk',
  dateline: '2024-06-19',
  lang: 'en',
  dir: 'ltr',
  body: ['Officials met on Monday. 😀 The Kremlin said very important documents would be signed.', 'A second 🇰🇵 paragraph.'],
  revision: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
};

/** Long enough to hold a span of more than LIMITS.quote code points. */
const LONG: Article = { ...AR, id: 'long', body: Array.from({ length: 30 }, () => P1) };

/** An article with a tanween (عامًا) and a right-to-left mark, each selectable alone. */
const LONE_MARKS: Article = { ...AR, id: 'marks', body: ['قبل حوالي 25 عامًا\u200F، بعد وقت قصير'] };

const AR_TEXT = bodyText(AR.body);
const EN_TEXT = bodyText(EN.body);

const layla: OpContext = { actor: 'Layla', actorId: 'u-layla', now: '2024-07-04T10:00:00.000Z' };
const omar: OpContext = { actor: 'Omar', actorId: 'u-omar', now: '2024-07-04T10:05:00.000Z' };
const sara: OpContext = { actor: 'Sara', actorId: null, now: '2024-07-04T10:09:00.000Z' };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

const snapshot = (state: WorkspaceState): string => JSON.stringify(state);

function emptyState(): WorkspaceState {
  return deepFreeze({ articles: { [AR.id]: AR, [EN.id]: EN, [LONG.id]: LONG }, claims: {}, comments: {} });
}

type Ok = Extract<ApplyResult, { ok: true }>;
type Err = Extract<ApplyResult, { ok: false }>;

function expectOk(result: ApplyResult): Ok {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result;
}

function expectError(result: ApplyResult, code: ErrorCode): Err {
  if (result.ok) throw new Error(`expected ${code}, but the operation succeeded`);
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(0);
  return result;
}

/** Code point offsets of the `nth` occurrence of `needle` in `text`. */
function span(text: string, needle: string, nth = 0): { start: number; end: number } {
  let u = text.indexOf(needle);
  for (let k = 0; k < nth; k++) u = text.indexOf(needle, u + 1);
  if (u === -1) throw new Error(`"${needle}" not in text`);
  const start = cpLength(text.slice(0, u));
  return { start, end: start + cpLength(needle) };
}

/** Applies an operation to a frozen state and checks the state was left untouched. */
function apply(state: WorkspaceState, op: Operation, ctx: OpContext = layla): ApplyResult {
  deepFreeze(state);
  const before = snapshot(state);
  const result = applyOperation(state, op, ctx);
  expect(snapshot(state)).toBe(before);
  if (result.ok) deepFreeze(result.state);
  return result;
}

const createOp = (id: string, input: ClaimCreateInput): Operation => ({ type: 'claim:create', id, input });

/** A state holding one claim on "وثائق مهمة للغاية" (version 1), created by Layla. */
function withOneClaim(): { state: WorkspaceState; claim: Claim } {
  const r = expectOk(
    apply(emptyState(), createOp('c1', { articleId: AR.id, target: span(AR_TEXT, 'وثائق مهمة للغاية') })),
  );
  return { state: r.state, claim: r.claim };
}

describe('claim:create', () => {
  it('fills the quote and context from the article text and sets defaults', () => {
    const state = emptyState();
    const target = span(AR_TEXT, 'وثائق مهمة للغاية');
    const r = expectOk(apply(state, createOp('c1', { articleId: AR.id, target })));
    expect(r.changed).toBe(true);
    expect(r.claim).toEqual({
      id: 'c1',
      articleId: AR.id,
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'وثائق مهمة للغاية',
          prefix: AR_TEXT.slice(target.start - LIMITS.quoteContext, target.start),
          suffix: AR_TEXT.slice(target.end, target.end + LIMITS.quoteContext),
        },
        position: { type: 'TextPositionSelector', ...target },
      },
      status: 'unreviewed',
      summary: '',
      attributedTo: '',
      note: '',
      assigneeId: null,
      evidence: [],
      orphaned: false,
      createdBy: 'Layla',
      createdById: 'u-layla',
      createdAt: layla.now,
      updatedBy: 'Layla',
      updatedById: 'u-layla',
      updatedAt: layla.now,
      version: 1,
      fieldVersions: { status: 1, summary: 1, attributedTo: 1, note: 1, assigneeId: 1, explanation: 1, rating: 1, review: 1 },
      deleted: null,
      explanation: '',
      rating: null,
      review: 'none',
      approval: null,
    });
    expect(r.state.claims['c1']).toBe(r.claim);
    expect(r.state.articles).toBe(state.articles);
    expect(state.claims).toEqual({});
    // The server stores what apply returns and parses it back at start.
    expect(ClaimSchema.parse(r.claim)).toEqual(r.claim);
  });

  it('keeps the fields given at creation', () => {
    const r = expectOk(
      apply(
        emptyState(),
        createOp('c2', {
          articleId: AR.id,
          target: span(AR_TEXT, 'واتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا'),
          status: 'attributed',
          summary: 'The Pentagon accused Moscow of using North Korean missiles',
          attributedTo: 'البنتاجون',
          note: 'Source: Pentagon briefing',
        }),
      ),
    );
    expect(r.claim).toMatchObject({
      status: 'attributed',
      summary: 'The Pentagon accused Moscow of using North Korean missiles',
      attributedTo: 'البنتاجون',
      note: 'Source: Pentagon briefing',
      version: 1,
    });
  });

  it('keeps the tanween in an Arabic quote', () => {
    const r = expectOk(apply(emptyState(), createOp('c3', { articleId: AR.id, target: span(AR_TEXT, 'قبل حوالي 25 عامًا') })));
    expect(r.claim.target.quote.exact).toBe('قبل حوالي 25 عامًا');
  });

  it('counts positions in code points when an emoji comes before the phrase', () => {
    const target = span(EN_TEXT, 'very important documents');
    // The emoji is two UTF-16 units but one code point.
    expect(target.start).toBe(EN_TEXT.indexOf('very important documents') - 1);
    const r = expectOk(apply(emptyState(), createOp('e1', { articleId: EN.id, target })));
    expect(r.claim.target.quote.exact).toBe('very important documents');
    expect(r.claim.target.position).toEqual({ type: 'TextPositionSelector', ...target });
    expect(cpLength(r.claim.target.quote.prefix)).toBe(LIMITS.quoteContext);
    expect(r.claim.target.quote.prefix.endsWith('😀 The Kremlin said ')).toBe(true);

    const second = span(EN_TEXT, 'paragraph');
    const r2 = expectOk(apply(r.state, createOp('e2', { articleId: EN.id, target: second })));
    expect(r2.claim.target.quote.exact).toBe('paragraph');
  });

  it('creates a claim that spans the paragraph separator', () => {
    const tail = 'في أوكرانيا.';
    const head = 'وظلت زيارة بوتين';
    const start = span(AR_TEXT, tail).start;
    const end = span(AR_TEXT, head).end;
    const r = expectOk(apply(emptyState(), createOp('x1', { articleId: AR.id, target: { start, end } })));
    expect(r.claim.target.quote.exact).toBe(`${tail}\n\n${head}`);
    expect(r.claim.target.position).toMatchObject({ start, end });
  });

  it('accepts a claim covering the whole text and one ending exactly at its end', () => {
    const whole = expectOk(apply(emptyState(), createOp('w', { articleId: AR.id, target: { start: 0, end: cpLength(AR_TEXT) } })));
    expect(whole.claim.target.quote).toMatchObject({ exact: AR_TEXT, prefix: '', suffix: '' });
    const last = cpLength(EN_TEXT);
    const end = expectOk(apply(emptyState(), createOp('z', { articleId: EN.id, target: { start: last - 10, end: last } })));
    expect(end.claim.target.quote.exact).toBe('paragraph.');
    expect(end.claim.target.quote.suffix).toBe('');
  });

  it('refuses an unknown article with not_found', () => {
    const state = emptyState();
    for (const articleId of ['no-such-article', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expectError(apply(state, createOp('c1', { articleId, target: { start: 0, end: 4 } })), 'not_found');
    }
  });

  it('refuses a range ending beyond the text with range_out_of_bounds', () => {
    const state = emptyState();
    const n = cpLength(AR_TEXT);
    expectError(apply(state, createOp('c1', { articleId: AR.id, target: { start: n - 4, end: n + 1 } })), 'range_out_of_bounds');
    expectError(apply(state, createOp('c1', { articleId: AR.id, target: { start: n + 5, end: n + 9 } })), 'range_out_of_bounds');
    // The bound is in code points: the English text is two UTF-16 units per emoji longer.
    const m = cpLength(EN_TEXT);
    expect(EN_TEXT.length).toBe(m + 3);
    expectError(apply(state, createOp('c1', { articleId: EN.id, target: { start: m - 3, end: m + 1 } })), 'range_out_of_bounds');
  });

  it('refuses a range holding only whitespace with empty_range', () => {
    const state = emptyState();
    const sep = cpLength(P1);
    expect(AR_TEXT.slice(sep, sep + 2)).toBe('\n\n');
    expectError(apply(state, createOp('c1', { articleId: AR.id, target: { start: sep, end: sep + 2 } })), 'empty_range');
    expectError(apply(state, createOp('c1', { articleId: AR.id, target: { start: sep + 1, end: sep + 2 } })), 'empty_range');
    const space = span(AR_TEXT, ' ').start;
    expectError(apply(state, createOp('c1', { articleId: AR.id, target: { start: space, end: space + 1 } })), 'empty_range');
  });

  it('refuses a range holding only a diacritic or an invisible mark with empty_range', () => {
    const state = emptyState();
    const text = bodyText(LONE_MARKS.body);
    for (const mark of ['\u064B', '\u200F']) {
      const at = text.indexOf(mark);
      expect(at).toBeGreaterThan(0);
      expectError(
        apply({ ...state, articles: { ...state.articles, [LONE_MARKS.id]: LONE_MARKS } }, createOp('c1', { articleId: LONE_MARKS.id, target: { start: at, end: at + 1 } })),
        'empty_range',
      );
    }
  });

  it(`refuses a span longer than LIMITS.quote (${LIMITS.quote}) code points`, () => {
    const state = emptyState();
    expect(cpLength(bodyText(LONG.body))).toBeGreaterThan(LIMITS.quote + 10);
    expectError(
      apply(state, createOp('c1', { articleId: LONG.id, target: { start: 0, end: LIMITS.quote + 1 } })),
      'range_out_of_bounds',
    );
    expectError(
      apply(state, createOp('c1', { articleId: LONG.id, target: { start: 7, end: 8 + LIMITS.quote } })),
      'range_out_of_bounds',
    );
    const atLimit = expectOk(apply(state, createOp('c1', { articleId: LONG.id, target: { start: 7, end: 7 + LIMITS.quote } })));
    expect(cpLength(atLimit.claim.target.quote.exact)).toBe(LIMITS.quote);
  });

  it('refuses an id that is already taken, even by a deleted claim', () => {
    const { state } = withOneClaim();
    const input = { articleId: AR.id, target: span(AR_TEXT, 'شراكة موسكو') };
    expectError(apply(state, createOp('c1', input)), 'invalid_payload');
    const deleted = expectOk(apply(state, { type: 'claim:delete', input: { id: 'c1' } }));
    expectError(apply(deleted.state, createOp('c1', input)), 'invalid_payload');
    expect(deleted.state.claims['c1']!.target.quote.exact).toBe('وثائق مهمة للغاية');
  });
});

describe('claim:update', () => {
  it('changes the given fields, bumps the version and the changed fields only', () => {
    const { state } = withOneClaim();
    const r = expectOk(
      apply(state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'attributed', attributedTo: 'الكرملين' } } }, omar),
    );
    expect(r.changed).toBe(true);
    expect(r.claim).toMatchObject({
      id: 'c1',
      status: 'attributed',
      attributedTo: 'الكرملين',
      summary: '',
      note: '',
      version: 2,
      fieldVersions: { status: 2, attributedTo: 2, summary: 1, note: 1 },
      createdBy: 'Layla',
      createdAt: layla.now,
      updatedBy: 'Omar',
      updatedAt: omar.now,
    });
    expect(r.claim.target).toEqual(state.claims['c1']!.target);
    expect(r.state.claims['c1']).toBe(r.claim);
    // The old state still holds the old claim.
    expect(state.claims['c1']!.status).toBe('unreviewed');
    expect(state.claims['c1']!.version).toBe(1);
    expect(ClaimSchema.parse(r.claim)).toEqual(r.claim);
  });

  it('returns changed:false and the same state when nothing differs', () => {
    const { state, claim } = withOneClaim();
    const r = expectOk(apply(state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'unreviewed', summary: '' } } }, omar));
    expect(r.changed).toBe(false);
    expect(r.state).toBe(state);
    expect(r.claim).toBe(claim);
    expect(r.claim.updatedBy).toBe('Layla');
  });

  it('only bumps the fields whose value really changed', () => {
    const { state } = withOneClaim();
    const r = expectOk(apply(state, { type: 'claim:update', input: { id: 'c1', changes: { status: 'unreviewed', note: 'checked wire copy' } } }));
    expect(r.claim.version).toBe(2);
    expect(r.claim.fieldVersions).toEqual({ status: 1, summary: 1, attributedTo: 1, note: 2, assigneeId: 1, explanation: 1, rating: 1, review: 1 });
  });

  it('refuses a stale change to a field someone else changed since, returning the current claim', () => {
    const { state } = withOneClaim();
    const first = expectOk(apply(state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'verified' } } }, omar));
    const r = expectError(
      apply(first.state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'disputed' } } }, sara),
      'conflict',
    );
    expect(r.current).toBe(first.claim);
    expect(r.current?.status).toBe('verified');
    expect(r.error.message).toBe(ERROR_MESSAGES.conflict);
    expect(first.state.claims['c1']!.status).toBe('verified');

    // A change that also touches a free field is refused as a whole.
    expectError(
      apply(first.state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'disputed', note: 'n' } } }, sara),
      'conflict',
    );
    // Based on the current version, the same change goes through.
    const retry = expectOk(
      apply(first.state, { type: 'claim:update', input: { id: 'c1', baseVersion: 2, changes: { status: 'disputed' } } }, sara),
    );
    expect(retry.claim).toMatchObject({ status: 'disputed', version: 3, updatedBy: 'Sara' });
  });

  it('merges a stale change to a different field', () => {
    const { state } = withOneClaim();
    const first = expectOk(apply(state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'verified' } } }, omar));
    const r = expectOk(
      apply(first.state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { summary: 'Kremlin: very important documents' } } }, sara),
    );
    expect(r.claim).toMatchObject({
      status: 'verified',
      summary: 'Kremlin: very important documents',
      version: 3,
      fieldVersions: { status: 2, summary: 3, attributedTo: 1, note: 1 },
      updatedBy: 'Sara',
    });
  });

  it('accepts a stale change that sets a field to the value it already has, without changing anything', () => {
    const { state } = withOneClaim();
    const first = expectOk(apply(state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'verified' } } }, omar));
    const r = expectOk(apply(first.state, { type: 'claim:update', input: { id: 'c1', baseVersion: 1, changes: { status: 'verified' } } }, sara));
    expect(r.changed).toBe(false);
    expect(r.state).toBe(first.state);
  });

  it('applies a change without baseVersion unconditionally', () => {
    const { state } = withOneClaim();
    const first = expectOk(apply(state, { type: 'claim:update', input: { id: 'c1', changes: { status: 'verified' } } }, omar));
    const r = expectOk(apply(first.state, { type: 'claim:update', input: { id: 'c1', changes: { status: 'disputed' } } }, sara));
    expect(r.claim).toMatchObject({ status: 'disputed', version: 3, fieldVersions: { status: 3 } });
  });

  it('refuses a baseVersion newer than the claim with invalid_payload', () => {
    const { state } = withOneClaim();
    expectError(apply(state, { type: 'claim:update', input: { id: 'c1', baseVersion: 2, changes: { status: 'verified' } } }), 'invalid_payload');
  });

  it('refuses an unknown id with not_found', () => {
    const { state } = withOneClaim();
    for (const id of ['c404', 'toString', 'constructor', '__proto__']) {
      expectError(apply(state, { type: 'claim:update', input: { id, changes: { status: 'verified' } } }), 'not_found');
    }
  });
});

describe('claim:delete and claim:restore', () => {
  it('marks the claim deleted, keeps it in state and bumps its version', () => {
    const { state } = withOneClaim();
    const r = expectOk(apply(state, { type: 'claim:delete', input: { id: 'c1' } }, omar));
    expect(r.changed).toBe(true);
    expect(r.claim).toMatchObject({ id: 'c1', deleted: { by: 'Omar', at: omar.now }, version: 2, updatedBy: 'Omar' });
    expect(r.state.claims['c1']).toBe(r.claim);
    expect(state.claims['c1']!.deleted).toBeNull();
    expect(ClaimSchema.parse(r.claim)).toEqual(r.claim);
  });

  it('treats a deleted claim as gone for update and delete', () => {
    const { state } = withOneClaim();
    const deleted = expectOk(apply(state, { type: 'claim:delete', input: { id: 'c1' } }, omar)).state;
    expectError(apply(deleted, { type: 'claim:update', input: { id: 'c1', changes: { status: 'verified' } } }), 'not_found');
    expectError(apply(deleted, { type: 'claim:delete', input: { id: 'c1' } }), 'not_found');
    expectError(apply(deleted, { type: 'claim:delete', input: { id: 'c404' } }), 'not_found');
  });

  it('restores a deleted claim with the same id, fields and a bumped version', () => {
    const { state } = withOneClaim();
    const edited = expectOk(apply(state, { type: 'claim:update', input: { id: 'c1', changes: { summary: 'documents' } } })).state;
    const deleted = expectOk(apply(edited, { type: 'claim:delete', input: { id: 'c1' } }, omar)).state;
    const r = expectOk(apply(deleted, { type: 'claim:restore', input: { id: 'c1' } }, sara));
    expect(r.changed).toBe(true);
    expect(r.claim).toMatchObject({ id: 'c1', deleted: null, summary: 'documents', version: 4, updatedBy: 'Sara' });
    expect(r.claim.target).toEqual(state.claims['c1']!.target);
    expect(r.claim.createdBy).toBe('Layla');
    // It is live again.
    const u = expectOk(apply(r.state, { type: 'claim:update', input: { id: 'c1', baseVersion: 4, changes: { status: 'verified' } } }));
    expect(u.claim.version).toBe(5);
  });

  it('restoring a live claim changes nothing; restoring an unknown id is not_found', () => {
    const { state } = withOneClaim();
    const r = expectOk(apply(state, { type: 'claim:restore', input: { id: 'c1' } }));
    expect(r.changed).toBe(false);
    expect(r.state).toBe(state);
    expectError(apply(state, { type: 'claim:restore', input: { id: 'c404' } }), 'not_found');
    expectError(apply(state, { type: 'claim:restore', input: { id: 'toString' } }), 'not_found');
  });
});

describe('state is never mutated', () => {
  it('leaves a deep-frozen state untouched through a sequence of operations and errors', () => {
    let state = emptyState();
    const history: { state: WorkspaceState; json: string }[] = [];
    const ops: [Operation, OpContext][] = [
      [createOp('a', { articleId: AR.id, target: span(AR_TEXT, 'الأولى منذ 24 عاما') }), layla],
      [createOp('b', { articleId: EN.id, target: span(EN_TEXT, 'very important documents') }), omar],
      [{ type: 'claim:update', input: { id: 'a', baseVersion: 1, changes: { status: 'disputed', note: 'see P3: 25 years' } } }, omar],
      [{ type: 'claim:update', input: { id: 'a', baseVersion: 1, changes: { status: 'verified' } } }, sara], // conflict
      [createOp('c', { articleId: AR.id, target: { start: 0, end: 999_999 } }), sara], // out of bounds
      [{ type: 'claim:delete', input: { id: 'b' } }, sara],
      [{ type: 'claim:restore', input: { id: 'b' } }, layla],
    ];
    for (const [op, ctx] of ops) {
      history.push({ state, json: snapshot(state) });
      const r = apply(state, op, ctx);
      if (r.ok) state = r.state;
    }
    for (const { state: s, json } of history) expect(snapshot(s)).toBe(json);
    expect(Object.keys(state.claims).sort()).toEqual(['a', 'b']);
    expect(state.claims['a']).toMatchObject({ status: 'disputed', version: 2 });
    expect(state.claims['b']).toMatchObject({ deleted: null, version: 3 });
  });

  it('returns the error without a new state, so the caller keeps the old one', () => {
    const { state } = withOneClaim();
    const r = apply(state, createOp('c2', { articleId: AR.id, target: { start: 0, end: 10_000 } }));
    expect(r.ok).toBe(false);
    expect('state' in r).toBe(false);
  });
});

describe('claimsInReadingOrder', () => {
  function build(): WorkspaceState {
    let state = emptyState();
    const steps: [Operation, OpContext][] = [
      [createOp('mid-short', { articleId: AR.id, target: { start: 40, end: 50 } }), layla],
      [createOp('mid-long', { articleId: AR.id, target: { start: 40, end: 90 } }), layla],
      [createOp('late', { articleId: AR.id, target: span(AR_TEXT, 'كيم جونغ إيل') }), layla],
      [createOp('first', { articleId: AR.id, target: { start: 0, end: 4 } }), omar],
      [createOp('other-article', { articleId: EN.id, target: { start: 0, end: 9 } }), layla],
      [createOp('gone', { articleId: AR.id, target: { start: 5, end: 9 } }), layla],
      [{ type: 'claim:delete', input: { id: 'gone' } }, omar],
      [createOp('same-later', { articleId: AR.id, target: { start: 40, end: 50 } }), sara],
      [createOp('same-earlier', { articleId: AR.id, target: { start: 40, end: 50 } }), { actor: 'Ali', actorId: 'u-ali', now: '2024-07-04T09:00:00.000Z' }],
    ];
    for (const [op, ctx] of steps) state = expectOk(apply(state, op, ctx)).state;
    return state;
  }

  it('sorts an article’s live claims by start, then longer first, then oldest first', () => {
    const order = claimsInReadingOrder(Object.values(build().claims), AR.id).map((c) => c.id);
    expect(order).toEqual(['first', 'mid-long', 'same-earlier', 'mid-short', 'same-later', 'late']);
  });

  it('excludes deleted claims and claims of other articles', () => {
    const state = build();
    const ids = claimsInReadingOrder(Object.values(state.claims), AR.id).map((c) => c.id);
    expect(ids).not.toContain('gone');
    expect(ids).not.toContain('other-article');
    expect(claimsInReadingOrder(Object.values(state.claims), EN.id).map((c) => c.id)).toEqual(['other-article']);
    expect(claimsInReadingOrder(Object.values(state.claims), 'no-such-article')).toEqual([]);
  });

  it('without an article id lists the live claims of every article', () => {
    const ids = claimsInReadingOrder(Object.values(build().claims)).map((c) => c.id);
    expect(ids).toHaveLength(7);
    expect(ids).not.toContain('gone');
    expect(ids).toContain('other-article');
  });

  it('brings a restored claim back into the list', () => {
    const state = expectOk(apply(build(), { type: 'claim:restore', input: { id: 'gone' } })).state;
    const order = claimsInReadingOrder(Object.values(state.claims), AR.id).map((c) => c.id);
    expect(order.slice(0, 2)).toEqual(['first', 'gone']);
  });

  it('does not reorder the array it is given', () => {
    const claims = Object.values(build().claims);
    const before = claims.map((c) => c.id);
    claimsInReadingOrder(claims, AR.id);
    expect(claims.map((c) => c.id)).toEqual(before);
  });
});
