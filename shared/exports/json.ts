import type { Article, Claim, Comment, HistoryEntry } from '../domain/schemas.ts';
import { cmp } from '../dashboard/figures.ts';
import { articleReports, type ExportOptions, type ExportSource } from './source.ts';
import { embeddableJson } from './text.ts';

/**
 * The full data of an article or the workspace, in a documented, versioned
 * shape that `POST /api/articles/:id/import` reads back:
 *
 *   {
 *     format: "isnad-export",      // always
 *     version: 1,                  // raised on any incompatible change
 *     exportedAt: ISO timestamp,
 *     scope: { articleId } | { workspace: true },
 *     organization: { name, url }, // settings.organizationName, reportBaseUrl
 *     articles: Article[],         // shared/domain/schemas.ts, oldest first
 *     claims: Claim[],             // per article in reading order, orphaned last
 *     comments: Comment[],         // oldest first
 *     history: HistoryEntry[],     // every change of every exported claim, in order
 *     people: [{ id, name }]       // the accounts the data names (no e-mail, no role)
 *   }
 *
 * Positions are Unicode code points over the article body (paragraphs
 * joined by "\n\n"). Deleted claims are left out, with their comments and
 * history: they are never listed anywhere else either.
 */
export const EXPORT_FORMAT_ID = 'isnad-export';
export const EXPORT_VERSION = 1;

export interface IsnadExport {
  format: typeof EXPORT_FORMAT_ID;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  scope: { articleId: string } | { workspace: true };
  organization: { name: string; url: string };
  articles: Article[];
  claims: Claim[];
  comments: Comment[];
  history: HistoryEntry[];
  people: Array<{ id: string; name: string }>;
}

export function jsonExport(source: ExportSource, options: ExportOptions): IsnadExport {
  const reports = articleReports(source, options.articleId);
  const facts = reports.flatMap((r) => r.all);
  const people = new Set<string>();
  const name = (id: string | null) => {
    if (id !== null && Object.hasOwn(source.users, id)) people.add(id);
  };
  for (const { claim, history, comments } of facts) {
    [claim.createdById, claim.updatedById, claim.assigneeId, ...claim.evidence.map((e) => e.addedById)].forEach(name);
    history.forEach((h) => name(h.byId));
    comments.forEach((c) => [c.createdById, ...c.mentions].forEach(name));
  }
  return {
    format: EXPORT_FORMAT_ID,
    version: EXPORT_VERSION,
    exportedAt: options.exportedAt,
    scope: options.articleId === undefined ? { workspace: true } : { articleId: options.articleId },
    organization: { name: source.settings.organizationName, url: source.settings.reportBaseUrl },
    articles: reports.map((r) => r.article),
    claims: facts.map((f) => f.claim),
    comments: facts.flatMap((f) => f.comments).sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id)),
    history: facts.flatMap((f) => f.history),
    people: [...people].sort(cmp).map((id) => ({ id, name: source.users[id]!.name })),
  };
}

export function jsonExportText(source: ExportSource, options: ExportOptions): string {
  return embeddableJson(jsonExport(source, options));
}
