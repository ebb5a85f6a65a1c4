import os from 'node:os';
import { suggestClaims } from '../../../shared/suggest/suggest.ts';
import { evaluate, loadSets, type SetFigures } from './quality.ts';

/**
 * The "## Suggested claims" section of docs/benchmarks.md: precision and
 * recall of suggested spans per labelled set and kind, source accuracy, and
 * what each set's misses and false suggestions were, so a reader sees which
 * shapes fail rather than only how often.
 */

export const SUGGESTIONS_HEADING = '## Suggested claims';
export const GOALS = { attributedPrecision: 0.85, attributedRecall: 0.85, sourceAccuracy: 0.8 } as const;

/** Shapes seen to fail (in the errors above and in writing the rules), for whoever extends them. */
const NOT_HANDLED = `Known not handled:

- Arabic: بيّن (spelled like بين "between", so left out), "وفق" without a comma before it, رجّح and يُعتقد without a source (left to the factual rule, where "ثلث" alone is below the threshold); a cue that carries a claim only with a given object (حمّل … مسؤولية) still ends the clause before it when that object is missing ("، كانت السفينة تحمل 80 ألف طن" cuts the content of a fronted بحسب: seen on spill-ar); "ذكرت X نقلا عن Y أن" (a relay preposition after a verb's subject); أقرّ / اعترف بـ + a noun ("أقرّ بوجود أخطاء") keeps the noun in the source; a verbal noun of form I after a verb with a dropped subject is read as the subject; "العام الماضي" is not counted as a date.
- English: "put X at", "disputed", "in what X described as" are not cues; a past participle used as an adjective ("first reported by X") is taken for a cue; "declined to say how" is taken; a subjunctive after a cue ("insisted that the company publish the data") is suggested though it is a demand; ", adding that" after a quote and its "said X, who ...," is not taken; a dropped subject after a verb that is not a cue ("Corvia called the claim speculative and said") takes the last source of a cue, not that verb's subject.
- Both: a source is resolved only to the last one named (no "the ministry" → its full name); a pronoun finds a person not named by a cue only in the shape "The firm’s chairman, Peter Lund, has …".`;

/** First runs of the sets written to be unseen, recorded as they were measured (not re-measured). */
const FIRST_RUN =
  'economy-ar: attributed precision 1.00, recall 0.60, source right 11/12, factual precision 0.40, recall 0.67; port-en: attributed precision 0.85, recall 0.61, source right 6/11, factual precision 0.50, recall 0.50';
const SECOND_BLIND = 'court-en: attributed precision 0.73, recall 0.79, source right 10/11; health-ar: precision 0.93, recall 0.70, source right 10/14';
const THIRD_BLIND =
  'sport-ar: attributed precision 1.00, recall 0.78, source right 12/14 (0.92, 0.67, 10/12 before the round); trial-en: precision 0.86, recall 1.00, source right 11/12 (0.85, 0.92, 10/11 before the round)';

export function measureSuggestions(): SetFigures[] {
  return loadSets().map((set) => evaluate(set, suggestClaims(set.paragraphs, set.lang)));
}

export interface SpeedRow {
  what: string;
  words: number;
  medianMs: number;
}

const RUNS = 5;

/**
 * Cost against length: the seed article repeated, and one paragraph with no
 * full stop at all (pasted text), where a scan that looks back over the
 * sentence for each cue would be quadratic. Median of RUNS after one warm-up.
 */
export function measureSpeed(): SpeedRow[] {
  const seed = loadSets().find((s) => s.name === 'seed')!;
  const cases: Array<{ what: string; paragraphs: string[]; lang: string }> = [
    ...[10, 100].map((k) => ({ what: `seed article ×${k}`, paragraphs: Array.from({ length: k }, () => seed.paragraphs).flat(), lang: 'ar' })),
    ...[5_000, 20_000].map((k) => ({ what: `one sentence without a full stop, Arabic, ×${k}`, paragraphs: [Array.from({ length: k }, () => 'وقال الوزير إن الأسعار ارتفعت، قال').join(' ')], lang: 'ar' })),
    ...[5_000, 20_000].map((k) => ({ what: `one sentence without a full stop, English, ×${k}`, paragraphs: [Array.from({ length: k }, () => 'the minister said prices rose, said').join(' ')], lang: 'en' })),
  ];
  return cases.map(({ what, paragraphs, lang }) => {
    suggestClaims(paragraphs, lang);
    const times = Array.from({ length: RUNS }, () => {
      const t0 = performance.now();
      suggestClaims(paragraphs, lang);
      return performance.now() - t0;
    }).sort((a, b) => a - b);
    return { what, words: paragraphs.join(' ').split(/\s+/).length, medianMs: Math.round(times[RUNS >> 1]!) };
  });
}

