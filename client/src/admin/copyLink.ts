/**
 * Copies a one-time link (an invitation or a password reset) to the
 * clipboard. Without clipboard permission it selects the link's text in the
 * element shown on the page, so Ctrl+C works. Resolves true when copied.
 */
export async function copyLink(url: string, elementId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(url);
    return true;
  } catch {
    const el = document.getElementById(elementId);
    if (el) document.getSelection()?.selectAllChildren(el);
    return false;
  }
}
