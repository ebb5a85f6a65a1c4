import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchoringSection, ANCHORING_HEADING } from './anchoring/report.ts';
import { machine, printResults } from './anchoring/anchoring.bench.ts';
import { DEFAULT_CONFIG as ANCHORING_FULL, runAnchoring } from './anchoring/run-anchoring.ts';
import { clientSection, measureClient } from './client-size.ts';
import { CLUSTER_FULL, CLUSTER_QUICK } from './cluster/config.ts';
import { runClusterBench, stopServicesNow } from './cluster/cluster.bench.ts';
import { CLUSTER_HEADING, clusterSection } from './cluster/report.ts';
import { FULL, QUICK } from './store/config.ts';
import { effectiveCores } from './store/cores.ts';
import { stopAllChildren } from './store/ipc.ts';
import { growthTable, storeSection, targetsTable } from './store/report.ts';
import { runStoreBench } from './store/store.bench.ts';
import { runSources } from './store/scenarios/sources.ts';
import { sourcesSection, SOURCES_HEADING } from './store/sources-report.ts';
import { measureSpeed, measureSuggestions, SUGGESTIONS_HEADING, suggestionsSection } from './suggestions/report.ts';
import { runSimilarBench, SIMILAR_FULL, SIMILAR_QUICK } from './store/scenarios/similar.ts';
import { SIMILAR_HEADING, similarSection } from './store/similar-report.ts';

/**
 * `npm run bench`: every benchmark in one run. The re-anchoring benchmark
 * (its own process, as before), anchoring through revisions (anchoring/),
 * then the store benchmarks (store/), then
 * several nodes on PostgreSQL (cluster/), then one summary: tables
 * printed, and written into docs/benchmarks.md (the "Re-anchoring" section
 * by its script, the "Store" and "Several nodes on PostgreSQL" sections
 * here).
 *
 * `npm run bench -- --quick`: the same harness on small sizes and short
 * windows, to check it works; prints, but leaves docs/benchmarks.md alone.
 * `--cluster-only` runs only the several-nodes part, `--store-only` all but
 * it, `--similar-only` only "checked before" and claim search, `--sources-only`
 * only the Sources view at 2,000 and 20,000 claims, and `--suggestions-only`,
 * `--anchoring-only`, `--client-only` each
 * run only that part (and, without --quick, each rewrites only its own
 * sections).
 */

const quick = process.argv.includes('--quick');
const PARTS = ['suggestions', 'anchoring', 'client', 'store', 'cluster', 'similar', 'sources'] as const;
type Part = (typeof PARTS)[number];
const only = PARTS.find((part) => process.argv.includes(`--${part}-only`));
/** Whether a part runs: all of them by default; `--store-only` keeps its old meaning, all but the several nodes. */
const runs = (part: Part) => (only === undefined ? true : only === 'store' ? part !== 'cluster' : part === only);
const started = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

process.on('SIGINT', () => {
  stopAllChildren();
  stopServicesNow();
  process.exit(130);
});

const docs = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

/** Puts `section` in place of the one under `heading` (up to the next "## "), or at the end. */
function replaceSection(text: string, heading: string, section: string): string {
  const start = text.indexOf(`${heading}\n`);
  if (start === -1) return `${text.trimEnd()}\n\n${section}`;
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(0, start) + section + (next === -1 ? '' : text.slice(next + 1));
}

// Measuring the cores takes a few seconds and only the store, cluster, similar and sources parts need it.
const servicesNeeded = runs('store') || runs('cluster') || runs('similar') || runs('sources');
const cores = servicesNeeded ? await effectiveCores() : 1;
if (servicesNeeded) log(`two busy threads get ${cores.toFixed(2)}× the work of one on this machine`);
const date = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const sections: Array<{ heading: string; text: string }> = [];

// A part that fails does not stop the others: what was measured is still written, and the run fails at the end.
const failures: unknown[] = [];

if (runs('suggestions')) {
  // Quality, not speed: the same figures in a quick run as in a full one.
  log('suggested claims on the labelled sets');
  const text = suggestionsSection(measureSuggestions(), measureSpeed(), date());
  sections.push({ heading: SUGGESTIONS_HEADING, text });
  console.log(`\n${text}`);
}