function speedTable(rows: readonly SpeedRow[]): string {
  return ['| input | words | median (ms) | µs per word |', '| --- | ---: | ---: | ---: |', ...rows.map((r) => `| ${r.what} | ${r.words} | ${r.medianMs} | ${((r.medianMs * 1000) / r.words).toFixed(1)} |`)].join('\n');
}

const pct = (x: number) => x.toFixed(2);
const clip = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function suggestionsTable(results: readonly SetFigures[]): string {
  const rows = results.map((r) => {
    const a = r.attributed;
    const f = r.factual;
    return `| ${r.name} (${r.lang}, ${r.words} words) | ${a.labels} | ${a.suggested} | ${pct(a.precision)} | ${pct(a.recall)} | ${r.sourceRight}/${a.matched} = ${pct(r.sourceAccuracy)} | ${f.labels} | ${f.suggested} | ${pct(f.precision)} | ${pct(f.recall)} |`;
  });
  return [
    '| set | attributed labelled | suggested | precision | recall | source right | factual labelled | suggested | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function details(r: SetFigures): string {
  const lines = [
    ...r.missed.map((l) => `  - missed (${l.kind}): «${clip(l.quote)}»`),
    ...r.wrong.map((s) => `  - suggested, not labelled (${s.kind}${s.cue ? `, cue «${s.cue}»` : ''}): «${clip(s.quote)}»`),
    ...r.wrongSource.map((p) => `  - source «${clip(p.suggestion.source, 50)}» for «${p.label.source}»`),
  ];
  return `- ${r.name}: ${lines.length === 0 ? 'no errors' : `\n${lines.join('\n')}`}`;
}

export function suggestionsSection(results: readonly SetFigures[], speed: readonly SpeedRow[], date: string): string {
  const cpus = os.cpus();
  const met = results.every((r) => r.attributed.precision >= GOALS.attributedPrecision && r.attributed.recall >= GOALS.attributedRecall && r.sourceAccuracy >= GOALS.sourceAccuracy);
  return `${SUGGESTIONS_HEADING}

\`suggestClaims\` (shared/suggest/) on the labelled sets in tests/fixtures/suggestions/ (labelled by hand before the engine ran on them; see the README there). A suggestion counts as right when it is of the label's kind and overlaps the labelled span by at least half of the shorter; each label and suggestion count once. Source right: among the matched attributed claims, the suggested source and the labelled one (or another phrasing the article uses for it) name each other after normalisation (Arabic folding, case, punctuation; one a run of whole words of the other).

${suggestionsTable(results)}

Goal on every set: attributed precision and recall at least ${GOALS.attributedPrecision}, source right at least ${GOALS.sourceAccuracy}: ${met ? 'met' : 'NOT met'}.

Errors per set:

${results.map(details).join('\n')}

${NOT_HANDLED}

Cost against length (one pass over the text: the time per word should stay flat as the text grows, even for one sentence of tens of thousands of words; median of ${RUNS} runs):

${speedTable(speed)}

How far to trust each set (tests/fixtures/suggestions/README.md): seed is the product's article, labelled before the engine existed. water-ar and rail-en were written and labelled before the engine ran on them, but by the author of its rules with the issue's shapes in mind: they measure those shapes. economy-ar and port-en were written to contain shapes the first rules did not handle and labelled before the engine ran on them; their first run gave ${FIRST_RUN}; the rules were then extended on what they showed (general rules, each with a unit test), so their figures above are no longer a blind measurement. health-ar and court-en were the next blind measurement (${SECOND_BLIND}); the rules were then extended on their errors. sport-ar and trial-en had been written and labelled before that round and were run once after it (${THIRD_BLIND}): sport-ar missed the recall goal, so a third pair was written and labelled, and only then were rules written from sport-ar's and trial-en's errors. **spill-ar and breach-en are the blind measurement now**: written and labelled before the last rule change, run once after it, with no change made after running on them (their first run, before the last round: spill-ar 1.00 / 0.88 / 15 of 15, breach-en 0.93 / 0.87 / 10 of 13). All the sets were written by the same hand as the rules, which knew the shapes each contains: a blind run keeps the rules from being fitted to a set's sentences, not its author from knowing the language's shapes. Their errors are what the next round of work on the rules should start from.

Machine: ${os.type()} ${os.release()} (${os.arch()}), ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, Node ${process.version}. Date: ${date}. Run: \`npm run bench -- --suggestions-only\` (or \`npx tsx tests/bench/suggestions.bench.ts\`).
`;
}
