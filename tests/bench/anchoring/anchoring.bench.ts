import os from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { anchoringSection, ANCHORING_HEADING, articleTable, goal, kindTable, seedTable, totalsTable, wrongOnTable } from './report.ts';
import { ARTICLES, DEFAULT_CONFIG, runAnchoring, type AnchoringConfig, type AnchoringResults } from './run-anchoring.ts';

/**
 * The anchoring-through-revisions benchmark on its own:
 *
 *   npx tsx tests/bench/anchoring/anchoring.bench.ts [--no-write] [--seeds 1,2,3]
 *     [--articles "seed (ar),water (ar),council (en)" | --articles 2] [--claims 60] [--rounds 5] [--examples 10]
 *
 * --examples N prints each method's first N wrong places and needless
 * orphans with the text around them ([placed], {truth}).
 *
 * Prints the tables and writes the "Anchoring through revisions" section
 * of docs/benchmarks.md (not with --no-write, nor with a configuration
 * other than the default: the documented figures are the default's).
 * `npm run bench` runs it too; `npm run bench -- --anchoring-only` alone.
 */

export function configFromArgs(args: string[]): { config: AnchoringConfig; write: boolean; examples: number } {
  const { values } = parseArgs({
    args,
    options: {
      'no-write': { type: 'boolean', default: false },
      seeds: { type: 'string' },
      articles: { type: 'string' },
      claims: { type: 'string' },
      rounds: { type: 'string' },
      examples: { type: 'string', default: '0' },
    },
    strict: false,
  });
  const int = (v: unknown, name: string, fallback: number) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got ${String(v)}`);
    return n;
  };
  const seeds = typeof values.seeds === 'string' ? values.seeds.split(',').map((s) => int(s, 'seeds', 0)) : DEFAULT_CONFIG.seeds;
  const articles = typeof values.articles === 'string'
    ? /^\d+$/.test(values.articles)
      ? ARTICLES.slice(0, int(values.articles, 'articles', ARTICLES.length))
      : values.articles.split(',').map((name) => {
        const a = ARTICLES.find((x) => x.name === name.trim());
        if (!a) throw new Error(`--articles: no article named "${name}" (there are: ${ARTICLES.map((x) => x.name).join(', ')})`);
        return a;
      })
    : DEFAULT_CONFIG.articles;
  const config = { ...DEFAULT_CONFIG, seeds, articles, claims: int(values.claims, 'claims', DEFAULT_CONFIG.claims), rounds: int(values.rounds, 'rounds', DEFAULT_CONFIG.rounds) };
  const isDefault = JSON.stringify({ ...config, plan: 0 }) === JSON.stringify({ ...DEFAULT_CONFIG, plan: 0 });
  return { config, write: !values['no-write'] && isDefault, examples: int(values.examples === '0' ? undefined : values.examples, 'examples', 0) };
}

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown';
  return `${os.type()} ${os.release()} (${os.arch()}), ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
}

export function printResults(r: AnchoringResults, examples = 0): void {
  console.log(`${totalsTable(r)}\n\n${goal(r)}\n\n${seedTable(r)}\n\n${articleTable(r)}\n\n${kindTable(r)}\n\n${wrongOnTable(r)}`);
  for (const m of r.methods) {
    for (const verdict of ['wrong place', 'needless orphan'] as const) {
      for (const e of m.examples.filter((x) => x.verdict === verdict).slice(0, examples)) {
        console.log(`${m.name}, ${verdict}: ${e.article}, seed ${e.seed}, round ${e.round} [${e.kinds.join('; ')}]\n  claim:     ${JSON.stringify(e.quote)}\n  placed on: ${JSON.stringify(e.placedOn)}\n  in text:   ${JSON.stringify(e.where)}`);
      }
    }
  }
}

/** Puts the section in place of its old one in docs/benchmarks.md, or at the end. */
export function writeSection(section: string): string {
  const docs = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
  const text = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(`${ANCHORING_HEADING}\n`);
  const next = start === -1 ? -1 : text.indexOf('\n## ', start + 1);
  writeFileSync(docs, start === -1 ? `${text.trimEnd()}\n\n${section}` : text.slice(0, start) + section + (next === -1 ? '' : text.slice(next + 1)));
  return docs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { config, write, examples } = configFromArgs(process.argv.slice(2));
  const started = performance.now();
  const results = runAnchoring(config, (s) => console.error(`[${((performance.now() - started) / 1000).toFixed(1)} s] ${s}`));
  printResults(results, examples);
  if (write) {
    const section = anchoringSection(results, { machine: machine(), date: new Date().toISOString().slice(0, 10), command: 'npx tsx tests/bench/anchoring/anchoring.bench.ts' });
    console.log(`\nwrote ${writeSection(section)}`);
  } else console.log('\ndocs/benchmarks.md left as it is (--no-write, or not the default configuration)');
}
