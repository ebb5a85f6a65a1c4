/**
 * Pages live in the URL hash, so links work without server routes:
 *   #/articles/<id>   the workspace on one article (the default)
 *   #/articles        the list of articles, and importing one (editors)
 *   #/invite/<token>  accepting an invitation
 *   #/admin/users     users and invitations (admins)
 *   #/reset/<token>   choosing a new password through an admin's reset link
 *   #/dashboard       where the fact-check stands: figures for the workspace and each article
 *   #/sources         every source named, its claims, and merging spellings of one source (editors)
 */
export type Route =
  | { page: 'workspace' }
  | { page: 'invite'; token: string }
  | { page: 'users' }
  | { page: 'dashboard' }
  | { page: 'articles' }
  | { page: 'sources' }
  | { page: 'reset'; token: string };

export function routeFromHash(hash: string): Route {
  const invite = /^#\/invite\/([A-Za-z0-9_-]+)\/?$/.exec(hash);
  if (invite) return { page: 'invite', token: invite[1]! };
  const reset = /^#\/reset\/([A-Za-z0-9_-]+)\/?$/.exec(hash);
  if (reset) return { page: 'reset', token: reset[1]! };
  if (/^#\/admin\/users\/?$/.test(hash)) return { page: 'users' };
  if (/^#\/dashboard\/?$/.test(hash)) return { page: 'dashboard' };
  if (/^#\/articles\/?$/.test(hash)) return { page: 'articles' };
  if (/^#\/sources\/?$/.test(hash)) return { page: 'sources' };
  return { page: 'workspace' };
}
