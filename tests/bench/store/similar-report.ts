import { machine } from './report.ts';
import type { SimilarConfig, SimilarSize } from './scenarios/similar.ts';
import { fmt } from './stats.ts';

export const SIMILAR_HEADING = '## Similar claims and claim search';

/** The section of docs/benchmarks.md for scenarios/similar.ts: latency at each size and the ratio between the largest and the smallest. */
export function similarSection(cfg: SimilarConfig, sizes: SimilarSize[], date: string, cores: number): string {
  const small = sizes[0]!;
  const big = sizes.at(-1)!;
  const ratio = (a: number, b: number) => `${fmt(a / b)}×`;
  const rows = sizes.map(
    (s) =>
      `| ${s.claims.toLocaleString('en')} claims, ${s.articles} articles | ${fmt(s.similar.p50)} / ${fmt(s.similar.p99)} ms | ${fmt(s.similarFound)} | ${fmt(s.search.p50)} / ${fmt(s.search.p99)} ms | ${fmt(s.searchFound)} | ${fmt(s.startMs)} ms |`,
  );
  return `${SIMILAR_HEADING}

Machine: ${machine(cores)}. Date: ${date}. Run: \`npm run bench -- --similar-only\`${cfg.sizes[0]! < 2_000 ? ' --quick' : ''} (tests/bench/store/scenarios/similar.ts).

\`GET /api/claims/:id/similar\` and \`GET /api/claims/search?q=\` on the embedded store, through the server in its own process over HTTP, one request at a time (${cfg.requests} per route and size after ${cfg.warmup} unmeasured), the servers of both sizes running together and taking turns request by request, so that a busy moment on this shared machine slows both alike: the same claims (every 97th) and the same ten searches (Arabic and English) at each size. "Server start" is from spawning the process to its listening, the index being built as the snapshot loads (both servers started one after the other). Workspaces of generated articles (half Arabic, half English, ${cfg.claimsPerArticle} claims each, with summaries, sources and verdicts) written straight into the store.

| workspace | similar p50 / p99 | listed | search p50 / p99 | listed | server start |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Target: latency near-flat from ${small.claims.toLocaleString('en')} to ${big.claims.toLocaleString('en')} claims (a scan of every claim would grow ${fmt(big.claims / small.claims)}×). Measured ratio at p50: similar ${ratio(big.similar.p50, small.similar.p50)}, search ${ratio(big.search.p50, small.search.p50)}; at p99: similar ${ratio(big.similar.p99, small.similar.p99)}, search ${ratio(big.search.p99, small.search.p99)}. A query reads whole the posting lists of at most 32 terms held by at most 1,000 claims each (shared/similarity/rank.ts); a term held by more (the generated text's recurring sources and phrases, most of its words at 20,000 claims) is only looked up for the best 500 candidates, and a query of such terms alone starts from the first 1,000 claims of the rarest. What a query reads is bounded by these caps, not by the workspace: at the larger size more of a query's terms have lists near the cap, so it reads more than at the smaller size, up to the same bound at any size beyond.
`;
}
