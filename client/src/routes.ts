/**
 * Pages live in the URL hash, so links work without server routes:
 *   #/articles/<id>   the workspace on one article (the default)
 *   #/invite/<token>  accepting an invitation
 *   #/admin/users     users and invitations (admins)
 */
export type Route = { page: 'workspace' } | { page: 'invite'; token: string } | { page: 'users' };

export function routeFromHash(hash: string): Route {
  const invite = /^#\/invite\/([A-Za-z0-9_-]+)\/?$/.exec(hash);
  if (invite) return { page: 'invite', token: invite[1]! };
  if (/^#\/admin\/users\/?$/.test(hash)) return { page: 'users' };
  return { page: 'workspace' };
}
