import { bodyText } from '../../shared/domain/article.ts';
import type { Article, Claim } from '../../shared/domain/schemas.ts';
import { applyOperation, type WorkspaceState } from '../../shared/ops/apply.ts';
import { claimsBetween, previewRevision } from '../../client/src/revisions/revisionPreview.ts';
import { diffBodies } from '../../client/src/revisions/wordDiff.ts';
import { ArticleBuilder, render } from './bench-article.ts';

/**
 * What the revision views cost: the editor's dry run (once per pause in
 * typing) and the claims between two revisions (once per comparison), both
 * in a worker since these figures, and the word diff, on the page's thread;
 * on long Arabic articles with many claims, for a small edit and for a
 * heavy rewrite. Prints medians of 7 runs; writes nothing.
 *
 *   npx tsx tests/bench/revision-preview.bench.ts
 */

const SIZES = [
  { chars: 50_000, claims: 300 },
  { chars: 200_000, claims: 1000 },
];
const RUNS = 7;

function median(f: () => unknown): string {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  return `${times.sort((a, b) => a - b)[RUNS >> 1]!.toFixed(1)} ms`;
}

for (const size of SIZES) {
  const b = new ArticleBuilder(20240704);
  const paragraphs = b.article(size.chars).map((p) => render([p]).text);
  const at = '2024-07-04T00:00:00.000Z';
  const article: Article = { id: 'a', title: 'عنوان', byline: '', dateline: '', lang: 'ar', dir: 'rtl', body: paragraphs, revision: 1, createdAt: at, updatedAt: at };
  const length = [...bodyText(paragraphs)].length;
  let state: WorkspaceState = { articles: { a: article }, claims: {}, comments: {} };
  for (let i = 0; i < size.claims; i++) {
    const start = Math.floor(b.rand() * (length - 80));
    const target = { start, end: start + 20 + Math.floor(b.rand() * 40) };
    const r = applyOperation(state, { type: 'claim:create', id: `c${i}`, input: { articleId: 'a', target } }, { actor: 'bench', actorId: null, now: at });
    if (r.ok) state = r.state;
  }
  const claims: Claim[] = Object.values(state.claims);

  // A word typed in the middle; and a heavy rewrite: every 7th paragraph gone, every 5th reordered, one new.
  const typed = [...paragraphs];
  const mid = paragraphs.length >> 1;
  typed[mid] = typed[mid]!.replace(' ', ' كلمة جديدة ');
  const rewritten = paragraphs.filter((_, i) => i % 7 !== 3).map((p, i) => (i % 5 === 0 ? p.split(' ').reverse().join(' ') : p));
  rewritten.splice(3, 0, 'فقرة جديدة تماما.');

  console.log(`${length} code points, ${paragraphs.length} paragraphs, ${claims.length} claims`);
  console.log(`  dry run, a word typed:       ${median(() => previewRevision(article, claims, bodyText(typed)))}`);
  console.log(`  dry run, heavy rewrite:      ${median(() => previewRevision(article, claims, bodyText(rewritten)))}`);
  console.log(`  word diff, a word typed:     ${median(() => diffBodies(paragraphs, typed, 'ar'))}`);
  console.log(`  word diff, heavy rewrite:    ${median(() => diffBodies(paragraphs, rewritten, 'ar'))}`);
  console.log(`  claims between, rewrite:     ${median(() => claimsBetween(article, claims, rewritten, paragraphs))}`);
}
