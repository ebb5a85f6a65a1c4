import { EDIT_KINDS } from './edits.ts';
import { UNTOUCHED, VERDICTS, WRONG_ON, type AnchoringResults, type Counts, type MethodResult } from './run-anchoring.ts';
import { COVERS, FOREIGN_MIN, FOREIGN_SHARE, GONE_BELOW, MISSED_MIN } from './verdict.ts';
import { CLAIM_MIX } from './claims.ts';
import { NEAR } from './edits.ts';

/** The "Anchoring through revisions" section of docs/benchmarks.md, and the tables printed by the bench. */

export const ANCHORING_HEADING = '## Anchoring through revisions';

const right = (c: Counts) => c['placed right'] + c['orphaned right'];
const all = (c: Counts) => VERDICTS.reduce((n, v) => n + c[v], 0);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const brief = (c: Counts) => `${right(c)} / ${c['wrong place']} / ${c['needless orphan']}`;

export function totalsTable(r: AnchoringResults): string {
  const revisions = r.config.seeds.length * r.config.articles.length * r.config.rounds;
  return [
    `| method | right: placed | right: orphaned (words gone) | right | wrong place | needless orphan | time per revision of ${r.config.claims} claims, mean (ms) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...r.methods.map((m) => {
      const c = m.total;
      return `| ${m.name} | ${c['placed right']} | ${c['orphaned right']} | ${right(c)} (${pct(right(c), all(c))}) | ${c['wrong place']} | ${c['needless orphan']} | ${(m.ms / revisions).toFixed(1)} |`;
    }),
  ].join('\n');
}

function splitTable(label: string, keys: Array<string | number>, of: (m: MethodResult, k: string | number) => Counts, methods: MethodResult[]): string {
  return [
    `| ${label} | ${methods.map((m) => `${m.name}: right / wrong / needless`).join(' | ')} |`,
    `| --- | ${methods.map(() => '---:').join(' | ')} |`,
    ...keys.map((k) => `| ${k} | ${methods.map((m) => brief(of(m, k))).join(' | ')} |`),
  ].join('\n');
}

export const seedTable = (r: AnchoringResults) => splitTable('seed', r.config.seeds, (m, k) => m.bySeed.get(k as number)!, r.methods);
export const articleTable = (r: AnchoringResults) => splitTable('article', r.config.articles.map((a) => a.name), (m, k) => m.byArticle.get(k as string)!, r.methods);

export function kindTable(r: AnchoringResults): string {
  const kinds = [...EDIT_KINDS, UNTOUCHED];
  return [
    `| edit that touched the claim that round | claim-rounds touched | ${r.methods.map((m) => `${m.name}: wrong / needless`).join(' | ')} |`,
    `| --- | ---: | ${r.methods.map(() => '---:').join(' | ')} |`,
    ...kinds.map((k) => `| ${k} | ${r.touchedByKind.get(k) ?? 0} | ${r.methods.map((m) => `${m.wrongByKind.get(k) ?? 0} / ${m.needlessByKind.get(k) ?? 0}`).join(' | ')} |`),
  ].join('\n');
}

export function wrongOnTable(r: AnchoringResults): string {
  return [
    `| wrong place, put on | ${r.methods.map((m) => m.name).join(' | ')} |`,
    `| --- | ${r.methods.map(() => '---:').join(' | ')} |`,
    ...WRONG_ON.map((k) => `| ${k} | ${r.methods.map((m) => m.wrongOn.get(k) ?? 0).join(' | ')} |`),
  ].join('\n');
}

/** The edit kinds most often near a method's wrong places, in words. */
function likelyCauses(m: MethodResult): string {
  const top = [...m.wrongByKind].filter(([k]) => k !== UNTOUCHED).sort((a, b) => b[1] - a[1]).slice(0, 3);
  const carried = m.wrongByKind.get(UNTOUCHED) ?? 0;
  return `${m.name}: ${m.total['wrong place']} wrong places, ${m.wrongOn.get('other words') ?? 0} of them on none of the claim's own characters; most often near ${top.map(([k, n]) => `${k} (${n})`).join(', ') || 'nothing'}; ${carried} carried over from an earlier round with no edit near.`;
}

/** Whether Isnad meets the issue's goal: no wrong place on any seed, at least 97% right overall. */
export function goal(r: AnchoringResults): string {
  const isnad = r.methods.find((m) => m.name === 'Isnad')!;
  const clean = [...isnad.bySeed.values()].every((c) => c['wrong place'] === 0);
  const share = right(isnad.total) / Math.max(1, all(isnad.total));
  return `Goal (0 wrong placements on every seed, at least 97% right): ${clean && share >= 0.97 ? 'met' : 'not met'} (${isnad.total['wrong place']} wrong, ${pct(right(isnad.total), all(isnad.total))} right).`;
}

export function anchoringSection(r: AnchoringResults, meta: { machine: string; date: string; command: string }): string {
  const c = r.config;
  const plan = EDIT_KINDS.map((k) => `${c.plan[k]} × ${k}`).join('; ');
  return `${ANCHORING_HEADING}

Claims kept on their words while an article is revised again and again. ${c.articles.length} articles (${c.articles.map((a) => `${a.name}, ${[...a.text].length.toLocaleString('en')} code points`).join('; ')}: the seed article's body, and two written for the benchmark, tests/bench/anchoring/articles/), ${c.claims} claims each, ${c.rounds} rounds of edits applied one after another, seeds ${c.seeds.join(', ')}: ${r.claimRounds.toLocaleString('en')} claim-rounds, of which ${r.gone} had their words gone.

- Claims: ${Math.round(CLAIM_MIX.repeated * 100)}% a one- or two-word phrase that occurs more than once in the article (one occurrence), ${Math.round(CLAIM_MIX.midWord * 100)}% one to four words starting and/or ending mid-word, the rest 1 to 10 words; made with the product's \`claim:create\` operation, so their selectors are the product's.
- Each round, in a seeded random order: ${plan}. Half of the deletions, diacritic and digit edits and near-duplicates aim at claimed words; new paragraphs are sentences of the article with about 40% of their words replaced (lookalikes); near-duplicates go right after their sentence or into a new paragraph. Two things no method could get right are never generated: a claim split in two by inserted text, and a sentence deleted in the round it was copied (that reads exactly as the sentence edited in place; a copy made in an earlier round is fair game).
- Truth: every code point of each revision is traced to the original code point it came from (a moved or transliterated character keeps its origin; typed ones have none): tests/bench/anchoring/tracked-text.ts. A claim's words are gone when fewer than ${GONE_BELOW * 100}% of its code points survive.
- Verdicts per claim per round: **right** when placed on all but max(${MISSED_MIN}, ${Math.round((1 - COVERS) * 100)}%) of its surviving code points, with at most max(${FOREIGN_MIN}, ${FOREIGN_SHARE * 100}% of the placement) code points that are not its own, or orphaned when its words are gone; **wrong place** when placed anywhere else (including anywhere at all once its words are gone); **needless orphan** when orphaned though its words survive.
- Methods: **Isnad** through the product path (\`applyRevision\` on a WorkspaceState, the revised body parsed by \`ArticleReviseSchema\`); **Hypothesis**, its published algorithm reimplemented from hypothesis/client's match-quote.ts, types.ts and html.ts (tests/bench/anchoring/hypothesis.ts: position if the quote is still there, else exact occurrences, else approx-string-match with up to min(256, length/2) errors scored 50 quote / 20 prefix / 20 suffix / 2 position, best taken whatever its score; 32 characters of context, UTF-16 offsets); **exact match only** (\`reanchorExactOnly\`). Each keeps its own anchors from round to round: a placed claim is described afresh where it was placed, an orphan keeps its last selectors and is looked for again. (Hypothesis itself never rewrites an annotation's selectors; here it re-describes like the others.)

${totalsTable(r)}

${goal(r)}

Per seed (right / wrong place / needless orphan, of ${(r.claimRounds / c.seeds.length).toLocaleString('en')} claim-rounds each):

${seedTable(r)}

Per article (of ${(r.claimRounds / c.articles.length).toLocaleString('en')} claim-rounds each):

${articleTable(r)}

Wrong placements and needless orphans by the edits that touched the claim in that round (within ${NEAR} code points of its words, or its sentence duplicated; a claim-round counts under every kind that touched it, and a wrong placement carried over from an earlier round counts under "${UNTOUCHED}" when nothing came near it this time):

${kindTable(r)}

What the wrong placements were put on: none of the claim's own characters (a copy or a lookalike of its words: the verdict is drawn on words it never judged), some of them but short of the tolerance above, or what is left of a claim whose words are gone:

${wrongOnTable(r)}

${r.methods.map((m) => `- ${likelyCauses(m)}`).join('\n')}

\`--examples N\` prints each method's first N wrong places and needless orphans with the text around them.

Machine: ${meta.machine}. Date: ${meta.date}. Run: \`${meta.command}\`.
`;
}
