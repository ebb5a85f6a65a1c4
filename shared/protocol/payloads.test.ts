import { describe, it, expect } from 'vitest';
import type * as z from 'zod/mini';
import {
  ArticleJoinSchema,
  ClaimCreateSchema,
  ClaimIdSchema,
  ClaimUpdateSchema,
  EvidenceAddSchema,
  DisplayNameSchema,
  describeIssues,
} from './payloads.ts';
import { LIMITS } from '../limits.ts';
import { cpLength } from '../text/codepoints.ts';

const NOT_OBJECTS: unknown[] = [null, undefined, 'claim', 42, true, [], [{ id: 'c1' }]];

/** Parses and returns the data, failing the test with the issues if refused. */
function accept<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`refused ${JSON.stringify(value)}: ${describeIssues(result.error)}`);
  return result.data;
}

/** Asserts the value is refused and returns the one-line description of why. */
function refuse(schema: z.ZodMiniType, value: unknown): string {
  const result = schema.safeParse(value);
  expect(result.success, `accepted ${JSON.stringify(value)}`).toBe(false);
  return result.success ? '' : describeIssues(result.error);
}

/** An Arabic text of exactly n code points. */
const arabic = (n: number) => 'وثائق مهمة للغاية '.repeat(Math.ceil(n / 18)).slice(0, n).replace(/ $/, 'ة');

const validCreate = { articleId: 'putin-visit', target: { start: 10, end: 25 } };
const validUpdate = { id: 'c_1', baseVersion: 3, changes: { status: 'verified' } };

