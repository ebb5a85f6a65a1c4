import { DEFAULT_RATING_SCALE } from '../../shared/domain/ratings.ts';
import { bodyText } from '../../shared/domain/article.ts';
import type { Article, HistoryEntry } from '../../shared/domain/schemas.ts';
import { applyOperation, type OpContext, type Operation } from '../../shared/ops/apply.ts';
import { applyRevision } from '../../shared/ops/article-ops.ts';
import { cpLength } from '../../shared/text/codepoints.ts';
import { SEED_ARTICLE_ID, seedWorkspace } from '../../server/seed/seed-article.ts';
import { LEGACY_SCHEMA_VERSION, DbSchema, emptyCollections, type LegacyDb } from '../../server/store/snapshot/legacy-db.ts';
import type { StoredUser } from '../../server/store/records.ts';

/**
 * A fixed workspace for the export golden files and the dashboard: the seed
 * article with claims made through applyOperation (fixed ids, people and
 * times), a revision that orphans one of them, and a short English article
 * with an emoji before its claim (positions are code points). Every claim
 * exists to prove something:
 *   c-kremlin     attributed by a second person; source "the Kremlin"
 *   c-first-visit disputed, then orphaned by a revision
 *   c-munitions   attributed, English summary, assigned to Mona
 *   c-pentagon    verified, with evidence (one titled link with & in the URL, one bare) and a note full of Markdown
 *   c-formula     a summary =HYPERLINK("http://evil"), a note starting with @: CSV formula injection
 *   c-script      <script> and HTML in summary and note: escaping; unreviewed
 *   c-satellite   unreviewed since 5 July: stale after 2 days
 *   c-deleted     deleted: never exported or counted
 *   c-en-launch   verified, on the English article, after an emoji; source "  THE kremlin " (groups with c-kremlin)
 */
export const EXPORTED_AT = '2024-07-08T12:00:00.000Z';
export const EN_ARTICLE_ID = 'en-launch-brief';
export const SETTINGS = { organizationName: 'Newsroom Verification Desk', reportBaseUrl: 'https://factcheck.example.org/isnad/', ratings: DEFAULT_RATING_SCALE, digits: 'latn' as const };

const user = (id: string, name: string, role: StoredUser['role']): StoredUser => ({
  id,
  name,
  email: `${id}@newsroom.test`,
  role,
  active: true,
  passwordHash: 'scrypt$not-a-real-hash',
  createdAt: '2024-07-01T00:00:00.000Z',
});

export const PEOPLE = {
  layla: user('u-layla', 'Layla Haddad', 'reviewer'),
  omar: user('u-omar', 'عمر الشريف', 'editor'),
  mona: user('u-mona', 'Mona', 'reviewer'),
};

const EN_ARTICLE: Article = {
  id: EN_ARTICLE_ID,
  title: 'Launch brief',
  byline: 'Desk',
  dateline: 'July 6, 2024',
  lang: 'en',
  dir: 'ltr',
  body: ['Officials said 🚀 the launch happened on Tuesday.', 'A second paragraph.'],
  revision: 1,
  createdAt: '2024-07-06T07:00:00.000Z',
  updatedAt: '2024-07-06T07:00:00.000Z',
};

type Person = keyof typeof PEOPLE;
const ctx = (who: Person, now: string): OpContext => ({ actor: PEOPLE[who].name, actorId: PEOPLE[who].id, now, role: PEOPLE[who].role, ratings: DEFAULT_RATING_SCALE });