if (runs('anchoring')) {
  // Quick: one seed, two rounds, to check the harness.
  const config = quick ? { ...ANCHORING_FULL, seeds: ANCHORING_FULL.seeds.slice(0, 1), rounds: 2 } : ANCHORING_FULL;
  log(`anchoring through revisions (${config.seeds.length} seeds × ${config.articles.length} articles × ${config.claims} claims × ${config.rounds} rounds)`);
  try {
    const results = runAnchoring(config);
    printResults(results);
    sections.push({ heading: ANCHORING_HEADING, text: anchoringSection(results, { machine: machine(), date: date(), command: 'npm run bench -- --anchoring-only' }) });
  } catch (error) {
    log(`anchoring through revisions failed (its section is left as it was): ${(error as Error).message}`);
    failures.push(error);
  }
}

if (runs('client')) {
  log('client size (from the build)');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const clientText = clientSection(measureClient(`${root}dist/client`), date());
  sections.push({ heading: '## Client', text: clientText });
  console.log(`\n${clientText}`);
}

if (runs('store')) {
  const cfg = quick ? QUICK : FULL;
  log('re-anchoring benchmark');
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const reanchor = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/reanchor.bench.ts', ...(quick ? ['--no-write'] : [])], { cwd: root, encoding: 'utf8' });
  if (reanchor.status !== 0) throw new Error(`reanchor.bench.ts failed:\n${reanchor.stdout}\n${reanchor.stderr}`);
  const reanchorTable = reanchor.stdout.split('\n\n')[0]!;

  log(`store benchmarks (${quick ? 'quick' : 'full'})`);
  try {
    const results = await runStoreBench(cfg, log);
    sections.push({ heading: '## Store', text: storeSection(cfg, results, date(), cores) });
    console.log(`\n## Re-anchoring\n\n${reanchorTable}\n\n## Store: targets\n\n${targetsTable(results)}\n\n## Store: growing the workspace\n\n${growthTable(results)}\n`);
  } catch (error) {
    log(`store benchmarks failed (its section is left as it was): ${(error as Error).message}`);
    failures.push(error);
  }
}

if (runs('cluster')) {
  log(`several nodes on PostgreSQL (${quick ? 'quick' : 'full'})`);
  try {
    const cluster = await runClusterBench(quick ? CLUSTER_QUICK : CLUSTER_FULL, log);
    const clusterText = clusterSection(cluster, date(), cores);
    sections.push({ heading: CLUSTER_HEADING, text: clusterText });
    console.log(`\n${clusterText}`);
  } catch (error) {
    log(`several nodes failed: ${(error as Error).message}`);
    failures.push(error);
  }
}

if (runs('similar')) {
  const cfg = quick ? SIMILAR_QUICK : SIMILAR_FULL;
  const dir = mkdtempSync(join(tmpdir(), 'isnad-similar-'));
  log(`similar claims and claim search (${cfg.sizes.join(' and ')} claims)`);
  try {
    const text = similarSection(cfg, await runSimilarBench(cfg, dir, log), date(), cores);
    sections.push({ heading: SIMILAR_HEADING, text });
    console.log(`\n${text}`);
    rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    log(`similar claims failed (its section is left as it was; logs in ${dir}): ${(error as Error).message}`);
    failures.push(error);
  } finally {
    stopAllChildren();
  }
}

if (runs('sources')) {
  const sizes = quick ? [200, 2000] : [2000, 20000];
  log(`the Sources view at ${sizes.map((n) => n.toLocaleString('en')).join(' and ')} claims`);
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-sources-'));
  try {
    const text = sourcesSection(await runSources(dir, sizes, log), date(), cores);
    sections.push({ heading: SOURCES_HEADING, text });
    console.log(`\n${text}`);
  } catch (error) {
    log(`the Sources view failed (its section is left as it was): ${(error as Error).message}`);
    failures.push(error);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (quick) {
  console.log('quick run: sizes too small for the targets to mean anything; docs/benchmarks.md left as it is.');
} else {
  let text = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Benchmarks\n';
  for (const s of sections) text = replaceSection(text, s.heading, s.text);
  writeFileSync(docs, text);
  console.log(`wrote ${docs}`);
}
log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
if (failures.length) throw failures[0];
