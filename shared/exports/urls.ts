/**
 * Links that exports put in reports, ClaimReview and Web Annotations, all
 * under the workspace's published address (settings.reportBaseUrl). They
 * follow the client's routes (client/src/routes.ts): an article is
 * `#/articles/<id>`, and a claim link opens its article (`#/articles/<id>/
 * claims/<claim id>`; the article route matches the prefix). Ids are ASCII
 * letters, digits, "-" and "_", so nothing needs encoding.
 */

const base = (reportBaseUrl: string) => reportBaseUrl.replace(/\/+$/, '');

export function articleUrl(reportBaseUrl: string, articleId: string): string {
  return `${base(reportBaseUrl)}/#/articles/${articleId}`;
}

export function claimUrl(reportBaseUrl: string, articleId: string, claimId: string): string {
  return `${articleUrl(reportBaseUrl, articleId)}/claims/${claimId}`;
}

/** The claim id in a claim URL made by claimUrl (of any workspace), or undefined. */
export function claimIdFromUrl(url: string): string | undefined {
  return /\/#\/articles\/[A-Za-z0-9_-]+\/claims\/([A-Za-z0-9_-]{1,64})$/.exec(url)?.[1];
}

/** Where the API serves this export: the id of a W3C AnnotationCollection. */
export function exportUrl(reportBaseUrl: string, format: string, articleId?: string): string {
  return articleId === undefined
    ? `${base(reportBaseUrl)}/api/export?format=${format}`
    : `${base(reportBaseUrl)}/api/articles/${articleId}/export?format=${format}`;
}