export function buildFixture(): LegacyDb {
  const seed = seedWorkspace();
  let db: LegacyDb = {
    schemaVersion: LEGACY_SCHEMA_VERSION,
    ...emptyCollections(),
    ...seed,
    articles: { ...seed.articles, [EN_ARTICLE_ID]: EN_ARTICLE },
    settings: SETTINGS,
    users: Object.fromEntries(Object.values(PEOPLE).map((u) => [u.id, u])),
  };
  const record = (entries: Array<HistoryEntry | null>) => {
    for (const h of entries) {
      if (!h) continue;
      const list = Object.hasOwn(db.history, h.claimId) ? db.history[h.claimId]! : [];
      db = { ...db, history: { ...db.history, [h.claimId]: [...list, h] } };
    }
  };
  const apply = (op: Operation, who: Person, now: string) => {
    const r = applyOperation(db, op, ctx(who, now));
    if (!r.ok) throw new Error(`fixture: ${op.type} failed: ${r.error.code}`);
    db = r.state;
    record([r.history]);
  };
  const span = (articleId: string, phrase: string) => {
    const text = bodyText(db.articles[articleId]!.body);
    const at = text.indexOf(phrase);
    if (at < 0) throw new Error(`fixture: phrase not found: ${phrase}`);
    const start = cpLength(text.slice(0, at));
    return { start, end: start + cpLength(phrase) };
  };
  const create = (id: string, who: Person, now: string, phrase: string, fields: Record<string, string> = {}, articleId = SEED_ARTICLE_ID) =>
    apply({ type: 'claim:create', id, input: { articleId, target: span(articleId, phrase), ...fields } }, who, now);
  const update = (id: string, who: Person, now: string, changes: Record<string, string | null>) =>
    apply({ type: 'claim:update', input: { id, changes } }, who, now);

  create('c-kremlin', 'layla', '2024-07-05T08:00:00.000Z', 'سيتم التوقيع على “وثائق مهمة للغاية” خلال الزيارة', {
    summary: 'الكرملين: ستوقَّع "وثائق مهمة للغاية" خلال الزيارة',
    attributedTo: 'the Kremlin',
  });
  update('c-kremlin', 'omar', '2024-07-05T09:00:00.000Z', { status: 'attributed' });

  create('c-first-visit', 'layla', '2024-07-05T08:10:00.000Z', 'الأولى منذ 24 عاما');
  update('c-first-visit', 'omar', '2024-07-05T09:10:00.000Z', {
    status: 'disputed',
    note: 'The article itself later says the first visit was "about 25 years" ago.',
  });

  create('c-munitions', 'layla', '2024-07-05T08:20:00.000Z', 'زودت روسيا بكميات كبيرة من الذخائر', {
    summary: 'Western states say North Korea supplied Russia with large quantities of munitions',
    attributedTo: 'Western states',
  });
  update('c-munitions', 'mona', '2024-07-05T10:00:00.000Z', { status: 'attributed', assigneeId: PEOPLE.mona.id });
  // A label no status stands for, chosen for this claim.
  update('c-munitions', 'mona', '2024-07-05T10:05:00.000Z', { rating: 'misleading' });

  create('c-pentagon', 'mona', '2024-07-05T08:25:00.000Z', 'اتهم البنتاجون موسكو باستخدام الصواريخ الباليستية الكورية الشمالية في أوكرانيا', {
    summary: 'البنتاغون يتهم موسكو باستخدام صواريخ كورية شمالية في أوكرانيا',
    attributedTo: 'the Pentagon',
    note: '**Checked** against the briefing transcript; see [1] & <2>.\n# not a heading\n- not a list item\n\nSecond paragraph | with a pipe.',
  });
  apply(
    {
      type: 'evidence:add',
      id: 'ev-briefing',
      input: { claimId: 'c-pentagon', url: 'https://www.example.org/briefing?id=7&lang=en', title: 'Pentagon press briefing', note: 'Transcript, p. 3' },
    },
    'mona',
    '2024-07-05T11:00:00.000Z',
  );
  apply({ type: 'evidence:add', id: 'ev-archive', input: { claimId: 'c-pentagon', url: 'https://archive.example.net/ua/missiles' } }, 'omar', '2024-07-05T11:05:00.000Z');
  update('c-pentagon', 'omar', '2024-07-05T11:30:00.000Z', { status: 'verified' });
  apply({ type: 'comment:create', id: 'cm-1', input: { claimId: 'c-pentagon', text: 'الإحاطة تؤكد ذلك' }, mentions: [] }, 'mona', '2024-07-05T11:40:00.000Z');
  // Explained for the public, marked ready by the reviewer, approved by the editor.
  update('c-pentagon', 'mona', '2024-07-05T11:45:00.000Z', { explanation: 'أكدت إحاطة البنتاغون في 13 يونيو ذلك، ونقلها أرشيف مستقل.\nThe transcript is linked below.' });
  update('c-pentagon', 'mona', '2024-07-05T11:50:00.000Z', { review: 'ready' });
  update('c-pentagon', 'omar', '2024-07-05T12:00:00.000Z', { review: 'approved' });

  create('c-formula', 'mona', '2024-07-05T08:40:00.000Z', 'بعد تسعة أشهر من زيارة كيم جونغ أون لروسيا', {
    summary: '=HYPERLINK("http://evil")',
    note: '@channel +1 -1',
  });
  update('c-formula', 'mona', '2024-07-06T09:00:00.000Z', { status: 'verified' });

  create('c-script', 'layla', '2024-07-07T08:00:00.000Z', 'وثائق مهمة ومهمة للغاية', {
    summary: '<script>alert("x")</script> & <b>bold</b>',
    attributedTo: 'Yuri Ushakov',
    note: '[click](javascript:alert(1)) <img src=x onerror=alert(1)> `code` _em_',
  });
  update('c-script', 'layla', '2024-07-07T08:05:00.000Z', { explanation: '</script><script>alert(2)</script> **not bold** <a href="javascript:x">x</a>' });

  create('c-satellite', 'layla', '2024-07-05T08:30:00.000Z', 'روسيا زودت كوريا الشمالية بالخبرة اللازمة لبرنامج الأقمار الصناعية', {
    attributedTo: 'Washington and Seoul',
  });

  create('c-deleted', 'layla', '2024-07-05T08:50:00.000Z', 'مطار بيونج يانج', { status: 'verified' });
  apply({ type: 'claim:delete', input: { id: 'c-deleted' } }, 'layla', '2024-07-05T08:51:00.000Z');

  // A correction drops the "24 years" sentence: that claim is orphaned, later ones move.
  const seedText = bodyText(db.articles[SEED_ARTICLE_ID]!.body);
  const revised = applyRevision(
    db,
    { articleId: SEED_ARTICLE_ID, body: seedText.replace('وتعد هذه الزيارة هي الأولى منذ 24 عاما، ', ''), baseRevision: 1 },
    ctx('omar', '2024-07-06T12:00:00.000Z'),
  );
  if (!revised.ok) throw new Error('fixture: revision failed');
  db = revised.state;
  record(revised.history);

  create('c-en-launch', 'layla', '2024-07-06T07:30:00.000Z', 'the launch happened on Tuesday', { attributedTo: '  THE kremlin ' }, EN_ARTICLE_ID);
  update('c-en-launch', 'layla', '2024-07-06T07:45:00.000Z', { status: 'verified' });

  return DbSchema.parse(db);
}
