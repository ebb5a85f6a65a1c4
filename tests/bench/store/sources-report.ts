import { machine } from './report.ts';
import type { SourcesResult } from './scenarios/sources.ts';
import { fmt } from './stats.ts';

export const SOURCES_HEADING = '## Sources view';

/** The Sources view's scenario (scenarios/sources.ts) as Markdown: printed, and written into docs/benchmarks.md by `npm run bench`. */
export function sourcesSection(r: SourcesResult, date: string, cores: number): string {
  const [small, big] = [r.sizes[0]!, r.sizes.at(-1)!];
  type Size = SourcesResult['sizes'][number];
  const row = (name: string, f: (s: Size) => { p50: number; p99: number }) => [
    name,
    ...r.sizes.flatMap((s) => [fmt(f(s).p50), fmt(f(s).p99)]),
    `${fmt(f(big).p50 / f(small).p50)}×`,
  ];
  const head = ['', ...r.sizes.flatMap((s) => [`p50 at ${s.claims.toLocaleString('en')} (ms)`, `p99 at ${s.claims.toLocaleString('en')} (ms)`]), 'p50 ratio'];
  const lines = [
    head,
    head.map((_, i) => (i === 0 ? '---' : '---:')),
    row('GET /api/sources', (s) => s.list),
    row('claim:update of source and status', (s) => s.update),
    row('claim:update of the note (control)', (s) => s.noteUpdate),
  ];
  return `${SOURCES_HEADING}

Machine: ${machine(cores)}. Date: ${date}. Run: \`npm run bench:sources\` (\`npm run bench -- --sources-only\`).

Workspaces of ${r.sizes.map((s) => `${s.claims.toLocaleString('en')} claims`).join(' and ')} (articles of 100 claims naming ${big.sources} sources, Arabic and English), built in-process through the claim:create command, then served by a real server process (\`server/main.ts\`) and measured through its public API only, both servers running and taking turns twenty times (so a busy spell of the shared machine falls on both sizes): 40 sequential GET /api/sources after 3 warm-ups; 300 sequential claim:update acks each moving a claim between two spellings of the Kremlin and changing its status (so two sources' kept tallies change); and, as a control, 300 updates of the note alone, which no tally follows. Listing reads the kept tallies (its cost is the number of sources) and an update changes one claim's tallies, so the ratio between the sizes should be near 1, as near as the control's.

${lines.map((l) => `| ${l.join(' | ')} |`).join('\n')}

Building the workspaces took ${r.sizes.map((s) => `${fmt(s.buildSeconds)} s`).join(' and ')}; opening them at start (the snapshot loaded, every claim's source key computed for the tallies) ${r.sizes.map((s) => `${fmt(s.openMs)} ms`).join(' and ')}.
`;
}
