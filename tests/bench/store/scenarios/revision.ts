import type { BenchConfig } from '../config.ts';
import { median } from '../stats.ts';
import type { ReviseResult } from '../worker/api.ts';
import type { WorkerPool } from '../workers.ts';
import type { Grown } from './growth.ts';

/**
 * Revising a long article in the grown workspace: an Arabic article of
 * about 60,000 characters with 2,000 claims (captured through the API like
 * the others), revised with a sentence added near the top, so nearly every
 * claim moves and is re-anchored. Timed from the editor's send to the ack,
 * and to the broadcast at two colleagues who have the article open.
 */

export interface RevisionFigures {
  claims: number;
  chars: number;
  rounds: ReviseResult[];
  medianAckMs: number;
  maxAckMs: number;
  maxObservedMs: number;
}

/** Sentences an editor adds at the top (a correction, an update). */
const ADDED = [
  'تحديث: أعلن الكرملين صباح اليوم تفاصيل إضافية عن برنامج الزيارة.',
  'تصحيح: ورد في نسخة سابقة من هذا التقرير تاريخ غير دقيق للقمة.',
  'تحديث: أكدت وزارة الخارجية الكورية الجنوبية أنها تتابع الزيارة عن كثب.',
  'ملاحظة المحرر: أضيفت تفاصيل جديدة عن الاتفاقية بعد نشر نصها الرسمي.',
];

export async function runRevision(cfg: BenchConfig, pool: WorkerPool, grown: Grown, log: (s: string) => void): Promise<RevisionFigures> {
  const { workspace } = grown;
  const article = await workspace.addArticle(grown.server.url, pool, grown.writers, cfg.revision.claims, cfg.revision.chars, 'ar');
  log(`revision: article with ${article.claimIds.length} claims on ${article.body.join('\n\n').length} characters`);
  // The editor and two colleagues in one worker, all in the article.
  const worker = pool.workers[0]!;
  const { first } = await worker.call('connect', { url: grown.server.url, cookies: [workspace.accounts.editor, ...workspace.accounts.reviewers.slice(0, 2)], concurrency: 3 });
  const editor = first;
  const observers = [first + 1, first + 2];
  await worker.call('join', { clients: [editor, ...observers], articleId: article.id, concurrency: 3, leave: false });

  const rounds: ReviseResult[] = [];
  let body = article.body;
  for (let r = 0; r < cfg.revision.rounds; r++) {
    body = [`${ADDED[r % ADDED.length]} ${body[0]}`, ...body.slice(1)];
    const result = await worker.call('revise', { editor, observers, articleId: article.id, body: body.join('\n\n'), baseRevision: article.revision });
    if (result.error) throw new Error(`revise refused: ${result.error}`);
    article.revision++;
    rounds.push(result);
    log(`revision ${r + 1}: ack ${result.ackMs.toFixed(0)} ms, ${result.moved} moved, ${result.orphaned} orphaned, ${result.unchanged} unchanged`);
  }
  const acks = rounds.map((r) => r.ackMs);
  return {
    claims: article.claimIds.length,
    chars: Array.from(article.body.join('\n\n')).length,
    rounds,
    medianAckMs: median(acks),
    maxAckMs: Math.max(...acks),
    maxObservedMs: Math.max(...rounds.flatMap((r) => r.observedMs)),
  };
}
