import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * What the browser downloads before the reader can paint: the entry chunk
 * of the built client (dist/client/.vite/manifest.json) and every chunk it
 * imports statically, gzipped as a server would send them, against the
 * budget of 120 KB of JavaScript. Chunks loaded on demand (the dashboard,
 * admin, articles and revision pages) are listed apart.
 */

export const READER_BUDGET_BYTES = 120 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface ClientSize {
  /** Gzipped JavaScript of the reader route, and its chunks. */
  readerJs: number;
  readerCss: number;
  readerChunks: Array<{ file: string; gzip: number }>;
  onDemand: Array<{ file: string; gzip: number }>;
}

export function measureClient(distClient: string): ClientSize {
  const manifest = JSON.parse(readFileSync(join(distClient, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const gz = (file: string) => gzipSync(readFileSync(join(distClient, file)), { level: 9 }).length;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
  if (!entry) throw new Error('the manifest has no entry');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]!.imports ?? []) visit(next);
  };
  visit(entry);
  const readerChunks = [...seen].map((k) => ({ file: manifest[k]!.file, gzip: gz(manifest[k]!.file) }));
  const css = [...new Set([...seen].flatMap((k) => manifest[k]!.css ?? []))];
  const onDemand = Object.keys(manifest)
    .filter((k) => !seen.has(k) && manifest[k]!.file.endsWith('.js'))
    .map((k) => ({ file: manifest[k]!.file, gzip: gz(manifest[k]!.file) }));
  return {
    readerJs: readerChunks.reduce((n, c) => n + c.gzip, 0),
    readerCss: css.reduce((n, f) => n + gz(f), 0),
    readerChunks,
    onDemand,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const short = (file: string) => file.replace(/^assets\//, '');

export function clientSection(size: ClientSize, date: string): string {
  const verdict = size.readerJs <= READER_BUDGET_BYTES ? '**holds**' : '**over budget**';
  return `## Client

Date: ${date}. Run: \`npm run bench\` reads the build's manifest (\`dist/client/.vite/manifest.json\`; run \`npm run build\` first) and gzips each chunk at level 9 (tests/bench/client-size.ts).

| what | gzipped | budget |
| --- | ---: | --- |
| JavaScript the reader route loads before it can paint | ${kb(size.readerJs)} (${size.readerChunks.map((c) => `${short(c.file)} ${kb(c.gzip)}`).join(', ')}) | 120 KB: ${verdict} |
| its CSS | ${kb(size.readerCss)} | — |
| loaded on demand | ${size.onDemand.map((c) => `${short(c.file)} ${kb(c.gzip)}`).join(', ')} | — |
`;
}
