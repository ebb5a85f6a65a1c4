import { correctionsBetween } from '../../shared/publish/corrections.ts';
import { publicPageUrl, type Publication } from '../../shared/publish/publication.ts';
import type { ChangeBroadcast } from '../../shared/protocol/events.ts';
import { freezeReport, publicContent, type PublishedReport } from '../../shared/publish/report.ts';
import { slugFor } from '../../shared/publish/slug.ts';
import type { WorkspaceStore, StoreTx } from '../store/store.ts';
import { canonicalJson } from '../store/copy/workspace-dump.ts';

/**
 * Publishing and unpublishing an article's report: one transaction each,
 * on the article's lock, so two editors publishing at once make two
 * consecutive versions (or one, when nothing changed), never a gap or a
 * duplicate. What is read costs what the article holds: its claims, the
 * histories of its approved claims and its own versions.
 */
export interface Actor {
  id: string;
  name: string;
}

export type PublishResult =
  /** `broadcast`: the numbered `article:published` change, when something changed. */
  | { ok: true; publication: Publication; created: boolean; broadcast?: ChangeBroadcast }
  | { ok: false; code: 'not_found' | 'nothing_to_publish' };

export async function publishArticle(
  store: WorkspaceStore,
  articleId: string,
  actor: Actor,
  options: { originalUrl?: string | null; now: string },
): Promise<PublishResult> {
  return store.transact(async (tx): Promise<PublishResult> => {
    await tx.lockArticle(articleId);
    const article = await tx.article(articleId);
    if (!article) return { ok: false, code: 'not_found' };
    const latest = await tx.latestPublication(articleId);
    const claims = await tx.claimsOfArticle(articleId);
    const settings = await tx.settings();
    const approved = claims.filter((c) => c.review === 'approved');
    const histories = new Map(await Promise.all(approved.map(async (c) => [c.id, await tx.claimHistory(c.id)] as const)));
    const report = freezeReport({
      article,
      claims,
      historyOf: (id) => histories.get(id) ?? [],
      settings,
      // Given once, kept by later versions unless an editor changes it (null clears it).
      originalUrl: options.originalUrl === undefined ? (latest?.report.originalUrl ?? null) : options.originalUrl,
      publishedAt: options.now,
      previous: latest?.report ?? null,
    });
    if (report.claims.length === 0) return { ok: false, code: 'nothing_to_publish' };
    // Publishing again what is already live makes no new version: no empty "Updated" line on the page.
    if (latest && latest.unpublished === null && sameReport(latest.report, report)) return { ok: true, publication: latest, created: false };
    const version = (latest?.version ?? 0) + 1;
    const publication: Publication = {
      articleId,
      version,
      slug: latest?.slug ?? slugFor(article.title, articleId),
      publishedAt: options.now,
      publishedBy: actor.name,
      publishedById: actor.id,
      firstPublishedAt: latest?.firstPublishedAt ?? options.now,
      report,
      corrections: latest ? [...latest.corrections, ...correctionsBetween(latest.report, report, options.now, version)] : [],
      unpublished: null,
    };
    tx.putPublication(publication);
    return { ok: true, publication, created: true, broadcast: publicationChange(tx, publication, settings.reportBaseUrl) };
  });
}

export type UnpublishResult = { ok: true; publication: Publication; broadcast?: ChangeBroadcast } | { ok: false; code: 'not_found' | 'not_published' };

/** Takes the page down: its URL answers 410 until the next publication. Unpublishing twice changes nothing. */
export async function unpublishArticle(store: WorkspaceStore, articleId: string, actor: Actor, now: string): Promise<UnpublishResult> {
  return store.transact(async (tx): Promise<UnpublishResult> => {
    await tx.lockArticle(articleId);
    if (!(await tx.article(articleId))) return { ok: false, code: 'not_found' };
    const latest = await tx.latestPublication(articleId);
    if (!latest) return { ok: false, code: 'not_published' };
    if (latest.unpublished) return { ok: true, publication: latest };
    const publication = { ...latest, unpublished: { by: actor.name, byId: actor.id, at: now } };
    tx.putPublication(publication);
    return { ok: true, publication, broadcast: publicationChange(tx, publication, (await tx.settings()).reportBaseUrl) };
  });
}

/**
 * Numbers the change in the article's log (the article is locked), so the
 * people who have it open hear it, and those who were away hear it in their catch-up.
 */
function publicationChange(tx: StoreTx, p: Publication, reportBaseUrl: string): ChangeBroadcast {
  const payload = (seq: number) => ({ articleId: p.articleId, seq, version: p.version, url: publicPageUrl(reportBaseUrl, p.slug), live: p.unpublished === null, history: null });
  const seq = tx.appendChange(p.articleId, 'article:published', payload);
  return { articleId: p.articleId, event: 'article:published', payload: payload(seq) };
}

function sameReport(a: PublishedReport, b: PublishedReport): boolean {
  const { claims: ca, ...ra } = a;
  const { claims: cb, ...rb } = b;
  return canonicalJson(ra) === canonicalJson(rb) && ca.length === cb.length && ca.every((c, i) => c.claimId === cb[i]!.claimId && publicContent(c) === publicContent(cb[i]!));
}
