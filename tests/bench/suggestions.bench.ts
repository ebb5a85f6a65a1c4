import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureSpeed, measureSuggestions, SUGGESTIONS_HEADING, suggestionsSection } from './suggestions/report.ts';

/**
 * Quality of suggested claims on the labelled sets: precision and recall of
 * attributed and factual spans, and source accuracy, per set. Prints the
 * "Suggested claims" section and writes it into docs/benchmarks.md.
 * A measurement of quality, not of time: it takes well under a second.
 *
 *   npx tsx tests/bench/suggestions.bench.ts [--no-write]
 *
 * (`npm run bench` runs it with the others; `npm run bench -- --suggestions-only` alone.)
 */

const section = suggestionsSection(measureSuggestions(), measureSpeed(), new Date().toISOString().replace(/\.\d+Z$/, 'Z'));
console.log(section);
if (!process.argv.includes('--no-write')) {
  const docs = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));
  const text = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`${SUGGESTIONS_HEADING}\n`);
  const next = start === -1 ? -1 : text.indexOf('\n## ', start + 1);
  const updated = start === -1 ? `${text.trimEnd()}\n\n${section}` : text.slice(0, start) + section + (next === -1 ? '' : text.slice(next + 1));
  writeFileSync(docs, updated);
  console.log(`wrote ${docs}`);
}
