import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FULL, QUICK } from './store/config.ts';
import { effectiveCores } from './store/cores.ts';
import { stopAllChildren } from './store/ipc.ts';
import { growthTable, storeSection, targetsTable } from './store/report.ts';
import { runStoreBench } from './store/store.bench.ts';

/**
 * `npm run bench`: every benchmark in one run. The re-anchoring benchmark
 * (its own process, as before), then the store benchmarks (store/), then
 * one summary: tables printed, and written into docs/benchmarks.md (the
 * "Re-anchoring" section by its script, the "Store" section here).
 *
 * `npm run bench -- --quick`: the same harness on small sizes and short
 * windows, to check it works; prints, but leaves docs/benchmarks.md alone.
 */

const quick = process.argv.includes('--quick');
const cfg = quick ? QUICK : FULL;
const started = performance.now();
const log = (s: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

process.on('SIGINT', () => {
  stopAllChildren();
  process.exit(130);
});

const cores = await effectiveCores();
log(`two busy threads get ${cores.toFixed(2)}× the work of one on this machine`);
log('re-anchoring benchmark');
const root = fileURLToPath(new URL('../..', import.meta.url));
const reanchor = spawnSync(process.execPath, ['--import', 'tsx', 'tests/bench/reanchor.bench.ts', ...(quick ? ['--no-write'] : [])], { cwd: root, encoding: 'utf8' });
if (reanchor.status !== 0) throw new Error(`reanchor.bench.ts failed:\n${reanchor.stdout}\n${reanchor.stderr}`);
const reanchorTable = reanchor.stdout.split('\n\n')[0]!;

log(`store benchmarks (${quick ? 'quick' : 'full'})`);
const results = await runStoreBench(cfg, log);
const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
const section = storeSection(cfg, results, date, cores);

console.log(`\n## Re-anchoring\n\n${reanchorTable}\n\n## Store: targets\n\n${targetsTable(results)}\n\n## Store: growing the workspace\n\n${growthTable(results)}\n`);
if (quick) {
  console.log('quick run: sizes too small for the targets to mean anything; docs/benchmarks.md left as it is.');
} else {
  const docs = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));
  const existing = existsSync(docs) ? readFileSync(docs, 'utf8') : '# Benchmarks\n';
  const start = existing.indexOf('## Store');
  const next = start === -1 ? -1 : existing.indexOf('\n## ', start + 1);
  const updated = start === -1 ? `${existing.trimEnd()}\n\n${section}` : existing.slice(0, start) + section + (next === -1 ? '' : existing.slice(next + 1));
  writeFileSync(docs, updated);
  console.log(`wrote ${docs}`);
}
log(`done in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
