/**
 * Whether a workspace address only works on the machine that runs it
 * (localhost, 127.x, ::1, 0.0.0.0): reports and links built on it point
 * nowhere for their readers, which a new workspace must be warned about.
 */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  host = host.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1' || host === '0.0.0.0';
}
