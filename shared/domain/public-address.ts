/**
 * Whether a workspace address only works on the machine that runs it
 * (localhost, 127.x, ::1, 0.0.0.0): reports and links built on it point
 * nowhere for their readers, which a new workspace must be warned about.
 */
export function isLocalAddress(url: string): boolean {
  // By hand: shared code has no URL class (no DOM, no Node); the address is already a checked http(s) URL.
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(url.trim());
  if (!match) return false;
  const host = match[1]!.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || host === '0.0.0.0';
}