describe('ClaimCreateSchema', () => {
  it('accepts a minimal claim and one with every field', () => {
    expect(accept(ClaimCreateSchema, validCreate)).toEqual(validCreate);
    const full = {
      ...validCreate,
      status: 'attributed',
      summary: 'الدول الغربية تزعم أن كوريا الشمالية زودت روسيا بالذخائر',
      attributedTo: 'الدول الغربية',
      note: 'Line one\n\tindented line two',
    };
    expect(accept(ClaimCreateSchema, full)).toEqual(full);
    expect(accept(ClaimCreateSchema, { ...validCreate, target: { start: 0, end: 1 } }).target).toEqual({
      start: 0,
      end: 1,
    });
  });

  it('refuses payloads that are not objects', () => {
    for (const value of NOT_OBJECTS) refuse(ClaimCreateSchema, value);
  });

  it('refuses a number or a malformed string as the article id', () => {
    refuse(ClaimCreateSchema, { ...validCreate, articleId: 7 });
    refuse(ClaimCreateSchema, { ...validCreate, articleId: '' });
    refuse(ClaimCreateSchema, { ...validCreate, articleId: '../db' });
    refuse(ClaimCreateSchema, { ...validCreate, articleId: 'a b' });
    refuse(ClaimCreateSchema, { ...validCreate, articleId: 'a'.repeat(LIMITS.id + 1) });
    expect(accept(ClaimCreateSchema, { ...validCreate, articleId: 'a'.repeat(LIMITS.id) }).articleId).toHaveLength(
      LIMITS.id,
    );
  });

  it('refuses ranges that are negative, fractional, reversed, empty or not numbers', () => {
    for (const target of [
      { start: -1, end: 5 },
      { start: 0, end: -1 },
      { start: 1.5, end: 5 },
      { start: 1, end: 5.5 },
      { start: 9, end: 3 },
      { start: 4, end: 4 },
      { start: 0, end: 0 },
      { start: '1', end: '5' },
      { start: Number.NaN, end: 5 },
      { start: 0, end: Number.POSITIVE_INFINITY },
      { start: 1 },
      [1, 5],
      null,
    ]) {
      refuse(ClaimCreateSchema, { ...validCreate, target });
    }
    refuse(ClaimCreateSchema, { articleId: 'putin-visit' });
  });

  it('refuses an unknown status', () => {
    for (const status of ['Verified', 'true', 'rejected', '', 3, null]) {
      refuse(ClaimCreateSchema, { ...validCreate, status });
    }
  });

  it('strips unknown fields, at the top and inside the target', () => {
    const parsed = accept(ClaimCreateSchema, {
      ...validCreate,
      target: { ...validCreate.target, exact: 'forged' },
      id: 'chosen-by-client',
      createdBy: 'someone else',
      version: 99,
    });
    expect(parsed).toEqual(validCreate);
    expect(Object.keys(parsed).sort()).toEqual(['articleId', 'target']);
    expect(Object.keys(parsed.target).sort()).toEqual(['end', 'start']);
  });

  it('does not carry a __proto__ key from JSON into the parsed payload', () => {
    const raw: unknown = JSON.parse(
      '{"articleId":"a","target":{"start":1,"end":3,"__proto__":{"polluted":1}},"__proto__":{"polluted":1}}',
    );
    const parsed = accept(ClaimCreateSchema, raw);
    expect(Object.hasOwn(parsed, '__proto__')).toBe(false);
    expect(Object.hasOwn(parsed.target, '__proto__')).toBe(false);
    expect((parsed as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('trims summary and attributedTo but keeps the note as written', () => {
    const parsed = accept(ClaimCreateSchema, {
      ...validCreate,
      summary: '  زيارة بوتين الأولى منذ 24 عاما \n',
      attributedTo: '\t الكرملين  ',
      note: '  indented note\n',
    });
    expect(parsed.summary).toBe('زيارة بوتين الأولى منذ 24 عاما');
    expect(parsed.attributedTo).toBe('الكرملين');
    expect(parsed.note).toBe('  indented note\n');
  });
});

describe('summary length, in code points', () => {
  const summary = (s: string) => ({ ...validUpdate, changes: { summary: s } });

  it('accepts an Arabic summary of exactly LIMITS.summary code points and refuses one more', () => {
    const max = arabic(LIMITS.summary);
    expect(cpLength(max)).toBe(LIMITS.summary);
    expect(accept(ClaimUpdateSchema, summary(max)).changes.summary).toBe(max);
    const over = arabic(LIMITS.summary + 1);
    expect(cpLength(over)).toBe(LIMITS.summary + 1);
    expect(refuse(ClaimUpdateSchema, summary(over))).toContain('changes.summary');
    expect(refuse(ClaimCreateSchema, { ...validCreate, summary: over })).toContain('summary');
  });

  it('counts an emoji as one character', () => {
    const emoji = '😀'.repeat(LIMITS.summary);
    expect(emoji.length).toBe(2 * LIMITS.summary);
    expect(accept(ClaimUpdateSchema, summary(emoji)).changes.summary).toBe(emoji);
    refuse(ClaimUpdateSchema, summary(emoji + '😀'));
    const mixed = arabic(LIMITS.summary - 1) + '😀';
    expect(accept(ClaimUpdateSchema, summary(mixed)).changes.summary).toBe(mixed);
  });

  it('measures the summary after trimming', () => {
    const max = arabic(LIMITS.summary);
    expect(accept(ClaimUpdateSchema, summary(`  ${max}  `)).changes.summary).toBe(max);
  });

  it('limits attributedTo to LIMITS.attributedTo code points', () => {
    const at = (s: string) => ({ ...validUpdate, changes: { attributedTo: s } });
    accept(ClaimUpdateSchema, at(arabic(LIMITS.attributedTo)));
    refuse(ClaimUpdateSchema, at(arabic(LIMITS.attributedTo + 1)));
  });
});

describe('control characters', () => {
  it('are refused in summary, attributedTo, note and the display name', () => {
    // C0 (with carriage return), DEL, C1, the bidi overrides RLO/LRO, line/paragraph separators.
    for (const ch of ['\u0000', '\u0007', '\u0008', '\u000B', '\u000C', '\r', '\u001B', '\u007F', '\u0085', '\u009F', '\u202E', '\u202D', '\u2028']) {
      const text = `وثائق${ch}مهمة`;
      expect(refuse(ClaimUpdateSchema, { id: 'c1', changes: { summary: text } })).toContain('control');
      refuse(ClaimUpdateSchema, { id: 'c1', changes: { attributedTo: text } });
      refuse(ClaimUpdateSchema, { id: 'c1', changes: { note: text } });
      refuse(DisplayNameSchema, `Lay${ch}la`);
    }
  });

  it('allow right-to-left and left-to-right marks, which mixed Arabic and Latin text needs', () => {
    const summary = 'الكرملين\u200F: "very important documents"\u200E';
    expect(accept(ClaimUpdateSchema, { id: 'c1', changes: { summary } }).changes.summary).toBe(summary);
  });

  it('allow tabs and newlines in a note', () => {
    const note = 'First point.\n\n\tSecond point.';
    expect(accept(ClaimUpdateSchema, { id: 'c1', changes: { note } }).changes.note).toBe(note);
  });
});

describe('ClaimUpdateSchema', () => {
  it('accepts a change with or without a base version', () => {
    expect(accept(ClaimUpdateSchema, validUpdate)).toEqual(validUpdate);
    const { baseVersion: _omit, ...unconditional } = validUpdate;
    expect(accept(ClaimUpdateSchema, unconditional)).toEqual(unconditional);
    // Clearing a field is a change.
    expect(accept(ClaimUpdateSchema, { id: 'c1', changes: { summary: '' } }).changes).toEqual({ summary: '' });
  });

  it('refuses payloads that are not objects', () => {
    for (const value of NOT_OBJECTS) refuse(ClaimUpdateSchema, value);
  });

  it('refuses a numeric id and a base version that is 0, negative, fractional or a string', () => {
    refuse(ClaimUpdateSchema, { ...validUpdate, id: 12 });
    for (const baseVersion of [0, -1, 1.5, '3', null]) {
      expect(refuse(ClaimUpdateSchema, { ...validUpdate, baseVersion })).toContain('baseVersion');
    }
  });

  it('refuses an empty changes object, and one with only unknown fields', () => {
    expect(refuse(ClaimUpdateSchema, { id: 'c1', changes: {} })).toContain('changes');
    refuse(ClaimUpdateSchema, { id: 'c1', changes: { version: 9, deleted: null } });
    refuse(ClaimUpdateSchema, { id: 'c1', changes: { status: undefined } });
    refuse(ClaimUpdateSchema, { id: 'c1' });
    refuse(ClaimUpdateSchema, { id: 'c1', changes: null });
    refuse(ClaimUpdateSchema, { id: 'c1', changes: 'verified' });
  });

  it('refuses an unknown status', () => {
    refuse(ClaimUpdateSchema, { id: 'c1', changes: { status: 'false' } });
    refuse(ClaimUpdateSchema, { id: 'c1', changes: { status: 'VERIFIED' } });
  });

  it('strips unknown fields, including fields a client may not set', () => {
    const parsed = accept(ClaimUpdateSchema, {
      ...validUpdate,
      changes: { status: 'disputed', version: 100, createdBy: 'x', deleted: null },
      articleId: 'other',
    });
    expect(parsed).toEqual({ id: 'c_1', baseVersion: 3, changes: { status: 'disputed' } });
    expect(Object.keys(parsed.changes)).toEqual(['status']);
    expect(Object.hasOwn(parsed, 'articleId')).toBe(false);
  });

  it('trims summary and attributedTo in changes', () => {
    const parsed = accept(ClaimUpdateSchema, {
      id: 'c1',
      changes: { summary: ' الأولى منذ 24 عاما ', attributedTo: '  البنتاجون\n' },
    });
    expect(parsed.changes).toEqual({ summary: 'الأولى منذ 24 عاما', attributedTo: 'البنتاجون' });
  });
});

describe('ClaimIdSchema and ArticleJoinSchema', () => {
  it('accept a well-formed id and strip extra fields', () => {
    expect(accept(ClaimIdSchema, { id: 'c_1-x', extra: true })).toEqual({ id: 'c_1-x' });
    expect(accept(ArticleJoinSchema, { articleId: 'putin-visit', name: 'x' })).toEqual({ articleId: 'putin-visit' });
  });

  it('refuse non-objects, numeric ids and malformed ids', () => {
    for (const value of NOT_OBJECTS) {
      refuse(ClaimIdSchema, value);
      refuse(ArticleJoinSchema, value);
    }
    for (const id of [1, '', 'with space', 'a/b', 'وثائق', 'x'.repeat(LIMITS.id + 1), null, ['c1']]) {
      refuse(ClaimIdSchema, { id });
      refuse(ArticleJoinSchema, { articleId: id });
    }
    refuse(ClaimIdSchema, {});
    refuse(ArticleJoinSchema, { id: 'putin-visit' });
  });
});

describe('DisplayNameSchema (accounts and presence)', () => {
  it('accepts an Arabic or English name and trims it', () => {
    expect(accept(DisplayNameSchema, '  أحمد سعد قاسم ')).toBe('أحمد سعد قاسم');
    expect(accept(DisplayNameSchema, 'Layla')).toBe('Layla');
  });

  it('refuses a missing, blank, non-string or too long name', () => {
    for (const value of [null, undefined, 42, true, [], {}]) refuse(DisplayNameSchema, value);
    refuse(DisplayNameSchema, '   ');
    refuse(DisplayNameSchema, '');
    refuse(DisplayNameSchema, 42);
    accept(DisplayNameSchema, '😀'.repeat(LIMITS.displayName));
    refuse(DisplayNameSchema, arabic(LIMITS.displayName + 1));
  });
});

describe('describeIssues', () => {
  it('names the field path of each problem', () => {
    const message = refuse(ClaimUpdateSchema, { id: 'c1', changes: { summary: arabic(LIMITS.summary + 1) } });
    expect(message).toBe(`changes.summary: longer than ${LIMITS.summary} characters`);
    expect(refuse(ClaimCreateSchema, { ...validCreate, target: { start: 5, end: 2 } })).toBe(
      'target: end must be greater than start',
    );
    expect(refuse(ClaimCreateSchema, { ...validCreate, target: { start: -1, end: 2 } })).toMatch(/^target\.start: /);
    expect(refuse(ClaimUpdateSchema, { ...validUpdate, baseVersion: 0 })).toMatch(/^baseVersion: /);
  });

  it('describes a problem with the payload itself without a path', () => {
    const message = refuse(ClaimIdSchema, null);
    expect(message.length).toBeGreaterThan(0);
    expect(message).not.toMatch(/^\S*: /);
    expect(message).not.toContain('[object Object]');
  });

  it('lists at most three problems on one line', () => {
    const message = refuse(ClaimCreateSchema, {
      articleId: 1,
      target: { start: -1, end: 0.5 },
      status: 'nope',
      summary: 5,
      note: 6,
    });
    expect(message).not.toContain('\n');
    expect(message.split('; ')).toHaveLength(3);
    expect(message).toMatch(/^articleId: /);
  });
});

describe('evidence links', () => {
  const add = (url: string) => EvidenceAddSchema.safeParse({ claimId: 'c1', url }).success;

  it('takes http(s) links, Arabic paths included', () => {
    expect(add('https://example.org/report?id=7#p2')).toBe(true);
    expect(add('http://news.example/تقرير')).toBe(true);
  });

  it('refuses other schemes, control characters and every bidi control, which would make a link read as another', () => {
    expect(add('javascript:alert(1)')).toBe(false);
    expect(add('data:text/html,x')).toBe(false);
    for (const mark of ['\u202E', '\u202D', '\u202A', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C', '\u0007']) {
      expect(add(`https://bank.example/${mark}moc.live`)).toBe(false);
    }
  });
});
